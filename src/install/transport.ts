/**
 * Which transport the installer writes (docs/architecture.md, "The daemon"): `daemon`, a bash
 * shim that hands each event to the long-lived daemon and falls back to the Node hook, wherever
 * bash can run it; `node`, a Node process per event, on Windows (the shim needs bash's /dev/tcp)
 * and where no bash is found. --transport, then the config's `transport`, decide first.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Transport } from '../config/values.js';

export { TRANSPORTS, type Transport } from '../config/values.js';

export interface TransportChoice {
  transport: Transport;
  /** The bash the shim runs with (daemon transport only). */
  bash?: string;
  /** Why, in words for the install output. */
  why: string;
}

/** The first executable `bash` in an absolute PATH entry: hooks run with the session's PATH, so the path is written. */
export function bashOnPath(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!isAbsolute(dir)) continue;
    try {
      accessSync(join(dir, 'bash'), constants.X_OK);
      return join(dir, 'bash');
    } catch {
      // not here
    }
  }
  return null;
}

export interface TransportRequest {
  /** --transport: wins. */
  flag?: Transport;
  /** The config file's `transport`. */
  configured?: Transport;
  platform?: NodeJS.Platform;
  bash?: () => string | null;
}

export function chooseTransport({ flag, configured, platform = process.platform, bash = bashOnPath }: TransportRequest): TransportChoice {
  const asked = flag ?? configured;
  const source = flag ? '--transport' : 'the config';
  if (asked === 'node') return { transport: 'node', why: `${source} says node` };
  if (platform === 'win32')
    return { transport: 'node', why: asked ? `${source} says daemon, but on Windows hooks run as Node` : 'on Windows hooks run as Node' };
  const found = bash();
  if (!found) return { transport: 'node', why: `no bash on PATH for the daemon's shim${asked ? ` (${source} says daemon)` : ''}` };
  return { transport: 'daemon', bash: found, why: asked ? `${source} says daemon` : `the default where bash runs the hooks (${found})` };
}
