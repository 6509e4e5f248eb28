/**
 * The fuzz suite, in-process: BGT_FUZZ_COUNT (default 10,000) payloads from BGT_FUZZ_SEED, valid
 * and mutated (tests/support/fuzz), each through the handler its compiled hook runs, by the same
 * path a hook process takes (`respond`: stdin's size cap, parsing, the handler, one JSON line),
 * against a real SQLite file in a temporary data directory, in every mode and storage setting and
 * with the database unwritable (the spool). Per payload: `respond` never throws, prints nothing or
 * one object of the protocol's shape for that event, ends under a ceiling only a hang breaks; a
 * valid payload records exactly one event and its replay none. No seeded secret reaches a file.
 * A failure prints the seed: `BGT_FUZZ_SEED=<seed> npx vitest run tests/fuzz/payloads.test.ts` replays it.
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleLifecycle } from '../../src/policy/lifecycle.js';
import { handlePostToolUse } from '../../src/policy/post-tool-use.js';
import { handlePreToolUse } from '../../src/policy/pre-tool-use.js';
import { handleUserPromptSubmit } from '../../src/policy/user-prompt-submit.js';
import { parsePayload } from '../../src/runtime/json-payload.js';
import { HOOK_BUDGET_MS, respond } from '../../src/runtime/run.js';
import { stdinText } from '../../src/runtime/stdin.js';
import { HookStore } from '../../src/store/hook-store.js';
import { openStore, storeDriver } from '../../src/store/open.js';
import { spooledFiles } from '../../src/store/spool.js';
import { type FuzzCase, fuzzCases, fuzzSettings } from '../support/fuzz/cases.js';
import { outputProblems } from '../support/fuzz/protocol-shape.js';
import { type FuzzSandbox, fuzzSandbox, leakedSecrets } from '../support/fuzz/sandbox.js';
import { COMMAND_SOURCES } from '../support/fuzz/valid-payloads.js';

/** What each compiled hook runs (src/hooks/*.ts): its name for the error log, and its handler. */
const ENTRIES: Record<string, (text: string | null) => Promise<string | null>> = {
  'pre-tool-use.cjs': (text) => respond('PreToolUse', (raw) => handlePreToolUse(raw), text),
  'post-tool-use.cjs': (text) => respond('PostToolUse', (raw) => handlePostToolUse(raw), text),
  'user-prompt-submit.cjs': (text) => respond('UserPromptSubmit', (raw) => handleUserPromptSubmit(raw), text),
  'lifecycle.cjs': (text) => respond('Lifecycle', (raw) => handleLifecycle(raw), text),
};

/** A hang breaks this; a slow machine does not (a call takes a few ms, the hook's budget is 900). */
const CEILING_MS = 10_000;

/** The run is cut into phases, each with its own settings; the last one has no writable database. */
const PHASES: { mode: string; commandStorage: string; spool?: boolean }[] = [
  { mode: 'suggest', commandStorage: 'redacted' },
  { mode: 'auto', commandStorage: 'full' },
  { mode: 'enforce', commandStorage: 'signature' },
  { mode: 'off', commandStorage: 'full' },
  { mode: 'auto', commandStorage: 'redacted', spool: true },
];

const { seed, count } = fuzzSettings();
let box: FuzzSandbox;
const savedEnv = { ...process.env };

beforeAll(() => {
  box = fuzzSandbox();
  // The handlers run as the entries call them, with the process's environment: point it at the sandbox.
  for (const key of Object.keys(process.env)) if (key.startsWith('BGTELEMETRY_') || key.startsWith('CLAUDE_')) delete process.env[key];
  Object.assign(process.env, box.env);
});

afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  rmSync(box.home, { recursive: true, force: true });
});

/** The event a payload names, read as the hook reads it; undefined when it does not parse. */
function eventOf(text: string | null): unknown {
  try {
    const raw = text === null ? null : parsePayload(text);
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>).hook_event_name : undefined;
  } catch {
    return undefined;
  }
}

function logSize(): number {
  try {
    return statSync(join(box.data, 'errors.log')).size;
  } catch {
    return 0;
  }
}

interface Failure {
  index: number;
  mutation: string;
  script: string;
  problem: string;
}

