/**
 * The nudge rules (src/policy/nudges.ts) on given session facts: thresholds, precedence at each
 * moment, and the claim keys that keep a nudge from repeating. The hooks' end-to-end runs of the
 * same nudges are in tests/hooks/telemetry.test.ts ("nudges").
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NUDGES } from '../../src/config/load.js';
import { detectIntents } from '../../src/policy/intents.js';
import { decideNudge, NUDGES_AT, type SessionFacts } from '../../src/policy/nudges.js';
import { ADVICE_KINDS } from '../../src/store/events.js';
import type { SessionBashStats, TaskTimes, UncheckedTask } from '../../src/store/queries.js';

const NOW = 1_000_000;

interface Given {
  claimed?: string[];
  active?: number;
  cap?: number;
  stats?: SessionBashStats;
  unchecked?: UncheckedTask[];
  times?: TaskTimes | null;
}

function facts(given: Given = {}): SessionFacts {
  const claimed = new Set(given.claimed);
  return {
    settings: DEFAULT_NUDGES,
    now: NOW,
    fresh: (key) => !claimed.has(key),
    activeTasks: () => given.active ?? 0,
    machineCap: () => given.cap ?? 8,
    bashStats: () => given.stats ?? { calls: 1, slow: 0, slowBackground: 0, blockedMs: 0 },
    unchecked: () => given.unchecked ?? [],
    taskTimes: () => given.times ?? null,
  };
}

const task = (id: string, turns: number): UncheckedTask => ({ id, signature: 'npm test', startedAt: NOW - 60_000, turns });
const kindOf = (d: ReturnType<typeof decideNudge>) => d && { kind: d.advice.kind, claims: d.claims };

describe('when a Bash call ended', () => {
  const ended = (startedTask: boolean) => ({ at: 'bash-ended' as const, startedTask });
  const underused = { calls: 20, slow: 4, slowBackground: 0, blockedMs: 77_500 };

  it('warns of too many tasks only when this call started one, above the lower of the setting and the machine cap', () => {
    expect(kindOf(decideNudge(facts({ active: 11, cap: 16 }), ended(true)))).toEqual({ kind: 'too-many-tasks', claims: ['too-many:11'] });
    expect(decideNudge(facts({ active: 10, cap: 16 }), ended(true))).toBeNull();
    expect(decideNudge(facts({ active: 3, cap: 2 }), ended(true))?.advice.text).toContain('this machine handles about 2');
    expect(decideNudge(facts({ active: 11, cap: 16 }), ended(false))).toBeNull();
    // Said again only at a new high.
    expect(decideNudge(facts({ active: 11, cap: 16, claimed: ['too-many:11'] }), ended(true))).toBeNull();
  });

  it('looks at the background ratio every 20th call only, below 10% of slow calls', () => {
    expect(kindOf(decideNudge(facts({ stats: underused }), ended(false)))).toEqual({
      kind: 'underutilization',
      claims: ['underutilization:20'],
    });
    expect(decideNudge(facts({ stats: { ...underused, calls: 21 } }), ended(false))).toBeNull();
    expect(decideNudge(facts({ stats: { ...underused, slow: 10, slowBackground: 1 } }), ended(false))).toBeNull();
    expect(decideNudge(facts({ stats: { ...underused, slow: 0 } }), ended(false))).toBeNull();
    expect(
      kindOf(decideNudge(facts({ stats: { ...underused, calls: 40 }, claimed: ['underutilization:20'] }), ended(false)))?.claims,
    ).toEqual(['underutilization:40']);
  });

  it('gives one nudge, in order: too many tasks, then the ratio, then the unchecked list', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => task(id, 0));
    const all = { active: 11, cap: 16, stats: underused, unchecked: six };
    expect(decideNudge(facts(all), ended(true))?.advice.kind).toBe('too-many-tasks');
    expect(decideNudge(facts(all), ended(false))?.advice.kind).toBe('underutilization');
    expect(kindOf(decideNudge(facts({ ...all, claimed: ['underutilization:20'] }), ended(false)))).toEqual({
      kind: 'unchecked-many',
      claims: ['unchecked-many:6'],
    });
    expect(decideNudge(facts({ unchecked: six.slice(1) }), ended(false))).toBeNull();
  });
});

describe('on a user turn', () => {
  const turn = (prompt: string) => ({ at: 'user-turn' as const, intents: detectIntents(prompt) });

  it('reminds of tasks unchecked for 3 turns, each once, before the list and before intent guidance', () => {
    const tasks = [task('old1', 3), task('old2', 5), task('new', 2), task('x', 0), task('y', 0), task('z', 0)];
    const reminder = decideNudge(facts({ unchecked: tasks }), turn('run the tests'));
    expect(kindOf(reminder)).toEqual({ kind: 'unchecked-reminder', claims: ['remind:old1', 'remind:old2'] });
    expect(reminder?.advice.text).toContain('started 3+ prompts ago');
    const reminded = { unchecked: tasks, claimed: ['remind:old1', 'remind:old2'] };
    expect(decideNudge(facts(reminded), turn('run the tests'))?.advice.kind).toBe('unchecked-many');
    expect(kindOf(decideNudge(facts({ ...reminded, claimed: [...reminded.claimed, 'unchecked-many:6'] }), turn('run the tests')))).toEqual({
      kind: 'intent',
      claims: ['intent:tests'],
    });
  });

  it('gives intent guidance once per intent per session', () => {
    expect(decideNudge(facts({ claimed: ['intent:tests'] }), turn('run the tests'))).toBeNull();
    expect(decideNudge(facts(), turn('what does this function do?'))).toBeNull();
  });
});

describe('when a task was checked', () => {
  const checked = { at: 'task-checked' as const, taskId: 'b1' };
  const times = (t: Partial<TaskTimes>): TaskTimes => ({
    startedAt: NOW - 3_000,
    signature: 'npm test',
    status: 'running',
    finishedAt: null,
    notifiedAt: null,
    checks: [NOW],
    ...t,
  });

  it('calls a check within 10 s of the start, or of the previous check, polling: once per task', () => {
    const first = decideNudge(facts({ times: times({}) }), checked);
    expect(kindOf(first)).toEqual({ kind: 'polling', claims: ['polling:b1'] });
    expect(first?.advice.text).toContain('checked 3 s after it started');
    expect(decideNudge(facts({ times: times({ startedAt: NOW - 60_000, checks: [NOW - 4_000, NOW] }) }), checked)?.advice.text).toContain(
      'again 4 s after the previous check',
    );
    expect(decideNudge(facts({ times: times({ startedAt: NOW - 10_000 }) }), checked)).toBeNull();
    expect(decideNudge(facts({ times: times({}), claimed: ['polling:b1'] }), checked)).toBeNull();
  });

  it('never after the task ended or its end was announced, nor for an unknown task', () => {
    expect(decideNudge(facts({ times: times({ notifiedAt: NOW - 1_000 }) }), checked)).toBeNull();
    expect(decideNudge(facts({ times: times({ finishedAt: NOW - 1_000, status: 'completed' }) }), checked)).toBeNull();
    expect(decideNudge(facts({ times: null }), checked)).toBeNull();
  });
});

describe('the table', () => {
  const rules = Object.values(NUDGES_AT).flat();

  it('records advice kinds and reads every nudges setting', () => {
    for (const rule of rules) expect(ADVICE_KINDS).toContain(rule.kind);
    expect(new Set(rules.flatMap((r) => r.settings))).toEqual(new Set(Object.keys(DEFAULT_NUDGES)));
  });

  it('is the one docs/telemetry.md describes: a row per nudge, naming the settings it reads', () => {
    const doc = fs.readFileSync(new URL('../../docs/telemetry.md', import.meta.url), 'utf8');
    for (const rule of new Set(rules)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${rule.kind}\` |`));
      expect(row, rule.kind).toBeDefined();
      for (const setting of rule.settings) expect(row, `${rule.kind} names ${setting}`).toContain(`\`${setting}\``);
    }
  });
});
