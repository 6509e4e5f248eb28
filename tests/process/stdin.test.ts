/**
 * readStdin on real descriptors: a child node process (TypeScript through tsx) reads its own fd 0
 * with readStdin and prints what it got; this test writes to the child's stdin. Three kinds of
 * stdin, each its own way of reading: a socket (what Node and Claude Code give a child: fd 0
 * made non-blocking), a FIFO (`cat payload | hook`: reopened through /dev/stdin), and a socket
 * where that fails (the process.stdin fallback, forced by taking process.binding away).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, constants, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_STDIN_BYTES } from '../../src/runtime/stdin.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stdinModule = pathToFileURL(path.join(repoRoot, 'src', 'runtime', 'stdin.ts')).href;

/** Reads fd 0 with the given deadline, prints a summary, then exits as runHook does. */
const CHILD = `
import { createHash } from 'node:crypto';
import { fstatSync } from 'node:fs';
import { readStdin } from ${JSON.stringify(stdinModule)};
const deadline = Number(process.argv[1]);
const kind = process.argv[2];
const firstByte = Number(process.argv[3] || deadline);
if (kind === 'stream') process.binding = () => { throw new Error('no bindings here'); };
const stat = fstatSync(0);
if (kind === 'fifo' ? !stat.isFIFO() : kind !== 'devnull' && !stat.isSocket()) throw new Error('stdin is not a ' + kind);
// Which way was it read: did anything touch process.stdin?
let stream = false;
const stdinGetter = Object.getOwnPropertyDescriptor(process, 'stdin').get;
Object.defineProperty(process, 'stdin', { configurable: true, get() { stream = true; return stdinGetter.call(process); } });
const started = Date.now();
const text = await readStdin({ deadlineMs: deadline, firstByteMs: firstByte });
const summary = text === null
  ? { result: null, ms: Date.now() - started, stream }
  : { result: { length: Buffer.byteLength(text), sha: createHash('sha256').update(text).digest('hex'), head: text.slice(0, 64) }, ms: Date.now() - started, stream };
// A read of fd 0 may still be pending in the thread pool: exit explicitly, as runHook does.
process.stdout.write(JSON.stringify(summary) + '\\n', () => process.exit(0));
`;

interface Summary {
  result: { length: number; sha: string; head: string } | null;
  ms: number;
  /** Read through process.stdin (the slow fallback). */
  stream: boolean;
}

interface Run {
  summary: Summary;
  /** False when the child had to be killed after printing its summary. */
  exited: boolean;
  code: number | null;
  stderr: string;
}

/**
 * Ceilings here only tell "returned at once" from "waited for the deadline or the kill"; each is
 * seconds away from the normal tens of milliseconds, so a loaded machine does not fail them.
 */
const KILL_AFTER_MS = 10_000;

type Kind = 'socket' | 'fifo' | 'stream' | 'devnull';

