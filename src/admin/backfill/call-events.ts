/**
 * The events the hooks would have recorded for a call found in a transcript, built with the
 * hooks' own pieces (analysis, callFacts: the same redaction and storage mode) and the hooks'
 * event ids, so that a call the hooks did record is the same event and counts once. Marked
 * `backfilled`: no hook ran, no advice was given, and the analysis had no measured history.
 */
import { analyze } from '../../analysis/classify.js';
import type { Config } from '../../config/load.js';
import { backgroundReason, callFacts } from '../../policy/call-facts.js';
import { OUTPUT_FILE, statusFrom, type TaskTool } from '../../policy/task-tools.js';
import type { BashToolInput } from '../../runtime/payload.js';
import type { TelemetryEvent } from '../../store/events.js';
import type { LineContext, ToolResult, ToolUse } from './transcript-line.js';

/** Where the call was made: its line's context, resolved project and configuration. */
export interface CallPlace {
  line: LineContext;
  project: string;
  config: Config;
}

type BashPost = Extract<TelemetryEvent, { kind: 'bash-post' }>;

/** The "running in background" result text of every version (2.1 subagent files carry no toolUseResult). */
const BACKGROUND_TEXT = /Command running in background with ID: ([A-Za-z0-9_-]+)/;
const EXIT_CODE = /^(?:Error: )?Exit code (-?\d+)/;

/**
 * Results that mean the command never ran: refused by a PreToolUse hook (ours in enforce mode),
 * by Claude Code's permissions, or by the user. The hooks see no PostToolUse for such a call, so
 * it is recorded as they record it: a call with no outcome, neither foreground nor background.
 */
const REFUSED = [
  /^(?:Error: )?bgtelemetry: \(enforce mode\)/,
  /^(?:Error: )?Permission to use \S+ (?:with command .* )?has been denied/s,
  /^(?:Error: )?The user doesn't want to (?:proceed with this tool use|take this action right now)/,
];

/** True when a result says the command was refused before it ran. */
export function refusedBeforeRunning(r: ToolResult): boolean {
  return r.isError && REFUSED.some((pattern) => pattern.test(r.text));
}

function base(place: CallPlace, hook: 'PreToolUse' | 'PostToolUse' | 'PostToolUseFailure', id: string, at: number) {
  const { line } = place;
  return {
    id,
    at,
    session: line.session,
    hook,
    wallMs: 0,
    generation: line.version?.startsWith('2.1') ? ('2.1' as const) : line.version?.startsWith('2.0') ? ('2.0' as const) : undefined,
    cwd: line.cwd,
    project: place.project,
    promptId: line.promptId,
    backfilled: true,
  };
}

/** bash-pre at the call's time, and bash-post at its result's when it got one. */
export function bashEvents(use: ToolUse, place: CallPlace, result?: { at: number; result: ToolResult }): TelemetryEvent[] {
  const bash = use.input as unknown as BashToolInput;
  const { config } = place;
  const analysis = analyze(bash.command, { slowThresholdSeconds: config.slowThresholdSeconds, extraEntries: config.patterns });
  const ran = result && !refusedBeforeRunning(result.result) ? { ...result, ...taskOf(result.result) } : undefined;
  const requested = bash.run_in_background === true || (ran !== undefined && startedInBackground(bash, place.line.at, ran));
  const facts = callFacts(bash, analysis, place, use.id, requested);
  const session = place.line.session;
  const pre: TelemetryEvent = { ...base(place, 'PreToolUse', `pre:${session}:${use.id}`, place.line.at), kind: 'bash-pre', ...facts };
  if (!ran) return [pre];
  const { at, result: r, response, taskId } = ran;
  const reason = backgroundReason(requested, response.backgroundedByUser === true, taskId, facts.verdict);
  const hook = r.isError ? 'PostToolUseFailure' : 'PostToolUse';
  const post: TelemetryEvent = {
    ...base(place, hook, `post:${session}:${use.id}`, at),
    kind: 'bash-post',
    ...facts,
    ...outcomeOf(r, response),
    durationMs: Math.max(0, at - place.line.at),
    durationSource: 'transcript',
    background: reason !== undefined,
    backgroundReason: reason,
    taskId: r.isError ? undefined : taskId,
    readsTask: OUTPUT_FILE.exec(bash.command)?.[1],
  };
  return [pre, post];
}

/** Claude Code's Bash timeout when the call gives none (2 minutes). */
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * A call without the flag whose result is a background task, back long before its timeout could
 * have moved it there (2.0.20 on) and not sent there by the user: a PreToolUse hook rewrote its
 * input (bgtelemetry's auto mode) and it ran as requested. 2.1.x also records the rewrite (an
 * attachment line, applied before this); 2.0.x records nothing else of it.
 */
function startedInBackground(bash: BashToolInput, at: number, ran: { at: number; result: ToolResult } & TaskOf): boolean {
  if (ran.result.isError || !ran.taskId || ran.response.backgroundedByUser === true) return false;
  const timeout = typeof bash.timeout === 'number' && bash.timeout > 0 ? bash.timeout : DEFAULT_TIMEOUT_MS;
  return ran.at - at < timeout / 2;
}

interface TaskOf {
  /** The line's `toolUseResult` when it is an object (empty otherwise). */
  response: Record<string, unknown>;
  taskId?: string;
}

/** The background task a result announces: `backgroundTaskId`, else the text (2.1 subagent files). */
function taskOf(r: ToolResult): TaskOf {
  const response = (typeof r.result === 'object' && r.result !== null ? r.result : {}) as Record<string, unknown>;
  const taskId = typeof response.backgroundTaskId === 'string' ? response.backgroundTaskId : BACKGROUND_TEXT.exec(r.text)?.[1];
  return { response, taskId };
}

function outcomeOf(r: ToolResult, response: Record<string, unknown>): Pick<BashPost, 'outcome' | 'exitCode'> {
  if (!r.isError) return response.interrupted === true ? { outcome: 'interrupted' } : { outcome: 'ok', exitCode: 0 };
  const code = EXIT_CODE.exec(r.text)?.[1];
  const exitCode = code === undefined ? undefined : Number(code);
  // Up to 2.0.15 a timeout is an error "Command timed out after 2m 0.0s"; 2.1 kills the command
  // and says "Exit code 143\nCommand timed out after 1s".
  if (/(?:^|\n)(?:Error: )?Command timed out/.test(r.text)) return { outcome: 'timed-out', exitCode };
  if (/\[Request interrupted by user/.test(r.text)) return { outcome: 'interrupted', exitCode };
  return { outcome: 'failed', exitCode };
}

/** A check or stop of a task, at the time it was asked for. */
export function taskToolEvent(
  use: ToolUse,
  tool: TaskTool,
  taskId: string,
  place: CallPlace,
  result: ToolResult | undefined,
): TelemetryEvent {
  const session = place.line.session;
  const b = base(place, result?.isError ? 'PostToolUseFailure' : 'PostToolUse', `${tool.role}:${session}:${use.id}`, place.line.at);
  if (tool.role === 'stop') return { ...b, kind: 'task-stop', toolUseId: use.id, taskId, tool: use.name };
  const seen = statusFrom(result?.result);
  const blocking = tool.blockingField ? use.input[tool.blockingField] === true : false;
  return {
    ...b,
    kind: 'task-check',
    toolUseId: use.id,
    taskId,
    tool: use.name,
    blocking,
    statusSeen: seen.status,
    exitCode: seen.exitCode,
  };
}
