/**
 * One transcript file, line by line: pairs each tool call with its result (results come later,
 * often after other calls of the same message) and hands the events to a sink. A call with no
 * result by the end of the file is recorded as started only. Resumed and forked sessions repeat
 * earlier calls under another session id: the first one seen wins (`sink.known`).
 */
import { isAbsolute, resolve, sep } from 'node:path';
import { loadConfig, type Config } from '../../config/load.js';
import { OUTPUT_FILE, TASK_TOOLS, taskIdFrom, type TaskTool } from '../../policy/task-tools.js';
import { projectOf } from '../../runtime/project.js';
import type { TelemetryEvent } from '../../store/events.js';
import { bashEvents, refusedBeforeRunning, taskToolEvent, type CallPlace } from './call-events.js';
import { parseNotice, promptEvent } from './prompt-events.js';
import { readLines, type LineCounts } from './line-reader.js';
import { parseLine, type LineContext, type ToolResult, type ToolUse } from './transcript-line.js';

export type RecordKind = 'bash' | 'check' | 'stop' | 'prompt';

export interface EventSink {
  /** Whether the store, or this run, already has this call, check, stop (by tool_use id) or prompt (by id). */
  known(kind: RecordKind, id: string): boolean;
  /** A call an earlier backfill recorded as started only: its file ended before its result. */
  awaitingResult(toolUseId: string): boolean;
  /** Whether the hooks recorded calls of this session: their prompts are there already. */
  hooksSaw(session: string): boolean;
  add(kind: RecordKind, id: string, events: TelemetryEvent[]): void;
}

export interface FileCounts {
  lines: number;
  malformed: number;
  oversized: number;
  /** Line types no version is known to write, by type. */
  unknown: Record<string, number>;
  /** `refused`: never ran (denied by a hook, permissions or the user), recorded without an outcome. */
  calls: {
    added: number;
    skipped: number;
    requested: number;
    moved: number;
    errors: number;
    timedOut: number;
    noResult: number;
    refused: number;
  };
  checks: { added: number; skipped: number; onAgents: number; byTool: Record<string, number> };
  stops: { added: number; skipped: number; onAgents: number; byTool: Record<string, number> };
  /** Bash commands that read a task's output file (recorded as checks by tool Bash). */
  bashReads: number;
  prompts: number;
  notifications: number;
  versions: Set<string>;
}

export interface FileOptions {
  env: NodeJS.ProcessEnv;
  /** Only calls made at or after this time (ms). */
  since?: number;
  /** Only calls made in this directory or below it. */
  project?: string;
  onBytes?: (bytes: number) => void;
}

export const emptyCounts = (): FileCounts => ({
  lines: 0,
  malformed: 0,
  oversized: 0,
  unknown: {},
  calls: { added: 0, skipped: 0, requested: 0, moved: 0, errors: 0, timedOut: 0, noResult: 0, refused: 0 },
  checks: { added: 0, skipped: 0, onAgents: 0, byTool: {} },
  stops: { added: 0, skipped: 0, onAgents: 0, byTool: {} },
  bashReads: 0,
  prompts: 0,
  notifications: 0,
  versions: new Set(),
});

interface Pending {
  use: ToolUse;
  place: CallPlace;
  /** For checks and stops: the tool and its task. */
  task?: { tool: TaskTool; id: string };
  /** Recorded as started by an earlier run: only its result is news. */
  startedBefore?: boolean;
}

/** Working directories resolved once per run: configuration files and the git root are read once. */
export class Places {
  private configs = new Map<string, Promise<Config>>();
  private projects = new Map<string, string>();
  constructor(private env: NodeJS.ProcessEnv) {}

  async of(line: LineContext): Promise<CallPlace> {
    const cwd = line.cwd ?? '';
    let config = this.configs.get(cwd);
    if (!config) this.configs.set(cwd, (config = loadConfig(isAbsolute(cwd) ? cwd : undefined, this.env).then((c) => c.config)));
    let project = this.projects.get(cwd);
    // A Windows path read elsewhere is not this machine's: kept as written.
    if (project === undefined) this.projects.set(cwd, (project = isAbsolute(cwd) ? projectOf(cwd) : cwd));
    return { line, project, config: await config };
  }
}

/** Ids of background agents: their checks and stops are not about shell tasks. */
export type AgentIds = Set<string>;

