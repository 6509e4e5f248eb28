/**
 * `report --lead`: the lead's view over the report fixture (tests/unit/report-fixture.ts lists
 * every row; the figures below are worked out from it), and over seedTwoWeeks's database: enough
 * calls for shares to be shown, across two weeks for the trend.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { trend } from '../../src/report/lead.js';
import type { ReportQuery } from '../../src/report/model.js';
import { openDatabase } from '../../src/store/open.js';
import { runCli } from '../support/cli-run.js';
import { at, seededDatabases, seedTwoWeeks } from './report-fixture.js';

let dbs: ReturnType<typeof seededDatabases>;
let big: string;
beforeAll(() => {
  dbs = seededDatabases();
  big = path.join(dbs.dir, 'big.db');
  seedTwoWeeks(big);
});
afterAll(() => fs.rmSync(dbs.dir, { recursive: true, force: true }));

const HOUR = 3_600_000;
/** Two full weeks, Monday 2026-11-02 to Sunday 2026-11-15, in UTC. */
const TWO_WEEKS = { since: at('2026-11-02T00:00:00'), until: at('2026-11-16T00:00:00'), timezone: 'UTC' };

function lead(files: string[], range = TWO_WEEKS) {
  const opened = files.map((p) => ({ path: p, db: openDatabase(p, { busyTimeoutMs: 100, readonly: true }) }));
  const q: ReportQuery = { ...range, by: 'developer', lead: true, project: null, session: null, now: range.until };
  try {
    return buildReport(opened, q);
  } finally {
    for (const { db } of opened) db.close();
  }
}

describe('report --lead over the fixture', () => {
  it('rows per developer and per project with calls, sessions and days; shares of tiny samples null', () => {
    const r = lead([dbs.alice, dbs.bob]);
    expect(r.by).toBe('developer');
    const l = r.lead!;
    expect(l.minimumSample).toEqual({ calls: 20, suggestions: 5 });
    // 15 calls in s1, s2 (alice) and s3 (bob); in UTC, alice's on the 10th, 11th (c9, c10) and 12th (c11), bob's on the 12th.
    expect(l.sample).toEqual({ calls: 15, sessions: 3, daysWithData: 3, developers: 2 });
    const alice = l.developers.find((d) => d.key === 'a11ce0000001')!;
    expect(alice).toMatchObject({ calls: 11, sessions: 2, daysWithData: 3, slowCalls: 8, tasksUnchecked: 3 });
    // 6 of 8 slow calls in the background is not 75 % of anything: null, with its sample.
    expect(alice.slowBackgroundRatio).toEqual({ value: null, sample: 8 });
    expect(alice.backgroundRatio).toEqual({ value: null, sample: 11 });
    expect(alice.suggestionsFollowedRatio).toEqual({ value: null, sample: 3 });
    // Blocked: c2 30 s, c4 8 s, c5 120 s over 2 weeks.
    expect(alice.blockedHoursPerWeek).toBeCloseTo(158_000 / HOUR / 2, 10);
    // Saved: T1 120 s, T4 180 s.
    expect(alice.savedHoursPerWeek).toBeCloseTo(300_000 / HOUR / 2, 10);
    expect(l.developers.find((d) => d.key === 'b0b000000002')).toMatchObject({ calls: 4, sessions: 1, daysWithData: 1, slowCalls: 4 });
    expect(l.projects.map((p) => [p.key, p.calls, p.sessions, p.daysWithData])).toEqual([
      ['alice', 11, 2, 3],
      ['github.com/acme/widget', 4, 1, 1],
    ]);
  });

  it('hours per week: 180 s blocked and 540 s saved over two weeks', () => {
    const l = lead([dbs.alice, dbs.bob]).lead!;
    expect(l.weeks).toBe(2);
    expect(l.hoursPerWeek.blocked).toBeCloseTo(90_000 / HOUR, 10);
    expect(l.hoursPerWeek.saved).toBeCloseTo(270_000 / HOUR, 10);
  });

  it('the advice ignored most, with the time it blocked; unchecked tasks by developer with their commands', () => {
    const l = lead([dbs.alice, dbs.bob]).lead!;
    // a2 (cargo build, c5 blocked 120 s) and a7 (tsc, c15 blocked 2 s) were not followed.
    expect(l.ignoredAdvice).toEqual([
      { signature: 'cargo build', suggestions: 1, ignored: 1, ignoredShare: { value: null, sample: 1 }, blockedMs: 120_000 },
      { signature: 'tsc', suggestions: 1, ignored: 1, ignoredShare: { value: null, sample: 1 }, blockedMs: 2_000 },
    ]);
    expect(l.uncheckedByDeveloper).toEqual([
      {
        developer: 'a11ce0000001',
        unchecked: 3,
        commands: [
          { command: 'make --run c8', tasks: 1 },
          { command: 'npm test --run c10', tasks: 1 },
          { command: 'npm test --run c9', tasks: 1 },
        ],
      },
      { developer: 'b0b000000002', unchecked: 1, commands: [{ command: 'go test --run c14', tasks: 1 }] },
    ]);
  });

  it('days: each day with data, each run of days without one line', () => {
    const days = lead([dbs.alice, dbs.bob]).lead!.days;
    expect(days).toEqual([
      { from: '2026-11-02', to: '2026-11-09', days: 8, calls: 0, sessions: 0, developers: 0 },
      { from: '2026-11-10', to: '2026-11-10', days: 1, calls: 8, sessions: 1, developers: 1 },
      { from: '2026-11-11', to: '2026-11-11', days: 1, calls: 2, sessions: 1, developers: 1 },
      { from: '2026-11-12', to: '2026-11-12', days: 1, calls: 5, sessions: 2, developers: 2 },
      { from: '2026-11-13', to: '2026-11-15', days: 3, calls: 0, sessions: 0, developers: 0 },
    ]);
  });

  it('the same database given twice counts once', () => {
    const once = lead([dbs.alice, dbs.bob]);
    const twice = lead([dbs.alice, dbs.bob, dbs.alice]);
    expect(twice.lead).toEqual(once.lead);
  });
});