/** A FIFO: its read end, for the child's stdin, and a stream to its write end. */
function fifo(): { readFd: number; writer: NodeJS.WritableStream & { end(): void }; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bgt-stdin-'));
  const file = path.join(dir, 'fifo');
  if (spawnSync('mkfifo', [file]).status !== 0) throw new Error('mkfifo failed');
  // Non-blocking, so that opening the read end does not wait for a writer.
  const readFd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = createWriteStream('', { fd: openSync(file, constants.O_WRONLY) });
  return { readFd, writer, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs the child with `deadlineMs`; `feed` writes to its stdin. The child is killed if it has
 * not exited KILL_AFTER_MS after it started; the promise rejects if it printed no summary.
 */
function runChild(
  deadlineMs: number,
  feed: (stdin: NodeJS.WritableStream & { end(): void }) => void,
  {
    kind = 'socket',
    stdin = 'pipe',
    closeAfterSummary = false,
    env = process.env,
    firstByteMs = deadlineMs,
  }: { kind?: Kind; stdin?: 'pipe' | 'ignore'; closeAfterSummary?: boolean; env?: NodeJS.ProcessEnv; firstByteMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const pipe = kind === 'fifo' && stdin === 'pipe' ? fifo() : null;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', CHILD, String(deadlineMs), kind, String(firstByteMs)],
      {
        cwd: repoRoot,
        env,
        stdio: [pipe ? pipe.readFd : stdin, 'pipe', 'pipe'],
      },
    );
    if (pipe) closeSync(pipe.readFd); // the child has its own copy
    const input = pipe ? pipe.writer : child.stdin;
    let out = '';
    let err = '';
    let killed = false;
    child.stdout!.on('data', (d) => {
      out += d;
      // Tests about the result alone close the pipe once it is printed, so the child can go.
      if (closeAfterSummary && out.includes('\n')) input?.end();
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
      input?.end();
      pipe?.cleanup();
      try {
        resolve({ summary: JSON.parse(out) as Summary, exited: !killed, code, stderr: err });
      } catch {
        reject(new Error(`child printed no summary (code ${code}, killed ${killed}); stdout: ${out}; stderr: ${err}`));
      }
    });
    if (input) {
      // The child may stop reading early (over the cap): that is not an error here.
      input.on('error', () => {});
      feed(input);
    }
  });
}