describe('fuzz: generated payloads through the hook handlers', () => {
  it(`${count} payloads from seed ${seed}`, async () => {
    const failures: Failure[] = [];
    /** Each seeded secret, with the cases that carried it (to name them when one leaks). */
    const secrets = new Map<string, string[]>();
    const times: number[] = [];
    /** Calls and milliseconds per mutation (`valid` included): where the run's time goes. */
    const mutations = new Map<string, { calls: number; ms: number }>();
    // Events applied so far. The reader stays open so that the WAL is kept, and searched, too.
    HookStore.open(process.env).close();
    // Read with the driver the handlers write with: two copies of SQLite in one process do not
    // share POSIX locks (sqlite.org/howtocorrupt.html, 2.2.1), and the reader would see a stale WAL.
    const reader = openStore(join(box.data, 'telemetry.db'), { busyTimeoutMs: 5000, readonly: true }, storeDriver(process.env));
    const applied = () => (reader.prepare('SELECT COUNT(*) AS n FROM applied_events').get() as { n: number }).n;
    const searchFiles = (at: number) => {
      for (const { secret, path } of leakedSecrets(box.data, secrets.keys()))
        failures.push({
          index: at,
          mutation: '(files so far)',
          script: '',
          problem: `secret in ${path}: ${secret}, carried by ${secrets.get(secret)?.slice(-5).join(', ')}`,
        });
    };
    const run = async (c: FuzzCase, text: string | null): Promise<string | null> => {
      const started = performance.now();
      let out: string | null = null;
      try {
        out = await ENTRIES[c.script](text);
      } catch (error) {
        failures.push({ ...c, problem: `respond threw: ${(error as Error).message}` });
      }
      const ms = performance.now() - started;
      times.push(ms);
      const spent = mutations.get(c.mutation) ?? { calls: 0, ms: 0 };
      mutations.set(c.mutation, { calls: spent.calls + 1, ms: spent.ms + ms });
      if (ms > CEILING_MS) failures.push({ ...c, problem: `took ${ms.toFixed(0)} ms` });
      return out;
    };

    const started = Date.now();
    const perPhase = Math.ceil(count / PHASES.length);
    for (const c of fuzzCases(seed, count, box.paths)) {
      const phase = PHASES[Math.floor(c.index / perPhase)];
      if (c.index % perPhase === 0) {
        writeFileSync(join(box.data, 'config.json'), JSON.stringify({ mode: phase.mode, commandStorage: phase.commandStorage }), {
          flag: 'w',
        });
        // The database's directory is a file: every event goes to the spool.
        if (phase.spool) process.env.BGTELEMETRY_DB = join(box.paths.file, 'telemetry.db');
      }
      for (const s of c.secrets) secrets.set(s, [...(secrets.get(s) ?? []), `#${c.index} [${c.mutation}]`]);
      const text = stdinText(c.stdin);
      const event = eventOf(text);
      const logBefore = logSize();
      const appliedBefore = c.valid && !phase.spool ? applied() : 0;
      const bucketBefore = Math.floor(Date.now() / 5000);
      const out = await run(c, text);
      for (const problem of outputProblems(out ?? '', event)) failures.push({ ...c, problem: `output: ${problem}: ${out?.slice(0, 200)}` });
      if (!c.valid) continue;
      // Without a database every call says so in the log (and spools): only the other phases must be silent.
      if (phase.spool) continue;
      if (logSize() > logBefore) failures.push({ ...c, problem: 'a valid payload wrote to the error log' });
      const once = applied();
      await run(c, text);
      const replayed = applied();
      if (once - appliedBefore !== 1) failures.push({ ...c, problem: `recorded ${once - appliedBefore} events` });
      // Events without an id of their own are keyed by a 5-second bucket: a replay in the next one is a new event.
      if (replayed !== once && Math.floor(Date.now() / 5000) === bucketBefore)
        failures.push({ ...c, problem: `its replay recorded ${replayed - once} more` });
    }
    expect(spooledFiles(join(box.data, 'spool')).length).toBeGreaterThan(0);
    searchFiles(count);
    delete process.env.BGTELEMETRY_DB;
    for (let opens = 0; spooledFiles(join(box.data, 'spool')).length && opens < 1000; opens++) HookStore.open(process.env).close();
    expect(spooledFiles(join(box.data, 'spool'))).toEqual([]);
    searchFiles(count);
    reader.close();

    const wallS = (Date.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(
      `fuzz: seed ${seed}, ${count} payloads (${COMMAND_SOURCES}), ${times.length} calls in ${wallS.toFixed(1)} s; ` +
        `per call median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms, ${times.filter((t) => t > HOOK_BUDGET_MS).length} over the ${HOOK_BUDGET_MS} ms budget; ` +
        `${secrets.size} distinct secrets seeded; ${mutations.size} mutation kinds, the costliest: ` +
        [...mutations]
          .sort((a, b) => b[1].ms - a[1].ms)
          .slice(0, 5)
          .map(([name, m]) => `${name} ${m.calls} calls ${(m.ms / 1000).toFixed(1)} s`)
          .join(', '),
    );
    if (failures.length) {
      const byProblem = new Map<string, number>();
      for (const f of failures) byProblem.set(f.problem.slice(0, 60), (byProblem.get(f.problem.slice(0, 60)) ?? 0) + 1);
      const lines = failures.slice(0, 25).map((f) => `#${f.index} ${f.script} [${f.mutation}]: ${f.problem}`);
      throw new Error(
        `${failures.length} failures (replay: BGT_FUZZ_SEED=${seed} BGT_FUZZ_COUNT=${count}):\n${lines.join('\n')}\nby kind: ${JSON.stringify([...byProblem])}`,
      );
    }
  }, 1_800_000);
});
