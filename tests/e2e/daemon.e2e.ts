/**
 * The daemon transport under real Claude Code sessions (2.1.197, and 2.0.77 whose hooks are in
 * shell form), installed by default (the shim): between two tool calls the harness kills the daemon (SIGKILL) or stops it
 * (SIGSTOP, a hung daemon). The next hook's shim finds a dead port, or a connection nobody
 * answers, and falls back to the Node hook, which records the event, gives the advice and starts a
 * new daemon. Every Bash call must still be recorded with its outcome, the advice for the slow
 * command right after must reach the model, and the session must not stall.
 *
 * Select with BGT_E2E_SCENARIO=daemon-killed,daemon-stopped (docs/testing.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnnouncement } from '../../src/runtime/daemon-files.js';
import { waitFor } from '../support/wait-for.js';
import { shownAfter } from './api-standin.js';
import {
  builtShimVersion,
  GENERATIONS,
  type Generation,
  removePackageRoot,
  runScenario,
  type RunResult,
  type Scenario,
} from './run-claude.js';

const bash = (command: string) => ({ tools: [{ name: 'Bash', input: { command, description: command } }] });

/** Turn 2 is the first after the daemon is stopped: its slow command's advice comes from the fallback. */
const TURNS = [bash('echo one'), bash('echo two'), bash('npm run lint'), bash('echo four'), bash('npm run typecheck'), { text: 'Done.' }];
const STOP_BEFORE_TURN = 2;
const SLOW_CALLS = ['toolu_2_0', 'toolu_4_0'];
/** 2.0 ignores PreToolUse context: PostToolUse delivers the advice PreToolUse held back. */
const ADVICE_LABEL: Record<Generation, string> = {
  '2.1': 'PreToolUse:Bash hook additional context: ',
  '2.0': 'PostToolUse:Bash hook additional context: ',
};

/** Whether `pid` is a live process (a zombie waiting to be reaped is not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return existsSync(`/proc/${pid}`);
  }
}

interface Stopped {
  pid: number;
  version: string;
  error?: string;
}

const only = process.env.BGT_E2E_SCENARIO?.split(',').map((s) => s.trim());
const generations = (process.env.BGT_E2E_GENERATION?.split(',').map((s) => s.trim()) ?? ['2.1', '2.0']) as Generation[];
afterAll(() => removePackageRoot());

for (const [signal, g] of (['SIGKILL', 'SIGSTOP'] as const).flatMap((s) => generations.map((g) => [s, g] as const))) {
  const name = signal === 'SIGKILL' ? 'daemon-killed' : 'daemon-stopped';
  describe.skipIf(only && !only.includes(name))(
    `${name} on Claude Code ${GENERATIONS[g].version}: the daemon gets ${signal} between two tool calls`,
    () => {
      let run: RunResult;
      const stopped: Stopped = { pid: 0, version: '' };
      beforeAll(async () => {
        const scenario: Scenario = {
          name,
          prompt: 'check the project step by step',
          turns: TURNS,
          // The daemon the session's first events started: once it has announced itself, stopped.
          beforeTurn: async (turn, { data }) => {
            if (turn !== STOP_BEFORE_TURN) return;
            try {
              const up = await waitFor(
                () => {
                  const a = readAnnouncement({ BGTELEMETRY_HOME: data });
                  return a && running(a.pid) ? a : null;
                },
                20_000,
                'the daemon to announce itself',
              );
              Object.assign(stopped, { pid: up.pid, version: up.version });
              process.kill(up.pid, signal);
            } catch (error) {
              stopped.error = String(error);
            }
          },
        };
        run = await runScenario(scenario, g);
      }, 180_000);
      afterAll(() => {
        // A stopped daemon the fallback failed to kill would outlive the test.
        if (stopped.pid && running(stopped.pid)) process.kill(stopped.pid, 'SIGKILL');
        run?.cleanup();
      });

      it('stopped a daemon of this build that the session had started', () => {
        expect(stopped.error).toBeUndefined();
        expect(stopped.pid).toBeGreaterThan(0);
        expect(stopped.version).toBe(builtShimVersion());
      });

      it('runs every turn and ends with success, within a ceiling only a stall would break', () => {
        expect(run.timedOut, 'claude was killed after its timeout').toBe(false);
        expect({ exit: run.exitCode, subtype: run.result?.subtype, isError: run.result?.is_error }).toEqual({
          exit: 0,
          subtype: 'success',
          isError: false,
        });
        const turns = new Set(run.mainRequests.map((r) => r.turn));
        for (let t = 0; t < TURNS.length; t++) expect(turns, `turn ${t} was never requested`).toContain(t);
        // The call after the stop: the shim's 2 s wait (SIGSTOP), the fallback, `npm run lint` (1 s).
        // A shim left waiting would be killed at the hook's 5 s timeout and its advice lost (below).
        const at = (turn: number) => run.mainRequests.find((r) => r.turn === turn)!.at;
        expect(at(STOP_BEFORE_TURN + 1) - at(STOP_BEFORE_TURN)).toBeLessThan(30_000);
        expect(run.errorsLog, 'bgtelemetry errors.log').toBe('');
      });

      it('records every Bash call once, with its outcome', () => {
        expect(run.query('SELECT tool_use_id, outcome, exit_code FROM bash_calls ORDER BY tool_use_id')).toEqual(
          TURNS.slice(0, -1).map((_, t) => ({ tool_use_id: `toolu_${t}_0`, outcome: 'ok', exit_code: 0 })),
        );
        expect(run.query(`SELECT hook, COUNT(*) AS n FROM hook_runs WHERE hook IN ('PreToolUse', 'PostToolUse') GROUP BY hook`)).toEqual(
          expect.arrayContaining([
            { hook: 'PreToolUse', n: TURNS.length - 1 },
            { hook: 'PostToolUse', n: TURNS.length - 1 },
          ]),
        );
      });

      it('delivers the advice for the slow commands, the first of them right after the stop', () => {
        const advice = run.query<{ tool_use_id: string; text: string }>(
          `SELECT tool_use_id, text FROM advice WHERE hook = 'PreToolUse' AND kind = 'slow-foreground' ORDER BY tool_use_id`,
        );
        expect(advice.map((a) => a.tool_use_id)).toEqual(SLOW_CALLS);
        for (const a of advice) expect(shownAfter(run.mainRequests, a.tool_use_id)).toContain(ADVICE_LABEL[g] + a.text);
      });

      it('the fallback replaced the daemon: the stopped one is gone, another of this build was up at the end', async () => {
        // SIGKILL: reaped by init (here within about 2 s); SIGSTOP: killed by the fallback (--daemon-hung).
        await waitFor(() => !running(stopped.pid), 10_000, `the stopped daemon ${stopped.pid} to be gone`);
        expect(run.daemonAtEnd).toMatchObject({ version: builtShimVersion() });
        expect(run.daemonAtEnd?.pid).not.toBe(stopped.pid);
      });
    },
  );
}
