/**
 * The files through which hooks find the daemon (src/daemon/), all in the data directory and
 * 0600: the announcement (`<port> <pid> <version>`, one line a bash shim reads with `read`), the
 * per-user secret every request carries, and the pid lock that keeps it to one instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths.js';

export const daemonPortPath = (env: NodeJS.ProcessEnv = process.env): string => join(dataDir(env), 'daemon.port');
export const daemonSecretPath = (env: NodeJS.ProcessEnv = process.env): string => join(dataDir(env), 'daemon.secret');
export const daemonLockPath = (env: NodeJS.ProcessEnv = process.env): string => join(dataDir(env), 'daemon.lock');
/** Written by a daemon that failed to start: hooks do not start another for a while (RETRY_START_MS). */
export const daemonFailedPath = (env: NodeJS.ProcessEnv = process.env): string => join(dataDir(env), 'daemon.failed');
/** After a failed start, hooks wait this long before starting the daemon again (each try costs a Node start). */
export const RETRY_START_MS = 10 * 60 * 1000;

export interface DaemonAnnouncement {
  port: number;
  pid: number;
  version: string;
}

/** The running daemon as its announcement says; null when there is none or it is unreadable. */
export function readAnnouncement(env: NodeJS.ProcessEnv = process.env): DaemonAnnouncement | null {
  try {
    const [port, pid, version] = readFileSync(daemonPortPath(env), 'utf8').trim().split(' ');
    const a = { port: Number(port), pid: Number(pid), version: version ?? '' };
    return Number.isInteger(a.port) && a.port > 0 && Number.isInteger(a.pid) && a.pid > 0 && a.version ? a : null;
  } catch {
    return null;
  }
}

export function announcementText(a: DaemonAnnouncement): string {
  return `${a.port} ${a.pid} ${a.version}\n`;
}

/**
 * The variables of the hook's environment the handlers read, which the shim sends with each
 * request (`X-Bgt-Env-<NAME>` headers; absent = unset) so the daemon answers as a hook started
 * in that session would. The build writes this list into the shim.
 */
export const FORWARDED_ENV = [
  'HOME',
  'CLAUDE_CONFIG_DIR',
  'CLAUDE_PROJECT_DIR',
  'CLAUDE_PLUGIN_DATA',
  'BGTELEMETRY_HOME',
  'BGTELEMETRY_DB',
  'BGTELEMETRY_MODE',
  'BGTELEMETRY_SLOW_THRESHOLD',
  'BGTELEMETRY_TEAM_URL',
  'XDG_CONFIG_HOME',
  'XDG_RUNTIME_DIR',
  'TMPDIR',
] as const;