export async function backfillTranscript(
  file: string,
  sink: EventSink,
  places: Places,
  agents: AgentIds,
  options: FileOptions,
): Promise<FileCounts> {
  const counts = emptyCounts();
  const pending = new Map<string, Pending>();
  const lineCounts: LineCounts = { bytes: 0, oversized: 0 };
  const inside = options.project ? resolve(options.project) : undefined;
  for await (const text of readLines(file, lineCounts, undefined, options.onBytes)) {
    counts.lines++;
    const line = parseLine(text);
    if (line.kind === 'malformed') counts.malformed++;
    if (line.kind === 'unknown') counts.unknown[line.type] = (counts.unknown[line.type] ?? 0) + 1;
    if (line.kind === 'updated-input') {
      const call = pending.get(line.id);
      if (call) call.use = { ...call.use, input: { ...call.use.input, ...line.input } };
      continue;
    }
    if (line.kind !== 'message') continue;
    const { context } = line;
    if (context.version) counts.versions.add(context.version);
    if (context.agentId) agents.add(context.agentId);
    for (const result of line.results) {
      noteAgent(result, agents);
      const call = pending.get(result.id);
      if (!call) continue;
      pending.delete(result.id);
      finish(call, { at: context.at, result }, sink, agents, counts);
    }
    if (options.since !== undefined && context.at < options.since) continue;
    if (inside && !(context.cwd && (context.cwd === inside || context.cwd.startsWith(inside + sep)))) continue;
    if (line.prompt !== undefined && !context.sidechain) await prompt(line.prompt, context, sink, places, agents, counts);
    for (const use of line.uses) {
      const kind = recordKind(use);
      if (!kind) continue;
      // A session read while it was still being written: its last call may have its result now.
      const startedBefore = kind.kind === 'bash' && !pending.has(use.id) && sink.awaitingResult(use.id);
      // Recorded already, or a copy (resumed session) of a call still waiting for its result here.
      if (!startedBefore && (sink.known(kind.kind, use.id) || pending.has(use.id))) {
        counts[kind.kind === 'bash' ? 'calls' : kind.kind === 'check' ? 'checks' : 'stops'].skipped++;
        continue;
      }
      pending.set(use.id, { use, place: await places.of(context), task: kind.task, startedBefore });
    }
  }
  counts.oversized = lineCounts.oversized;
  for (const call of pending.values()) finish(call, undefined, sink, agents, counts);
  return counts;
}

async function prompt(
  text: string,
  line: LineContext,
  sink: EventSink,
  places: Places,
  agents: AgentIds,
  counts: FileCounts,
): Promise<void> {
  const notice = parseNotice(text);
  // An agent's completion is no shell task's; a 2.0.x prompt of a session the hooks saw is recorded.
  if (notice && agents.has(notice.taskId)) return;
  if (!line.promptId && sink.hooksSaw(line.session)) return;
  const event = promptEvent(text, line, (await places.of(line)).project, notice);
  if (sink.known('prompt', event.promptId!)) return;
  sink.add('prompt', event.promptId!, [event]);
  counts[notice ? 'notifications' : 'prompts']++;
}

/** The hooks' task tools, and 1.0.x's stop, which no hook is registered for. */
const TRANSCRIPT_TASK_TOOLS: Readonly<Record<string, TaskTool>> = { ...TASK_TOOLS, KillBash: { role: 'stop', idFields: ['shell_id'] } };

/** What a tool call is to backfill: a Bash call, a check or stop of a task, or nothing. */
function recordKind(use: ToolUse): { kind: Exclude<RecordKind, 'prompt'>; task?: Pending['task'] } | null {
  if (use.name === 'Bash') return typeof use.input.command === 'string' ? { kind: 'bash' } : null;
  const tool = TRANSCRIPT_TASK_TOOLS[use.name];
  const id = tool ? taskIdFrom(tool, use.input) : undefined;
  if (tool && id) return { kind: tool.role, task: { tool, id } };
  const read = use.name === 'Read' ? OUTPUT_FILE.exec(String(use.input.file_path ?? '')) : null;
  return read ? { kind: 'check', task: { tool: { role: 'check', idFields: [] }, id: read[1] } } : null;
}

/** A result that names an agent: TaskOutput / TaskStop on an agent, or a Task tool's own. */
function noteAgent(result: ToolResult, agents: AgentIds): void {
  const r = result.result as Record<string, unknown> | null | undefined;
  if (typeof r !== 'object' || r === null) return;
  const task = (typeof r.task === 'object' && r.task !== null ? r.task : r) as Record<string, unknown>;
  const id = task.task_id ?? task.agentId;
  if (typeof id === 'string' && (task.task_type === 'local_agent' || typeof task.agentId === 'string')) agents.add(id);
}

function finish(
  call: Pending,
  result: { at: number; result: ToolResult } | undefined,
  sink: EventSink,
  agents: AgentIds,
  counts: FileCounts,
): void {
  const { use, place, task } = call;
  if (!task) {
    if (call.startedBefore && !result) return void counts.calls.skipped++;
    const events = bashEvents(use, place, result);
    sink.add('bash', use.id, events);
    const c = counts.calls;
    c.added++;
    const post = events[1];
    if (result && refusedBeforeRunning(result.result)) return void c.refused++;
    if (post?.kind !== 'bash-post') return void c.noResult++;
    if (post.requestedBackground) c.requested++;
    if (post.backgroundReason === 'timeout') c.moved++;
    if (result?.result.isError) c.errors++;
    if (post.outcome === 'timed-out') c.timedOut++;
    if (post.readsTask) counts.bashReads++;
    return;
  }
  const bucket = task.tool.role === 'stop' ? counts.stops : counts.checks;
  if (agents.has(task.id)) return void bucket.onAgents++;
  sink.add(task.tool.role, use.id, [taskToolEvent(use, task.tool, task.id, place, result?.result)]);
  bucket.added++;
  bucket.byTool[use.name] = (bucket.byTool[use.name] ?? 0) + 1;
}
