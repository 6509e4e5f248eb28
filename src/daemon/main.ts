/**
 * Entrypoint of the daemon (`node dist/hooks/daemon.cjs`), started detached by a hook's Node
 * fallback (hooks/daemon-start.ts) with the pid lock already claimed for it. It serves hook
 * events on loopback until idle, replaced, or stopped; whatever fails at start is recorded in
 * errors.log (doctor shows it) and the hooks keep working through their fallback.
 */
import { loadConfig } from '../config/load.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { daemonFailedPath, daemonLockPath } from '../runtime/daemon-files.js';
import { recordInternalError } from '../runtime/internal-errors.js';
import { BUILD_VERSION } from '../runtime/build-version.js';
import { keepConnections } from '../store/kept-connections.js';
import { Instance, loadSecret } from './instance.js';
import { startServer } from './server.js';

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const { config } = await loadConfig(undefined, env);
  const secret = loadSecret(env);
  keepConnections();
  const instance = new Instance(env, config.daemonIdleMinutes * 60_000, () => {
    server.close();
    // Requests in flight finish; nothing new is accepted.
    setTimeout(() => process.exit(0), 200).unref();
  });
  const { server, port } = await startServer(secret, BUILD_VERSION, {
    onRequest: () => instance.touch(),
    onVersionMismatch: () => instance.leave(),
  });
  instance.announce(port, BUILD_VERSION);
  process.on('SIGTERM', () => instance.leave());
  process.on('SIGINT', () => instance.leave());
}

main(process.env).catch((error) => {
  recordInternalError('daemon', `the daemon could not start: ${(error as Error)?.message ?? error}`);
  // The lock the starting hook claimed for this process (empty, or holding this pid): freed.
  try {
    if (['', String(process.pid)].includes(readFileSync(daemonLockPath(), 'utf8').trim())) rmSync(daemonLockPath(), { force: true });
  } catch {
    // no lock
  }
  try {
    writeFileSync(daemonFailedPath(), '', { mode: 0o600 });
  } catch {
    // hooks will try again at once
  }
  process.exit(1);
});