function sha(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

describe.each(['socket', 'fifo', 'stream'] as const)('readStdin from a %s', (kind) => {
  const runIn = (deadlineMs: number, feed: Parameters<typeof runChild>[1], options: Parameters<typeof runChild>[2] = {}) =>
    runChild(deadlineMs, feed, { kind, ...options });

  it('returns the whole input once stdin closes', async () => {
    const payload = JSON.stringify({
      session_id: 's1',
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'npm test' },
    });
    const run = await runIn(8000, (stdin) => {
      stdin.write(payload);
      stdin.end();
    });
    expect(run.exited).toBe(true);
    expect(run.code).toBe(0);
    expect(run.summary.result).toEqual({ length: Buffer.byteLength(payload), sha: sha(payload), head: payload.slice(0, 64) });
    // It returned on end of input, not at the deadline.
    expect(run.summary.ms).toBeLessThan(5000);
    // process.stdin (6-9 ms of start-up) only where fd 0 cannot be made non-blocking.
    expect(run.summary.stream).toBe(kind === 'stream');
  });

  it('returns an empty string for an empty stdin', async () => {
    const run = await runIn(3000, (stdin) => stdin.end());
    expect(run.summary.result).toEqual({ length: 0, sha: sha(''), head: '' });
  });

  it('joins input that arrives in several writes over time', async () => {
    const parts = ['{"session_id":', '"s1",', '"tool_input":{"command":"caf\u00e9 \u{1F680}"}}'];
    const run = await runIn(4000, (stdin) => {
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
    const run = await runIn(4000, (stdin) => {
      stdin.write(text);
      stdin.end();
    });
    expect(run.summary.result?.length).toBe(Buffer.byteLength(text));
    expect(run.summary.result?.sha).toBe(sha(text));
  });

  it('accepts input of exactly MAX_STDIN_BYTES', async () => {
    const text = 'x'.repeat(MAX_STDIN_BYTES);
    const run = await runIn(4000, (stdin) => {
      stdin.write(text);
      stdin.end();
    });
    expect(run.summary.result?.length).toBe(MAX_STDIN_BYTES);
    expect(run.summary.result?.sha).toBe(sha(text));
  });

  it('returns null for input over MAX_STDIN_BYTES', async () => {
    const run = await runIn(8000, (stdin) => {
      stdin.write(Buffer.alloc(MAX_STDIN_BYTES + 1, 'y'));
      stdin.end();
    });
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeLessThan(5000);
    expect(run.exited).toBe(true);
  });

  it('returns null for a large input that keeps coming and never closes', async () => {
    const run = await runIn(8000, (stdin) => {
      stdin.write(Buffer.alloc(MAX_STDIN_BYTES + 64 * 1024, 'z'));
      // never ended: the size cap, not the deadline, must stop the read
    });
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeLessThan(5000);
  });

  it('returns null at the deadline when stdin stays open', async () => {
    const run = await runIn(
      300,
      (stdin) => {
        stdin.write('{"partial": ');
        // not ended before the deadline
      },
      { closeAfterSummary: true },
    );
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeGreaterThanOrEqual(290);
    expect(run.summary.ms).toBeLessThan(2500);
  });

  // A writer on a loaded machine may write the whole payload and close the pipe only later.
  it('keeps a whole JSON payload when the pipe is still open at the deadline', async () => {
    const payload = JSON.stringify({ hook_event_name: 'PostToolUse', tool_input: { command: 'ls' } });
    const run = await runIn(300, (stdin) => stdin.write(payload), { closeAfterSummary: true });
    expect(run.summary.result?.sha).toBe(sha(payload));
    expect(run.summary.ms).toBeGreaterThanOrEqual(290);
  });

  it('returns null at the deadline when nothing at all is written', async () => {
    const run = await runIn(200, () => {}, { closeAfterSummary: true });
    expect(run.summary.result).toBeNull();
    expect(run.summary.ms).toBeGreaterThanOrEqual(190);
    expect(run.summary.ms).toBeLessThan(2500);
  });

  // A writer kept off the CPU (a loaded machine) writes late: its payload is still read whole.
  it('waits past the deadline for a late first byte, up to firstByteMs', async () => {
    const payload = '{"late": true}';
    const run = await runIn(
      200,
      // The first half late, the rest in a second write: the deadline runs from the first byte.
      (stdin) => {
        setTimeout(() => stdin.write(payload.slice(0, 5)), 800);
        setTimeout(() => {
          stdin.write(payload.slice(5));
          stdin.end();
        }, 950);
      },
      { firstByteMs: 6000 },
    );
    expect(run.summary.result?.sha).toBe(sha(payload));
  });

  it('returns null at firstByteMs when nothing is written, and at the deadline once bytes stall', async () => {
    const silent = await runIn(200, () => {}, { closeAfterSummary: true, firstByteMs: 900 });
    expect(silent.summary.result).toBeNull();
    expect(silent.summary.ms).toBeGreaterThanOrEqual(880);
    const stalled = await runIn(300, (stdin) => stdin.write('{"partial": '), { closeAfterSummary: true, firstByteMs: 6000 });
    expect(stalled.summary.result).toBeNull();
    expect(stalled.summary.ms).toBeLessThan(5000);
  });

  // The point of the deadline: a stuck pipe must not hold the hook process (and the session).
  // The child exits with process.exit right after readStdin returns, as runHook does.
  it('lets the process exit after the deadline while stdin stays open', async () => {
    const run = await runIn(300, (stdin) => {
      stdin.write('{"partial": ');
      // never ended
    });
    expect(run.summary.result).toBeNull();
    expect(run.exited, `still running ${KILL_AFTER_MS} ms after start; killed`).toBe(true);
    expect(run.code).toBe(0);
  });
});

describe('readStdin from /dev/null', () => {
  it('returns an empty string when stdin is /dev/null', async () => {
    const run = await runChild(3000, () => {}, { kind: 'devnull', stdin: 'ignore' });
    expect(run.summary.result).toEqual({ length: 0, sha: sha(''), head: '' });
  });
});

describe('readStdin where Node warns about pending deprecations', () => {
  it('reads a socket through process.stdin, so that nothing is printed to stderr', async () => {
    const payload = '{"session_id":"s1"}';
    const run = await runChild(
      3000,
      (stdin) => {
        stdin.write(payload);
        stdin.end();
      },
      { env: { ...process.env, NODE_PENDING_DEPRECATION: '1' } },
    );
    expect(run.summary.result?.sha).toBe(sha(payload));
    expect(run.summary.stream).toBe(true);
    expect(run.stderr).toBe('');
  });
});
