/**
 * Projects telemetry events into the tables. Exactly once per event id (`applied_events`), and
 * order-tolerant: a PostToolUse event replayed from the spool before its PreToolUse event, or a
 * task stopped before the call that started it was applied, ends in the same rows. One
 * projection per event kind (`PROJECTIONS`). Callers run this inside a transaction.
 */
import type { Connection, Statement } from './connection.js';
import type { AdviceRecord, TelemetryEvent } from './events.js';

const cache = new WeakMap<Connection, Map<string, Statement>>();

/** Prepared once per connection: a hook applies a handful of statements per run. */
export function stmt(db: Connection, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.prepare(sql)));
  return s;
}

const b = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);
const n = <T>(v: T | undefined) => (v === undefined ? null : v);

type EventOf<K extends TelemetryEvent['kind']> = Extract<TelemetryEvent, { kind: K }>;
type Projection<K extends TelemetryEvent['kind']> = (db: Connection, e: EventOf<K>) => void;

/** Each event kind's rows: typed so that a new kind without its projection does not compile. */
const PROJECTIONS: { readonly [K in TelemetryEvent['kind']]: Projection<K> } = {
  'session-start': projectSessionStart,
  'session-end': projectSessionEnd,
  prompt: projectPrompt,
  'bash-pre': projectBashPre,
  'bash-post': projectBashPost,
  'task-check': (db, e) => recordCheck(db, e.session, e.taskId, e.toolUseId, e.at, e.tool, e.blocking, e.statusSeen, e.exitCode),
  'task-stop': projectTaskStop,
  'turn-end': projectTurnEnd,
};

/** Applies an event's facts (its advice is applyAdvice's); returns false when it had already been applied. */
export function applyEvent(db: Connection, e: TelemetryEvent): boolean {
  if (stmt(db, 'INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)').run(e.id, e.kind, e.at).changes === 0) return false;
  touchSession(db, e);
  (PROJECTIONS[e.kind] as Projection<TelemetryEvent['kind']>)(db, e);
  if (e.delivered) stmt(db, 'UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?').run(e.at, e.delivered);
  // A backfilled event ran no hook: it has no overhead to report.
  if (!e.backfilled)
    stmt(db, 'INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)').run(e.id, e.hook, e.at, e.wallMs);
  return true;
}

function projectSessionStart(db: Connection, e: EventOf<'session-start'>): void {
  stmt(db, 'UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?').run(n(e.source), e.session);
}

function projectSessionEnd(db: Connection, e: EventOf<'session-end'>): void {
  stmt(db, 'UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?').run(
    e.at,
    n(e.reason),
    e.session,
  );
}

function projectPrompt(db: Connection, e: EventOf<'prompt'>): void {
  stmt(db, 'INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.promptId ?? e.id,
    e.session,
    e.at,
    e.promptKind,
    e.intents.join(','),
    e.chars,
  );
  if (e.notification) {
    ensureTask(db, e.session, e.notification.taskId);
    stmt(
      db,
      `UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`,
    ).run({ at: e.at, exit: n(e.notification.exitCode), status: e.notification.status, session: e.session, id: e.notification.taskId });
  }
}

function projectBashPre(db: Connection, e: EventOf<'bash-pre'>): void {
  stmt(
    db,
    `INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
       estimate_s, estimate_source, timeout_ms, requested_background, threshold_ms, backfilled)
     VALUES (@toolUseId, @session, @promptId, @messageId, @project, @projectId, @at, @signature, @command, @verdict, @category, @estimateS,
       @estimateSource, @timeoutMs, @requested, @thresholdMs, @backfilled)
     ON CONFLICT (session_id, tool_use_id) DO UPDATE SET
       started_at = excluded.started_at,
       backfilled = bash_calls.backfilled AND excluded.backfilled,
       prompt_id = COALESCE(bash_calls.prompt_id, excluded.prompt_id),
       message_id = COALESCE(excluded.message_id, bash_calls.message_id),
       project = COALESCE(bash_calls.project, excluded.project),
       project_id = COALESCE(bash_calls.project_id, excluded.project_id),
       signature = excluded.signature, command = excluded.command, verdict = excluded.verdict, category = excluded.category,
       estimate_s = excluded.estimate_s, estimate_source = excluded.estimate_source,
       timeout_ms = COALESCE(bash_calls.timeout_ms, excluded.timeout_ms),
       threshold_ms = excluded.threshold_ms,
       duration_ms = COALESCE(bash_calls.duration_ms, bash_calls.ended_at - excluded.started_at),
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`,
  ).run(callParams(e));
}

