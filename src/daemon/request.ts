/**
 * What a request must be before the daemon runs a handler for it, as one table of checks in
 * order; the first that fails decides the status. Only this user's hooks hold the secret; the
 * Host check stops a web page that rebinds a DNS name to 127.0.0.1 (it cannot send the secret
 * either, but nothing else of it is ever answered); a browser's request carries Origin.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FORWARDED_ENV } from '../runtime/daemon-files.js';

/** Like a hook's stdin cap for what Claude Code sends: no payload of ours comes near it. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface Expected {
  port: number;
  secret: Buffer;
  version: string;
}

interface Check {
  status: number;
  fails: (req: IncomingMessage, expected: Expected) => boolean;
}

function sameSecret(sent: string | string[] | undefined, secret: Buffer): boolean {
  if (typeof sent !== 'string') return false;
  const given = Buffer.from(sent);
  return given.length === secret.length && timingSafeEqual(given, secret);
}

const CHECKS: readonly Check[] = [
  { status: 403, fails: (req, e) => req.headers.host !== `127.0.0.1:${e.port}` },
  { status: 403, fails: (req) => req.method !== 'POST' || req.headers.origin !== undefined },
  { status: 403, fails: (req, e) => !sameSecret(req.headers['x-bgt-secret'], e.secret) },
  { status: 413, fails: (req) => Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES },
  { status: 409, fails: (req, e) => req.headers['x-bgt-version'] !== e.version },
];

/** The status refusing this request, or null when it may be answered. */
export function refusal(req: IncomingMessage, expected: Expected): number | null {
  return CHECKS.find((c) => c.fails(req, expected))?.status ?? null;
}

/**
 * The environment a handler sees: the daemon's own, with every forwarded variable replaced by
 * the hook's value or removed. Header values arrive as latin1: UTF-8 paths are decoded back.
 */
export function requestEnv(req: IncomingMessage, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const name of FORWARDED_ENV) {
    const sent = req.headers[`x-bgt-env-${name.toLowerCase()}`];
    if (typeof sent === 'string') env[name] = Buffer.from(sent, 'latin1').toString('utf8');
    else delete env[name];
  }
  return env;
}
