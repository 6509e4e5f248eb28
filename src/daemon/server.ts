/**
 * The daemon's HTTP server: loopback only, a port the OS picks, HTTP/1.0-style one request per
 * connection. Each request is checked (request.ts), its body read up to the cap, and handed to
 * the same `respond()` a command hook runs; the reply's body is exactly what that hook would
 * print. Slow senders are cut off by Node's header and request timeouts (408).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dataDir } from '../runtime/paths.js';
import { HOOK_BUDGET_MS, respond } from '../runtime/run.js';
import { DAEMON_HANDLERS } from './handlers.js';
import { type Expected, MAX_BODY_BYTES, refusal, requestEnv } from './request.js';

/** A shim sends its whole request at once: a second for the headers, two for all of it. */
const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;

export interface ServerEvents {
  /** Every request that passed the checks (the idle clock). */
  onRequest: () => void;
  /** A hook of another build asked: called before the 409 is sent, so its fallback can start the new one. */
  onVersionMismatch: () => void;
}

function reply(res: ServerResponse, status: number, body = ''): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
}

/** The body, or null once it passed the cap (the request is then answered 413). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** What the handler prints, or undefined when it ran past the hook's budget (the shim falls back). */
function withinBudget(work: Promise<string | null>): Promise<string | null | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), HOOK_BUDGET_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function answer(req: IncomingMessage, res: ServerResponse, expected: Expected, events: ServerEvents): Promise<void> {
  const status = refusal(req, expected);
  if (status === 409) events.onVersionMismatch();
  if (status !== null) return reply(res, status);
  const hook = DAEMON_HANDLERS[/^\/hook\/([a-z-]+)$/.exec(req.url ?? '')?.[1] ?? ''];
  if (!hook) return reply(res, 404);
  const env = requestEnv(req);
  // One daemon serves one data directory; a hook of another one falls back to its own process.
  if (dataDir(env) !== dataDir()) return reply(res, 421);
  const body = await readBody(req);
  if (body === null) return reply(res, 413);
  events.onRequest();
  const output = await withinBudget(respond(hook.name, hook.handler(env), body));
  if (output === undefined) return reply(res, 503);
  reply(res, 200, output ?? '');
}

/** Listens on 127.0.0.1 at a port the OS chooses; resolves with the server and its port. */
export function startServer(secret: Buffer, version: string, events: ServerEvents): Promise<{ server: Server; port: number }> {
  const expected: Expected = { port: 0, secret, version };
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 500, maxHeaderSize: 16 * 1024 },
    (req, res) => {
      answer(req, res, expected, events).catch(() => {
        if (!res.headersSent) reply(res, 500);
        else res.destroy();
      });
    },
  );
  // Keep-alive would let one idle connection hold the daemon; each request is its own connection.
  server.keepAliveTimeout = 1;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      expected.port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, port: expected.port });
    });
  });
}
