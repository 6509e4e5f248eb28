/**
 * readStdin on a real pipe: a child node process (TypeScript through tsx) reads its own fd 0
 * with readStdin and prints what it got; this test writes to the child's stdin.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_STDIN_BYTES } from '../../src/runtime/stdin.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stdinModule = pathToFileURL(path.join(repoRoot, 'src', 'runtime', 'stdin.ts')).href;

/** Reads fd 0 with the given deadline, prints a summary, then exits as runHook does. */
const CHILD = `
import { createHash } from 'node:crypto';
import { readStdin } from ${JSON.stringify(stdinModule)};
const deadline = Number(process.argv[1]);
const started = Date.now();
const text = await readStdin(deadline);
const summary = text === null
  ? { result: null, ms: Date.now() - started }
  : { result: { length: Buffer.byteLength(text), sha: createHash('sha256').update(text).digest('hex'), head: text.slice(0, 64) }, ms: Date.now() - started };
// A read of fd 0 may still be pending in the thread pool: exit explicitly, as runHook does.
process.stdout.write(JSON.stringify(summary) + '\\n', () => process.exit(0));
`;

interface Summary {
  result: { length: number; sha: string; head: string } | null;
  ms: number;
}

interface Run {
  summary: Summary;
  /** False when the child had to be killed after printing its summary. */
  exited: boolean;
  code: number | null;
}

const KILL_AFTER_MS = 5000;

/**
 * Runs the child with `deadlineMs`; `feed` writes to its stdin. The child is killed if it has
 * not exited KILL_AFTER_MS after it started; the promise rejects if it printed no summary.
 */
function runChild(
  deadlineMs: number,
  feed: (stdin: NodeJS.WritableStream & { end(): void }) => void,
  { stdin = 'pipe', closeAfterSummary = false }: { stdin?: 'pipe' | 'ignore'; closeAfterSummary?: boolean } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, String(deadlineMs)], {
      cwd: repoRoot,
      stdio: [stdin, 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout!.on('data', (d) => {
      out += d;
      // Tests about the result alone close the pipe once it is printed, so the child can go.
      if (closeAfterSummary && out.includes('\n')) child.stdin?.end();
    });
    child.stderr!.on('data', (d) => (err += d));
    const killer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('error', (e) => {
      clearTimeout(killer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(killer);
      try {
        resolve({ summary: JSON.parse(out) as Summary, exited: !killed, code });
      } catch {
        reject(new Error(`child printed no summary (code ${code}, killed ${killed}); stdout: ${out}; stderr: ${err}`));
      }
    });
    if (child.stdin) {
      // The child may stop reading early (over the cap): that is not an error here.
      child.stdin.on('error', () => {});
      feed(child.stdin);
    }
  });
}

function sha(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('readStdin', () => {
  it('returns the whole input once stdin closes', async () => {
    const payload = JSON.stringify({ session_id: 's1', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'npm test' } });
    const run = await runChild(3000, (stdin) => {
      stdin.write(payload);
      stdin.end();
    });
    expect(run.exited).toBe(true);
    expect(run.code).toBe(0);
    expect(run.summary.result).toEqual({ length: Buffer.byteLength(payload), sha: sha(payload), head: payload.slice(0, 64) });
    // It returned on end of input, not at the deadline.
    expect(run.summary.ms).toBeLessThan(2000);
  });

  it('returns an empty string for an empty stdin', async () => {
    const run = await runChild(3000, (stdin) => stdin.end());
    expect(run.summary.result).toEqual({ length: 0, sha: sha(''), head: '' });
  });

  it('returns an empty string when stdin is /dev/null', async () => {
    const run = await runChild(3000, () => {}, { stdin: 'ignore' });
    expect(run.summary.result).toEqual({ length: 0, sha: sha(''), head: '' });
  });

  it('joins input that arrives in several writes over time', async () => {
    const parts = ['{"session_id":', '"s1",', '"tool_input":{"command":"caf\u00e9 \u{1F680}"}}'];
    const run = await runChild(4000, (stdin) => {
      let i = 0;
      const tick = () => {
        if (i < parts.length) {
          stdin.write(parts[i++]);
          setTimeout(tick, 100);
        } else stdin.end();
      };
      tick();
    });
    const whole = parts.join('');
    expect(run.summary.result).toEqual({ length: Buffer.byteLength(whole), sha: sha(whole), head: whole.slice(0, 64) });
  });

  it('keeps multi-byte characters split across read chunks', async () => {
    // 256 KiB reads: put a 4-byte character across the first chunk boundary.
    const text = 'a'.repeat(256 * 1024 - 2) + '\u{1F680}'.repeat(1000) + 'end';
    const run = await runChild(4000, (stdin) => {
      stdin.write(text);
      stdin.end();
    });
    expect(run.summary.result?.length).toBe(Buffer.byteLength(text));
    expect(run.summary.result?.sha).toBe(sha(text));
  });

  it('accepts input of exactly MAX_STDIN_BYTES', async () => {
    const text = 'x'.repeat(MAX_STDIN_BYTES);
    const run = await runChild(4000, (stdin) => {
      stdin.write(text);
      stdin.end();
    });
    expect(run.summary.result?.length).toBe(MAX_STDIN_BYTES);
    expect(run.summary.result?.sha).toBe(sha(text));
  });

  it('returns null for input over MAX_STDIN_BYTES', async () => {
    const run = await runChild(4000, (stdin) => {
      stdin.write(Buffer.alloc(MAX_STDIN_BYTES + 1, 'y'));
      stdin.end();
    });
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeLessThan(3500);
    expect(run.exited).toBe(true);
  });

  it('returns null for a large input that keeps coming and never closes', async () => {
    const run = await runChild(4000, (stdin) => {
      stdin.write(Buffer.alloc(MAX_STDIN_BYTES + 64 * 1024, 'z'));
      // never ended: the size cap, not the deadline, must stop the read
    });
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeLessThan(3500);
  });

  it('returns null at the deadline when stdin stays open', async () => {
    const run = await runChild(
      300,
      (stdin) => {
        stdin.write('{"partial": ');
        // not ended before the deadline
      },
      { closeAfterSummary: true },
    );
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeGreaterThanOrEqual(290);
    expect(run.summary.ms).toBeLessThan(1500);
  });

  it('returns null at the deadline when nothing at all is written', async () => {
    const run = await runChild(200, () => {}, { closeAfterSummary: true });
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeGreaterThanOrEqual(190);
    expect(run.summary.ms).toBeLessThan(1500);
  });

  // The point of the deadline: a stuck pipe must not hold the hook process (and the session).
  // The child exits with process.exit right after readStdin returns, as runHook does.
  it('lets the process exit after the deadline while stdin stays open', async () => {
    const run = await runChild(300, (stdin) => {
      stdin.write('{"partial": ');
      // never ended
    });
    expect(run.summary.result).toBeNull();
    expect(run.exited, `still running ${KILL_AFTER_MS} ms after start; killed`).toBe(true);
    expect(run.code).toBe(0);
  });
});
