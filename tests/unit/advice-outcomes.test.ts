/**
 * The `advice_outcomes` view, as migrated into a real database, judges every advice kind as
 * ADVICE_JUDGING (src/store/advice-outcomes.ts) says: the view's SQL is shipped and never
 * edited, so this is what keeps the two definitions equal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ADVICE_JUDGING, FOLLOWED_KINDS, RIGHT_KINDS } from '../../src/store/advice-outcomes.js';
import { applyAdvice, applyEvent } from '../../src/store/apply.js';
import { ADVICE_KINDS, type AdviceKind, type TelemetryEvent } from '../../src/store/events.js';
import { openDatabase, type DB } from '../../src/store/open.js';

let root: string;
let db: DB;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-outcomes-'));
  db = openDatabase(path.join(root, 'telemetry.db'), { busyTimeoutMs: 100 });
});
afterEach(() => {
  db.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const facts = {
  command: 'npm test',
  verdict: 'suggest-background' as const,
  category: 'test' as const,
  estimateS: 30,
  estimateSource: 'catalogue' as const,
  requestedBackground: false,
  thresholdMs: 5_000,
};

/**
 * One session per kind and case: advice of that kind about a foreground `npm test` that took 8 s
 * (over the 5 s threshold), then, in the same prompt, a background call of `later`.
 */
function adviseThenRun(kind: AdviceKind, later: string): { followed: number | null; right: number | null } {
  const session = `s:${kind}:${later}`;
  const base = { session, wallMs: 1, generation: '2.1' as const, project: '/p', promptId: `p:${session}` };
  const advised = `a:${session}`;
  const next = `n:${session}`;
  const events: TelemetryEvent[] = [
    { ...base, id: `pre:${advised}`, at: 1_000, hook: 'PreToolUse', kind: 'bash-pre', toolUseId: advised, signature: 'npm test', ...facts },
    {
      ...base,
      id: `post:${advised}`,
      at: 9_000,
      hook: 'PostToolUse',
      kind: 'bash-post',
      toolUseId: advised,
      signature: 'npm test',
      ...facts,
      outcome: 'ok',
      background: false,
      durationMs: 8_000,
    },
    {
      ...base,
      id: `pre:${next}`,
      at: 10_000,
      hook: 'PreToolUse',
      kind: 'bash-pre',
      toolUseId: next,
      ...facts,
      signature: later,
      command: later,
      requestedBackground: true,
    },
    {
      ...base,
      id: `post:${next}`,
      at: 10_100,
      hook: 'PostToolUse',
      kind: 'bash-post',
      toolUseId: next,
      ...facts,
      signature: later,
      command: later,
      outcome: 'ok',
      background: true,
      taskId: `t:${session}`,
    },
  ];
  db.transaction(() => {
    for (const e of events) applyEvent(db, e);
    applyAdvice(db, events[0], { kind, text: `advice of kind ${kind}`, signature: 'npm test', toolUseId: advised }, []);
  })();
  return db.prepare('SELECT followed, "right" FROM advice_outcomes WHERE session_id = ?').get(session) as {
    followed: number | null;
    right: number | null;
  };
}

it('judges every advice kind as ADVICE_JUDGING says', () => {
  const expected = ADVICE_KINDS.map((kind) => {
    const { followed, right } = ADVICE_JUDGING[kind];
    return {
      kind,
      sameSignature: { followed: followed === null ? null : 1, right: right ? 1 : null },
      otherSignature: { followed: followed === null ? null : followed === 'any-signature' ? 1 : 0, right: right ? 1 : null },
    };
  });
  const seen = ADVICE_KINDS.map((kind) => ({
    kind,
    sameSignature: adviseThenRun(kind, 'npm test'),
    otherSignature: adviseThenRun(kind, 'npm run lint'),
  }));
  expect(seen).toEqual(expected);
});

it('is the table docs/telemetry.md describes', () => {
  const doc = fs.readFileSync(new URL('../../docs/telemetry.md', import.meta.url), 'utf8');
  // "- `followed`, for `slow-foreground`, … and `parallel` advice: …"
  const listed = (column: string) =>
    [...(new RegExp(`^- \`${column}\`, for ([^:]+):`, 'm').exec(doc)?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
  expect(listed('followed')).toEqual(FOLLOWED_KINDS);
  expect(listed('right')).toEqual(RIGHT_KINDS);
});
