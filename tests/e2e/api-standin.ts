/**
 * A loopback stand-in for the Anthropic Messages API, so real Claude Code binaries can run a
 * scripted conversation without a network. Plain node:http; it streams SSE the way the real API
 * does, follows a scenario for the main conversation, answers Claude Code's helper requests
 * (titles, topic detection, quota checks) with plain text, and keeps every request so tests can
 * assert what the model was shown.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One tool_use block. `oneOf` picks the first alternative whose tool the request offers. */
export type ToolSpec = { name: string; input: Record<string, unknown> } | { oneOf: { name: string; input: Record<string, unknown> }[] };

export interface Turn {
  text?: string;
  tools?: ToolSpec[];
}

export interface ScenarioScript {
  /** The user's prompt: it identifies the main conversation. */
  prompt: string;
  turns: Turn[];
  /** Text of the answer once the scenario has run out (e.g. after a `<task-notification>`). */
  finalText?: string;
}

export interface LoggedRequest {
  at: number;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** `main` (followed the scenario), `helper` (answered with plain text), or `other` (not /v1/messages). */
  kind: 'main' | 'helper' | 'other';
  /** For `main`: the scenario turn answered (index past the end = the final text). */
  turn?: number;
  /** What was sent back, for the log. */
  answer?: unknown;
}

export interface ContentBlock {
  type: string;
  text?: string;
  id?: string;
  name?: string;
  input?: Record<string, unknown>;
  tool_use_id?: string;
  content?: string | ContentBlock[];
  is_error?: boolean;
}
export interface Message {
  /** 2.1.x also puts `system` messages (hook context, notifications) between the turns. */
  role: 'user' | 'assistant' | 'system';
  content: string | ContentBlock[];
}
export interface MessagesBody {
  model?: string;
  stream?: boolean;
  system?: string | { type: string; text: string }[];
  tools?: { name: string }[];
  messages?: Message[];
  max_tokens?: number;
}

/** The text of a content value (string or blocks), tool results and nested blocks included. */
function textOf(content: string | ContentBlock[] | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((b) => (b.type === 'text' ? (b.text ?? '') : b.type === 'tool_result' ? textOf(b.content) : '')).join('\n');
}

function systemText(body: MessagesBody): string {
  const s = body.system;
  if (s === undefined) return '';
  return typeof s === 'string' ? s : s.map((b) => b.text).join('\n');
}

function blocksOf(m: Message): ContentBlock[] {
  return typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;
}

/**
 * The main agent's conversation offers Bash and starts with the user's prompt. Claude Code's
 * helper calls carry no tools (titles, topic detection, command prefixes) or, on 2.0.x, are
 * sub-agent warm-ups that offer Bash but say "Warmup".
 */
function isMainConversation(body: MessagesBody, prompt: string): boolean {
  if (!Array.isArray(body.tools) || !body.tools.some((t) => t.name === 'Bash')) return false;
  const first = (body.messages ?? []).find((m) => m.role === 'user');
  return first !== undefined && textOf(first.content).includes(prompt);
}

/** "Command running in background with ID: X. Output is being written to: Y" (both generations). */
const STARTED = /running in background with ID: ([^\s.]+)\. Output is being written to: (\S+?\.output)/;

/** Background tasks the conversation has announced so far, oldest first. */
function announcedTasks(messages: Message[]): { id: string; outputFile: string; toolUseId: string }[] {
  const found: { id: string; outputFile: string; toolUseId: string }[] = [];
  for (const m of messages) {
    if (m.role !== 'user') continue;
    for (const b of blocksOf(m)) {
      if (b.type !== 'tool_result') continue;
      const match = STARTED.exec(textOf(b.content));
      if (match) found.push({ id: match[1], outputFile: match[2], toolUseId: b.tool_use_id ?? '' });
    }
  }
  return found;
}

/**
 * Replaces `{{task_id}}` / `{{output_file}}` (the latest announced task) and `{{task_id.N}}` /
 * `{{output_file.N}}` (the N-th, from 1) in every string of a tool input.
 */
