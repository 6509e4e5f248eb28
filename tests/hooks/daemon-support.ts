/**
 * Helpers for the daemon tests: the compiled shim run as Claude Code would run it, the daemon's
 * files, raw HTTP requests to it, and the rows a data directory holds. Every daemon a test
 * started is stopped after it (by the pid its announcement names).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { waitFor } from '../support/wait-for.js';
import { HOOKS_DIR, type Sandbox } from './harness.js';

const SHIM = join(HOOKS_DIR, 'shim.sh');

const started: Sandbox[] = [];
afterEach(() => {
  for (const box of started.splice(0)) {
    const pid = announced(box)?.pid;
    try {
      if (pid) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

export interface ShimRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `bash shim.sh <hook> <node>` with the payload on stdin; `node` is what the fallback runs. */
export function runShim(box: Sandbox, hook: string, payload: unknown, node = process.execPath): Promise<ShimRun> {
  started.push(box);
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn('bash', [SHIM, hook, node], { env: box.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr, ms: Date.now() - start });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(payload));
  });
}

export const dataOf = (box: Sandbox): string => box.env.BGTELEMETRY_HOME as string;

export function announced(box: Sandbox): { port: number; pid: number; version: string } | null {
  try {
    const [port, pid, version] = readFileSync(join(dataOf(box), 'daemon.port'), 'utf8')
      .trim()
      .split(' ');
    return { port: Number(port), pid: Number(pid), version };
  } catch {
    return null;
  }
}

export const secretOf = (box: Sandbox): string => readFileSync(join(dataOf(box), 'daemon.secret'), 'utf8').trim();

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const daemonUp = (box: Sandbox) => waitFor(() => announced(box), 15_000, 'the daemon to announce itself');

/** Sends `request` as it is (in `chunks` separated by `gapMs`) and returns the raw reply. */
export function rawRequest(port: number, chunks: string[], gapMs = 0): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.on('data', (d) => (reply += d));
    socket.on('error', () => resolve(reply));
    socket.on('close', () => resolve(reply));
    socket.setTimeout(20_000, () => socket.destroy());
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
  });
}

/** An HTTP/1.0 request the way the shim builds one, with `headers` replacing or adding to its own. */
export function hookRequest(
  box: Sandbox,
  body: string,
  headers: Record<string, string | undefined> = {},
  path = '/hook/pre-tool-use',
): string {
  const a = announced(box)!;
  const all: Record<string, string | undefined> = {
    Host: `127.0.0.1:${a.port}`,
    'X-Bgt-Secret': secretOf(box),
    'X-Bgt-Version': a.version,
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Bgt-Env-BGTELEMETRY_HOME': dataOf(box),
    'X-Bgt-Env-HOME': box.env.HOME,
    'X-Bgt-Env-CLAUDE_CONFIG_DIR': box.env.CLAUDE_CONFIG_DIR,
    ...headers,
  };
  const lines = Object.entries(all).flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${v}`]));
  return `POST ${path} HTTP/1.0\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

export const statusOf = (reply: string): number => Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 0);

/** tool_use_id of every recorded Bash call, with how often each appears. */
export function recordedCalls(box: Sandbox): string[] {
  try {
    const db = new Database(join(dataOf(box), 'telemetry.db'), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT tool_use_id FROM bash_calls ORDER BY tool_use_id').all() as { tool_use_id: string }[]).map(
        (r) => r.tool_use_id,
      );
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}
