/**
 * Runs the bgtelemetry CLI in this process, as `node dist/cli.mjs ARGS` would run it: the real
 * program (src/cli/program.ts) with the built hooks (dist/hooks), stdout and stderr captured,
 * piped as far as the CLI can tell (no TTY on stdin or stdout, no columns), in `cwd` with exactly `env` as the
 * environment. Everything it changes (process.env, cwd, exitCode, the two write functions,
 * isTTY/columns) is put back afterwards, also when the command throws. Runs must not overlap:
 * they share the process (vitest's forks pool: one file per process, its tests in sequence).
 */
import path from 'node:path';
import { buildProgram, runProgram } from '../../src/cli/program.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The compiled hooks, as dist/cli.mjs finds them beside itself. */
const BUILT_HOOKS = path.join(ROOT, 'dist', 'hooks');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd: string;
  /** The whole environment of the run, as spawn's `env`: nothing else of process.env is seen. */
  env: NodeJS.ProcessEnv;
  /** The compiled hooks install registers and doctor checks; default this checkout's dist/hooks. */
  hooksDir?: string;
}

type Write = typeof process.stdout.write;
let running = false;

/** Captures a stream's writes; returns what was written and how to put the stream back. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const write = stream.write;
  const saved = (['isTTY', 'columns'] as const).map((key) => [key, Object.getOwnPropertyDescriptor(stream, key)] as const);
  stream.write = ((
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | ((e?: Error | null) => void),
    cb?: (e?: Error | null) => void,
  ) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (done) process.nextTick(done);
    return true;
  }) as Write;
  for (const [key] of saved) Object.defineProperty(stream, key, { value: undefined, configurable: true, writable: true });
  return {
    text: () => chunks.join(''),
    restore: () => {
      stream.write = write;
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(stream, key, descriptor);
        else delete (stream as unknown as Record<string, unknown>)[key];
      }
    },
  };
}

/** Replaces process.env's contents in place (os.homedir() and child processes read the real one). */
function setEnv(next: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) delete process.env[key];
  for (const [key, value] of Object.entries(next)) if (value !== undefined) process.env[key] = value;
}

export async function runCli(args: readonly string[], { cwd, env, hooksDir = BUILT_HOOKS }: CliRunOptions): Promise<CliResult> {
  if (running) throw new Error('runCli: a run is already in progress in this process');
  running = true;
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const out = capture(process.stdout);
  const err = capture(process.stderr);
  // Standard input is no terminal either: commands that would ask (prune) see a script.
  const stdinTTY = Object.getOwnPropertyDescriptor(process.stdin, 'isTTY');
  Object.defineProperty(process.stdin, 'isTTY', { value: undefined, configurable: true, writable: true });
  try {
    setEnv(env);
    process.chdir(cwd);
    process.exitCode = undefined;
    await runProgram(await buildProgram({ hooksDir }, args), args, { from: 'user' });
    return { code: Number(process.exitCode ?? 0), stdout: out.text(), stderr: err.text() };
  } finally {
    out.restore();
    err.restore();
    if (stdinTTY) Object.defineProperty(process.stdin, 'isTTY', stdinTTY);
    else delete (process.stdin as unknown as Record<string, unknown>).isTTY;
    process.exitCode = savedExitCode;
    process.chdir(savedCwd);
    setEnv(savedEnv);
    running = false;
  }
}