function substitute(value: unknown, tasks: { id: string; outputFile: string }[]): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{(task_id|output_file)(?:\.(\d+))?\}\}/g, (whole, key: string, n?: string) => {
      const task = n === undefined ? tasks.at(-1) : tasks[Number(n) - 1];
      if (!task) throw new Error(`scenario placeholder ${whole}: no background task announced yet`);
      return key === 'task_id' ? task.id : task.outputFile;
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, tasks));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, tasks)]));
  return value;
}

type OutBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

export class ApiStandin {
  readonly requests: LoggedRequest[] = [];
  /** Paths nobody expected, so a test can report what Claude Code asked for. */
  readonly unknownPaths: string[] = [];
  private server: Server | undefined;
  private messageCount = 0;
  /**
   * Run once before the main conversation's turn N is answered (a retried request does not run
   * it again): a test acts between turns, when no hook of the session is running.
   */
  beforeTurn: ((turn: number) => Promise<void>) | undefined;
  private readonly turnsPrepared = new Map<number, Promise<void>>();

  /**
   * @param latencyMs how long the main conversation's "model" takes to answer. A real turn takes
   *   a second or more; an instant answer makes consecutive messages look like one to the hooks'
   *   timing fallback for sibling calls (docs/architecture.md, "Two Bash calls in one message").
   */
  constructor(
    private readonly script: ScenarioScript,
    private readonly latencyMs = 600,
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('stand-in not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  /** The main conversation's requests, in order. */
  get mainRequests(): LoggedRequest[] {
    return this.requests.filter((r) => r.kind === 'main');
  }

  listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
        } catch (error) {
          // A scenario bug (a placeholder with no task): tell Claude Code, which ends the run with an error.
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: String(error) } }));
        }
      });
    });
    return new Promise((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve(this.url)));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const path = (req.url ?? '/').split('?')[0];
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text in the log
    }
    const entry: LoggedRequest = { at: Date.now(), method: req.method ?? 'GET', path, headers: req.headers, body, kind: 'other' };
    this.requests.push(entry);

    if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
      const size = JSON.stringify(body ?? '').length;
      return this.json(res, entry, { input_tokens: Math.max(1, Math.round(size / 4)) });
    }
    if (req.method === 'POST' && path === '/v1/messages') {
      const b = (body ?? {}) as MessagesBody;
      let blocks: OutBlock[];
      if (isMainConversation(b, this.script.prompt)) {
        entry.kind = 'main';
        const turn = (b.messages ?? []).filter((m) => m.role === 'assistant').length;
        entry.turn = turn;
        blocks = this.turnBlocks(turn, b);
      } else {
        entry.kind = 'helper';
        blocks = [{ type: 'text', text: helperAnswer(b) }];
      }
      entry.answer = blocks;
      const send = () => (b.stream ? this.stream(res, b, blocks) : this.json(res, entry, this.message(b, blocks)));
      if (entry.kind !== 'main') return send();
      void this.prepareTurn(entry.turn!).then(() => (this.latencyMs > 0 ? setTimeout(send, this.latencyMs) : send()));
      return;
    }
    this.unknownPaths.push(`${req.method} ${path}`);
    // Start-up probes (feature flags, health): an empty success keeps Claude Code going.
    return this.json(res, entry, {});
  }

  /** `beforeTurn` for this turn, once; its failure is the test's to report, the turn is answered anyway. */
  private prepareTurn(turn: number): Promise<void> {
    let prepared = this.turnsPrepared.get(turn);
    if (!prepared) {
      prepared = this.beforeTurn ? this.beforeTurn(turn).catch(() => undefined) : Promise.resolve();
      this.turnsPrepared.set(turn, prepared);
    }
    return prepared;
  }

  /**
   * The main conversation's N-th assistant turn, where N is the number of assistant messages
   * already in the request: a retried request gets the same answer, and a turn Claude Code adds
   * by itself (a `<task-notification>`) gets the final text.
   */
  private turnBlocks(turn: number, body: MessagesBody): OutBlock[] {
    const spec = this.script.turns[turn];
    if (!spec) return [{ type: 'text', text: this.script.finalText ?? 'Done.' }];
    const offered = new Set((body.tools ?? []).map((t) => t.name));
    const tasks = announcedTasks(body.messages ?? []);
    const blocks: OutBlock[] = [];
    if (spec.text) blocks.push({ type: 'text', text: spec.text });
    (spec.tools ?? []).forEach((tool, i) => {
      const chosen = 'oneOf' in tool ? tool.oneOf.find((t) => offered.has(t.name)) : tool;
      if (!chosen) throw new Error(`turn ${turn}: none of ${JSON.stringify(tool)} is among the tools offered (${[...offered].join(', ')})`);
      blocks.push({
        type: 'tool_use',
        id: `toolu_${turn}_${i}`,
        name: chosen.name,
        input: substitute(chosen.input, tasks) as Record<string, unknown>,
      });
    });
    if (blocks.length === 0) blocks.push({ type: 'text', text: 'Done.' });
    return blocks;
  }

  private message(body: MessagesBody, blocks: OutBlock[]) {
    return {
      id: `msg_standin_${++this.messageCount}`,
      type: 'message',
      role: 'assistant',
      model: body.model ?? 'claude-standin',
      content: blocks,
      stop_reason: blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 100, output_tokens: 20, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    };
  }

  private json(res: ServerResponse, entry: LoggedRequest, payload: unknown): void {
    entry.answer ??= payload;
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_standin_${this.requests.length}` });
    res.end(JSON.stringify(payload));
  }

  /** The event sequence of a streamed Messages response, as the real API sends it. */
  private stream(res: ServerResponse, body: MessagesBody, blocks: OutBlock[]): void {
    const full = this.message(body, blocks);
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      'request-id': `req_standin_${this.requests.length}`,
    });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    send('message_start', {
      type: 'message_start',
      message: { ...full, content: [], stop_reason: null, usage: { ...full.usage, output_tokens: 1 } },
    });
    blocks.forEach((block, index) => {
      if (block.type === 'text') {
        send('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
        send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text } });
      } else {
        send('content_block_start', {
          type: 'content_block_start',
          index,
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        });
        // Split the JSON in two, as the real API streams partial JSON.
        const json = JSON.stringify(block.input);
        const cut = Math.floor(json.length / 2);
        for (const part of [json.slice(0, cut), json.slice(cut)]) {
          send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: part } });
        }
      }
      send('content_block_stop', { type: 'content_block_stop', index });
    });
    send('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: full.stop_reason, stop_sequence: null },
      usage: { output_tokens: full.usage.output_tokens },
    });
    send('message_stop', { type: 'message_stop' });
    res.end();
  }
}

/** A helper request's answer: JSON where the helper expects JSON (2.0.x topic detection), else text. */
function helperAnswer(body: MessagesBody): string {
  const system = systemText(body);
  if (/isNewTopic/.test(system)) return '{"isNewTopic": false, "title": null}';
  return 'OK';
}

/**
 * What the model was shown right after its tool call `toolUseId`: in the first request carrying
 * the call's result, every message between that assistant turn and the next one (the result, the
 * hook context and reminders beside it, 2.1.x's `system` messages). Undefined if never sent.
 */
export function shownAfter(requests: LoggedRequest[], toolUseId: string): string | undefined {
  for (const request of requests) {
    const messages = (request.body as MessagesBody).messages ?? [];
    const at = messages.findIndex((m) => m.role === 'assistant' && blocksOf(m).some((b) => b.type === 'tool_use' && b.id === toolUseId));
    if (at < 0 || at === messages.length - 1) continue;
    const after = messages.slice(at + 1);
    const next = after.findIndex((m) => m.role === 'assistant');
    return (next < 0 ? after : after.slice(0, next)).map((m) => textOf(m.content)).join('\n');
  }
  return undefined;
}

/** Every message text of one request (the system prompt aside). */
export function conversationText(request: LoggedRequest): string {
  return ((request.body as MessagesBody).messages ?? []).map((m) => textOf(m.content)).join('\n');
}

/** Every tool call the stand-in made the main conversation send, in order. */
export function toolsCalled(requests: LoggedRequest[]): { id: string; name: string; input: Record<string, unknown> }[] {
  const seen = new Map<string, { id: string; name: string; input: Record<string, unknown> }>();
  for (const r of requests) {
    if (r.kind !== 'main') continue;
    for (const b of (r.answer as ContentBlock[] | undefined) ?? []) {
      if (b.type === 'tool_use' && b.id) seen.set(b.id, { id: b.id, name: b.name ?? '', input: b.input ?? {} });
    }
  }
  return [...seen.values()];
}
