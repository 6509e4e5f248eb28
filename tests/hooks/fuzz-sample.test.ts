/**
 * The fuzz suite's process-level sample: the first BGT_FUZZ_SAMPLE (default 160) payloads of the
 * same seeded stream as tests/fuzz/payloads.test.ts, sent as bytes to the compiled hooks in dist/ as
 * real processes, four at a time. Each must exit 0 with nothing on stderr and print nothing or
 * one object of the protocol's shape, well within a ceiling; no seeded secret may reach a file.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePayload } from '../../src/runtime/json-payload.js';
import { stdinText } from '../../src/runtime/stdin.js';
import { type FuzzCase, fuzzCases, fuzzSettings } from '../support/fuzz/cases.js';
import { outputProblems } from '../support/fuzz/protocol-shape.js';
import { fuzzSandbox, leakedSecrets } from '../support/fuzz/sandbox.js';
import { HOOKS_DIR } from './harness.js';

const SAMPLE = Number(process.env.BGT_FUZZ_SAMPLE ?? 160);
const LANES = 4;
/** A hook ends itself at 900 ms; this only a hang (or a machine many times overloaded) reaches. */
const CEILING_MS = 8000;

const box = fuzzSandbox();
afterAll(() => rmSync(box.home, { recursive: true, force: true }));

function runProcess(script: string, stdin: Buffer): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(HOOKS_DIR, script)], { env: box.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const killer = setTimeout(() => child.kill('SIGKILL'), CEILING_MS + 2000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.on('error', () => undefined); // a hook may stop reading past the size cap
    child.stdin.end(stdin);
  });
}

function eventOf(c: FuzzCase): unknown {
  try {
    const raw = parsePayload(stdinText(c.stdin) ?? '');
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>).hook_event_name : undefined;
  } catch {
    return undefined;
  }
}

describe('fuzz sample: generated payloads through the compiled hooks', () => {
  it(`the first ${SAMPLE} payloads of seed ${fuzzSettings().seed}`, async () => {
    const { seed } = fuzzSettings();
    const cases = [...fuzzCases(seed, SAMPLE, box.paths)];
    const failures: string[] = [];
    const times: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        while (next < cases.length) {
          const c = cases[next++];
          const run = await runProcess(c.script, c.stdin);
          times.push(run.ms);
          const problems = [
            ...(run.code === 0 ? [] : [`exit code ${run.code}`]),
            ...(run.stderr === '' ? [] : [`stderr: ${run.stderr.slice(0, 200)}`]),
            ...(run.ms < CEILING_MS ? [] : [`took ${run.ms} ms`]),
            ...outputProblems(run.stdout.replace(/\n$/, ''), eventOf(c)).map((p) => `output: ${p}`),
          ];
          for (const p of problems) failures.push(`#${c.index} ${c.script} [${c.mutation}]: ${p}`);
        }
      }),
    );
    const secrets = new Set(cases.flatMap((c) => c.secrets));
    for (const { secret, path } of leakedSecrets(box.data, secrets)) failures.push(`secret in ${path}: ${secret}`);
    times.sort((a, b) => a - b);
    console.log(
      `fuzz sample: seed ${seed}, ${cases.length} hook processes, ${LANES} at a time; per process median ${times[times.length >> 1]} ms, max ${times[times.length - 1]} ms; ${secrets.size} secrets seeded`,
    );
    expect(failures, `replay: BGT_FUZZ_SEED=${seed} BGT_FUZZ_SAMPLE=${SAMPLE}`).toEqual([]);
  }, 300_000);
});
