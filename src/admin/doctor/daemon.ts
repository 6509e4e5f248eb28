/**
 * Transport: how the registered hooks reach the handlers. With the daemon transport, the
 * daemon's health (pid, build, uptime, RSS, and the time it takes to answer a real request made
 * as the shim makes it); when none runs, doctor starts one the way a hook does (through the
 * shim's Node fallback) and says loudly when it cannot: the hooks then pay a Node start per event.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import {
  announcementText,
  daemonFailedPath,
  daemonSecretPath,
  FORWARDED_ENV,
  readAnnouncement,
  type DaemonAnnouncement,
} from '../../runtime/daemon-files.js';
import { errorLogPath } from '../../runtime/paths.js';
import type { FoundHook } from '../hook-commands.js';
import { readErrorLog } from './errors-log.js';
import { section, type Section } from './section.js';

/** How long doctor waits for a daemon it started to announce itself. */
const START_WAIT_MS = 5000;

/** The build the shim in `hooksDir` asks for: the version it sends. */
function shimVersion(hooksDir: string): string | null {
  try {
    return /^version=([0-9a-f]+)$/m.exec(readFileSync(join(hooksDir, 'shim.sh'), 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** `ps` for uptime and resident memory: the same on Linux and macOS. */
function processFacts(pid: number): { uptime: string; rssMb: number } | null {
  const ps = spawnSync('ps', ['-o', 'etime=,rss=', '-p', String(pid)], { encoding: 'utf8' });
  const [uptime, rss] = ps.status === 0 ? ps.stdout.trim().split(/\s+/) : [];
  return uptime && rss ? { uptime, rssMb: Math.round(Number(rss) / 1024) } : null;
}

/** A request as the shim sends it, with an empty payload the handlers ignore: its status and time. */
function probe(a: DaemonAnnouncement, env: NodeJS.ProcessEnv): Promise<{ status: number; ms: number }> {
  const headers: Record<string, string> = {
    'X-Bgt-Secret': readFileSync(daemonSecretPath(env), 'utf8').trim(),
    'X-Bgt-Version': a.version,
    'Content-Length': '2',
  };
  for (const name of FORWARDED_ENV) if (env[name] !== undefined) headers[`X-Bgt-Env-${name}`] = env[name] as string;
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: a.port, method: 'POST', path: '/hook/lifecycle', headers, timeout: 3000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Math.round(performance.now() - start) }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: Math.round(performance.now() - start) }));
    req.end('{}');
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the daemon as a hook would: the shim, whose Node fallback starts it; then waits for it. */
async function startLikeAHook(shim: FoundHook, hooksDir: string, env: NodeJS.ProcessEnv): Promise<DaemonAnnouncement | null> {
  // Hooks wait a while after a failed start; doctor tries now.
  rmSync(daemonFailedPath(env), { force: true });
  spawnSync('bash', [join(hooksDir, 'shim.sh'), 'lifecycle', shim.node ?? 'node'], { input: '{}', env, timeout: 10_000 });
  const end = Date.now() + START_WAIT_MS;
  while (Date.now() < end) {
    const a = readAnnouncement(env);
    if (a && alive(a.pid)) return a;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

export async function checkDaemon(found: readonly FoundHook[], hooksDir: string, env: NodeJS.ProcessEnv): Promise<Section> {
  const s = section('Transport');
  const shim = found.find((h) => h.transport === 'daemon');
  if (!shim) {
    s.facts.push(found.length ? 'node: a Node process per hook event' : 'no hooks registered');
    return s;
  }
  s.facts.push(`daemon: ${join(hooksDir, 'shim.sh')} hands each event to the daemon; its Node hook answers any event the daemon cannot`);
  const announced = readAnnouncement(env);
  const running = announced && alive(announced.pid) ? announced : await startLikeAHook(shim, hooksDir, env);
  if (!running) {
    const lines = readErrorLog(errorLogPath(env))
      .filter((e) => e.where === 'daemon')
      .slice(-3)
      .map((e) => `${e.time} ${e.message}`);
    s.problems.push({
      text: 'the daemon is not running and could not be started: every hook event falls back to a Node process (nothing is lost; each event costs a Node start)',
      details: lines,
      fix: 'see errors.log above; `bgtelemetry install --transport node` writes Node hooks directly',
    });
    return s;
  }
  const build = shimVersion(hooksDir);
  const facts = processFacts(running.pid);
  const answer = await probe(running, env);
  s.facts.push(
    `daemon pid ${running.pid}, build ${running.version}${build && build !== running.version ? ` (the hooks are build ${build}: the next event replaces it)` : ''}` +
      (facts ? `, up ${facts.uptime}, RSS ${facts.rssMb} MB` : ''),
  );
  if (answer.status === 200) s.facts.push(`answered a test event in ${answer.ms} ms`);
  else
    s.problems.push({
      text: `the daemon (${announcementText(running).trim()}) did not answer a test event (${answer.status ? `HTTP ${answer.status}` : 'no reply'}): hook events fall back to Node processes`,
      fix: `stop it (kill ${running.pid}); the next hook event starts a new one`,
    });
  return s;
}
