/**
 * The daemon's HTTP server: loopback only, a port the OS picks, HTTP/1.0-style one request per
 * connection. Each request is checked (request.ts), its body read up to the cap, and handed to
 * the same `respond()` a command hook runs; the reply's body is exactly what that hook would
 * print. A connection that has not sent its whole request within REQUEST_TIMEOUT_MS gets 408 and
 * is closed: a timer per connection, not Node's own header and request timeouts, which poll
 * every connection on an interval even when there is none (the daemon idles at 0 CPU).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { markEventStart } from '../runtime/event-start.js';
import { dataDir } from '../runtime/paths.js';
import { HOOK_BUDGET_MS, respond } from '../runtime/run.js';
import { DAEMON_HANDLERS } from './handlers.js';
import { type Expected, MAX_BODY_BYTES, refusal, requestEnv } from './request.js';

/** A shim sends its whole request at once: two seconds for all of it. */
const REQUEST_TIMEOUT_MS = 2000;
const TIMED_OUT = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

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

/**
 * Answers a refused request once the client has sent all of it (read and dropped; the
 * connection's deadline bounds how long): closing while it still writes would reset the
 * connection, and the client would never see the status.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (req.complete) return reply(res, status);
  req.once('end', () => reply(res, status));
  req.resume();
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

/** Connections whose request arrived whole: their answer is under way, bounded by the hook budget. */
const answering = new WeakSet<Socket>();

/** The deadline of one connection: 408 unless its request arrived in time. */
function armDeadline(socket: Socket): void {
  const timer = setTimeout(() => {
    if (answering.has(socket) || socket.destroyed) return;
    socket.end(TIMED_OUT, () => socket.destroy());
  }, REQUEST_TIMEOUT_MS);
  socket.once('close', () => clearTimeout(timer));
}

async function answer(req: IncomingMessage, res: ServerResponse, expected: Expected, events: ServerEvents): Promise<void> {
  const arrived = process.uptime();
  const status = refusal(req, expected);
  if (status === 409) events.onVersionMismatch();
  if (status !== null) return refuse(req, res, status);
  const hook = DAEMON_HANDLERS[/^\/hook\/([a-z-]+)$/.exec(req.url ?? '')?.[1] ?? ''];
  if (!hook) return refuse(req, res, 404);
  const env = requestEnv(req);
  markEventStart(env, arrived);
  // One daemon serves one data directory; a hook of another one falls back to its own process.
  if (dataDir(env) !== dataDir()) return refuse(req, res, 421);
  const body = await readBody(req);
  if (body === null) return refuse(req, res, 413);
  answering.add(req.socket);
  events.onRequest();
  const output = await withinBudget(respond(hook.name, hook.handler(env), body));
  if (output === undefined) return reply(res, 503);
  reply(res, 200, output ?? '');
}

/** Listens on 127.0.0.1 at a port the OS chooses; resolves with the server and its port. */
export function startServer(secret: Buffer, version: string, events: ServerEvents): Promise<{ server: Server; port: number }> {
  const expected: Expected = { port: 0, secret, version };
  const server = createServer(
    // Node's own timeouts off, and their polling interval as long as a timer can be.
    { headersTimeout: 0, requestTimeout: 0, connectionsCheckingInterval: 2 ** 31 - 1, maxHeaderSize: 16 * 1024 },
    (req, res) => {
      answer(req, res, expected, events).catch(() => {
        if (!res.headersSent) reply(res, 500);
        else res.destroy();
      });
    },
  );
  // Keep-alive would let one idle connection hold the daemon; each request is its own connection.
  server.keepAliveTimeout = 1;
  server.on('connection', armDeadline);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      expected.port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, port: expected.port });
    });
  });
}