describe('report --lead over a long range', () => {
  it("the trend reads the range's last two weeks alone: the same as the whole range's weeks give", () => {
    const opened = [{ path: big, db: openDatabase(big, { busyTimeoutMs: 100, readonly: true }) }];
    try {
      // Five weeks and a half, ending on a Thursday in a zone with an offset: the last week counts four days.
      for (const range of [
        { since: at('2026-10-06T00:00:00'), until: at('2026-11-12T00:00:00'), timezone: 'Asia/Kolkata' },
        { since: at('2026-11-10T00:00:00'), until: at('2026-11-16T00:00:00'), timezone: 'UTC' },
      ]) {
        const q: ReportQuery = { ...range, by: 'developer', lead: true, project: null, session: null, now: range.until };
        const weeks = buildReport(opened, { ...q, by: 'week', lead: false });
        expect(weeks.rows.length).toBeGreaterThanOrEqual(1);
        expect(buildReport(opened, q).lead!.trend).toEqual(trend(weeks.rows));
      }
    } finally {
      opened[0]!.db.close();
    }
  });
});

describe('report --lead with enough calls', () => {
  it('shares shown from 20 slow calls, not below; week over week with deltas', () => {
    const l = lead([big]).lead!;
    const carol = l.developers.find((d) => d.key === 'carol')!;
    // 15 of 40 slow calls in the background.
    expect(carol.slowBackgroundRatio).toEqual({ value: 15 / 40, sample: 40 });
    // 25 suggestions, none followed.
    expect(carol.suggestionsFollowedRatio).toEqual({ value: 0, sample: 25 });
    expect(l.developers.find((d) => d.key === 'dave')!.slowBackgroundRatio).toEqual({ value: null, sample: 3 });

    const t = l.trend;
    expect([t.previousWeek, t.currentWeek]).toEqual(['2026-11-02', '2026-11-09']);
    const fig = (name: string) => t.figures.find((f) => f.figure === name)!;
    // Week 1: 5 of 20; week 2: 13 of 23 (dave's 3 with carol's 10).
    expect(fig('slowBackgroundRatio').previous).toEqual({ value: 0.25, sample: 20 });
    expect(fig('slowBackgroundRatio').current).toEqual({ value: 13 / 23, sample: 23 });
    expect(fig('slowBackgroundRatio').delta).toBeCloseTo(13 / 23 - 0.25, 10);
    expect(fig('slowBackgroundRatio').better).toBe(true);
    // Blocked: 15 then 10 foreground calls of 60 s.
    expect(fig('blockedHoursPerWeek').previous.value).toBeCloseTo(0.25, 10);
    expect(fig('blockedHoursPerWeek').current.value).toBeCloseTo(10 / 60, 10);
    expect(fig('blockedHoursPerWeek').better).toBe(true);
    expect(l.ignoredAdvice).toEqual([
      { signature: 'make all', suggestions: 25, ignored: 25, ignoredShare: { value: 1, sample: 25 }, blockedMs: 25 * 60_000 },
    ]);
  });

  it('text: hours per week, n<20 for a tiny sample, the trend, and empty days as one line', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-lead-'));
    try {
      const env = { HOME: home, PATH: process.env.PATH, COLUMNS: '140' };
      const args = ['report', '--lead', '--db', big, '--since', '2026-11-02', '--until', '2026-11-15', '--timezone', 'UTC'];
      const r = await runCli(args, { cwd: home, env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // 25 foreground minutes over 2 weeks.
      expect(r.stdout).toContain('Blocked on slow foreground calls: 13 min/week');
      expect(r.stdout).toMatch(/slow calls in background\s+25%\s+57%\s+\+32 pts\s+better/);
      expect(r.stdout).toMatch(/dave\s+3\s+1\s+1\s+3\s+n<20\s+n<20/);
      expect(r.stdout).toMatch(/2026-11-04 to 2026-11-09: no data \(6 days\)/);
      expect(r.stdout).toMatch(/make all\s+25\s+25\s+100%\s+25 min/);
      const json = JSON.parse((await runCli([...args, '--json'], { cwd: home, env })).stdout);
      expect(json.lead.developers.find((d: { key: string }) => d.key === 'dave').slowBackgroundRatio).toEqual({ value: null, sample: 3 });
      for (const bad of [['--by', 'week'], ['--csv']]) {
        const refused = await runCli([...args, ...bad], { cwd: home, env });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('cannot be used with');
      }
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