function projectBashPost(db: Connection, e: EventOf<'bash-post'>): void {
  stmt(
    db,
    `INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
       estimate_s, estimate_source, timeout_ms, requested_background, background, background_reason, outcome, exit_code,
       duration_ms, duration_source, task_id, threshold_ms, backfilled)
     VALUES (@toolUseId, @session, @promptId, @messageId, @project, @projectId, @at, @signature, @command, @verdict, @category, @estimateS,
       @estimateSource, @timeoutMs, @requested, @background, @reason, @outcome, @exitCode, @durationMs, @durationSource, @taskId, @thresholdMs,
       @backfilled)
     ON CONFLICT (session_id, tool_use_id) DO UPDATE SET
       ended_at = excluded.ended_at,
       backfilled = bash_calls.backfilled AND excluded.backfilled,
       prompt_id = COALESCE(bash_calls.prompt_id, excluded.prompt_id),
       project = COALESCE(bash_calls.project, excluded.project),
       project_id = COALESCE(bash_calls.project_id, excluded.project_id),
       signature = COALESCE(bash_calls.signature, excluded.signature), command = COALESCE(bash_calls.command, excluded.command),
       verdict = COALESCE(bash_calls.verdict, excluded.verdict), category = COALESCE(bash_calls.category, excluded.category),
       estimate_s = COALESCE(bash_calls.estimate_s, excluded.estimate_s),
       estimate_source = COALESCE(bash_calls.estimate_source, excluded.estimate_source),
       timeout_ms = COALESCE(bash_calls.timeout_ms, excluded.timeout_ms),
       threshold_ms = COALESCE(bash_calls.threshold_ms, excluded.threshold_ms),
       requested_background = excluded.requested_background,
       background = excluded.background, background_reason = excluded.background_reason,
       outcome = excluded.outcome, exit_code = excluded.exit_code, task_id = excluded.task_id,
       duration_ms = COALESCE(excluded.duration_ms, excluded.ended_at - bash_calls.started_at),
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`,
  ).run({
    ...callParams(e),
    background: b(e.background),
    reason: n(e.backgroundReason),
    outcome: e.outcome,
    exitCode: n(e.exitCode),
    durationMs: n(e.durationMs),
    durationSource: e.durationMs === undefined ? null : n(e.durationSource),
    taskId: n(e.taskId),
  });
  if (e.taskId) {
    ensureTask(db, e.session, e.taskId);
    stmt(
      db,
      `UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`,
    ).run({
      toolUseId: e.toolUseId,
      at: e.at,
      signature: e.signature,
      command: e.command,
      category: e.category,
      session: e.session,
      id: e.taskId,
    });
  }
  if (e.readsTask) recordCheck(db, e.session, e.readsTask, e.toolUseId, e.at, 'Bash', false);
}

function projectTaskStop(db: Connection, e: EventOf<'task-stop'>): void {
  ensureTask(db, e.session, e.taskId);
  stmt(
    db,
    `UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`,
  ).run({ at: e.at, tool: e.tool, session: e.session, id: e.taskId });
}

function projectTurnEnd(db: Connection, e: EventOf<'turn-end'>): void {
  // Before 2.1.145, Stop lists no tasks: nothing is known of them.
  if (!e.running) return;
  for (const t of e.running) {
    ensureTask(db, e.session, t.id);
    stmt(
      db,
      'UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?',
    ).run(e.at, n(t.command), e.session, t.id);
  }
  // Claude Code 2.1 lists every task still running: the others of this session have ended.
  const placeholders = e.running.map(() => '?').join(',');
  db.prepare(
    `UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${e.running.length ? ` AND id NOT IN (${placeholders})` : ''}`,
  ).run(e.at, e.session, e.at, ...e.running.map((t) => t.id));
}

/** Records advice given by the event's hook, and the claims that keep it from repeating. */
export function applyAdvice(db: Connection, e: TelemetryEvent, advice: AdviceRecord | undefined, claims: readonly string[]): void {
  if (advice) {
    stmt(
      db,
      `INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      e.id,
      e.session,
      n(e.promptId),
      n(advice.toolUseId),
      e.at,
      e.hook,
      advice.kind,
      n(advice.signature),
      advice.text,
      advice.text.length,
      advice.deferred ? 1 : 0,
    );
  }
  for (const key of claims) stmt(db, 'INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)').run(e.session, key, e.at);
}

function callParams(e: Extract<TelemetryEvent, { kind: 'bash-pre' | 'bash-post' }>) {
  return {
    toolUseId: e.toolUseId,
    session: e.session,
    promptId: n(e.promptId),
    messageId: n(e.messageId),
    project: n(e.project),
    projectId: n(e.projectId),
    at: e.at,
    signature: e.signature,
    command: e.command,
    verdict: e.verdict,
    category: e.category,
    estimateS: e.estimateS,
    estimateSource: e.estimateSource,
    timeoutMs: n(e.timeoutMs),
    requested: b(e.requestedBackground),
    thresholdMs: e.thresholdMs,
    backfilled: e.backfilled ? 1 : 0,
  };
}

function touchSession(db: Connection, e: TelemetryEvent): void {
  stmt(
    db,
    `INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`,
  ).run({
    id: e.session,
    project: n(e.project),
    projectId: n(e.projectId),
    developer: n(e.developer),
    machine: n(e.machine),
    cwd: n(e.cwd),
    at: e.at,
    generation: n(e.generation),
  });
}

function ensureTask(db: Connection, session: string, id: string): void {
  stmt(db, 'INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)').run(session, id);
}

const FINAL = new Set(['completed', 'failed', 'killed']);

function recordCheck(
  db: Connection,
  session: string,
  taskId: string,
  toolUseId: string,
  at: number,
  tool: string,
  blocking: boolean,
  statusSeen?: string,
  exitCode?: number,
): void {
  ensureTask(db, session, taskId);
  stmt(
    db,
    'INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(toolUseId, session, taskId, at, tool, blocking ? 1 : 0, n(statusSeen));
  if (statusSeen && FINAL.has(statusSeen)) {
    stmt(
      db,
      `UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`,
    ).run({ status: statusSeen, at, exit: n(exitCode), session, id: taskId });
  }
}
