/** Reads the hooks need from the store. Each takes an open database and touches a few rows. */
import type { Category, HistoryEntry, Verdict } from '../analysis/types.js';
import type { CallFacts } from './events.js';
import { stmt } from './apply.js';
import type { Connection } from './connection.js';

/** Last timings considered for a signature's estimate. */
const HISTORY_SAMPLES = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Measured durations in this project, by signature: foreground calls that ended (timed-out ones
 * count as the time they blocked), and background tasks that finished by themselves.
 */
export function historyFor(db: Connection, project: string, signatures: readonly string[]): Map<string, HistoryEntry> {
  const out = new Map<string, HistoryEntry>();
  for (const signature of new Set(signatures)) {
    const calls = stmt(
      db,
      `SELECT duration_ms AS ms, outcome FROM bash_calls
       WHERE project = ? AND signature = ? AND background = 0 AND duration_ms IS NOT NULL AND outcome IS NOT NULL
       ORDER BY ended_at DESC LIMIT ${HISTORY_SAMPLES}`,
    ).all(project, signature) as { ms: number; outcome: string }[];
    const tasks = stmt(
      db,
      `SELECT t.finished_at - t.started_at AS ms FROM tasks t JOIN sessions s ON s.id = t.session_id
       WHERE s.project = ? AND t.signature = ? AND t.status IN ('completed', 'failed') AND t.finished_at IS NOT NULL AND t.started_at IS NOT NULL
       ORDER BY t.finished_at DESC LIMIT ${HISTORY_SAMPLES}`,
    ).all(project, signature) as { ms: number }[];
    const samples = [...calls.map((c) => c.ms), ...tasks.map((t) => t.ms)];
    if (!samples.length) continue;
    const completes = tasks.length > 0 || calls.some((c) => c.outcome === 'ok' || c.outcome === 'failed');
    out.set(signature, { seconds: Math.round(median(samples) / 100) / 10, samples: samples.length, completes });
  }
  return out;
}

export interface RunningTask {
  id: string;
  signature: string | null;
  category: Category | null;
  startedAt: number | null;
}

/** Background tasks of the session with no sign of having ended. */
export function runningTasks(db: Connection, session: string): RunningTask[] {
  return stmt(
    db,
    `SELECT id, signature, category, started_at AS startedAt FROM tasks
     WHERE session_id = ? AND status = 'running' AND stopped_at IS NULL AND finished_at IS NULL ORDER BY started_at`,
  ).all(session) as RunningTask[];
}

export interface FinishedCall {
  finishedAt: number;
  signature: string;
  slow: boolean;
  promptId?: string;
}

/** The Bash call of the session that ended last, for the same-message timing rule. */
export function lastFinishedCall(db: Connection, session: string): FinishedCall | null {
  const row = stmt(
    db,
    `SELECT ended_at AS finishedAt, signature, verdict, background, prompt_id AS promptId FROM bash_calls
     WHERE session_id = ? AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT 1`,
  ).get(session) as
    | { finishedAt: number; signature: string | null; verdict: Verdict | null; background: number | null; promptId: string | null }
    | undefined;
  if (!row) return null;
  return {
    finishedAt: row.finishedAt,
    signature: row.signature ?? '',
    slow: !row.background && (row.verdict === 'suggest-background' || row.verdict === 'must-background'),
    promptId: row.promptId ?? undefined,
  };
}

/** What PreToolUse recorded about a call, when it did: PostToolUse need not analyse again. */
export function recordedCall(
  db: Connection,
  session: string,
  toolUseId: string,
): Omit<CallFacts, 'requestedBackground' | 'timeoutMs'> | null {
  const row = stmt(
    db,
    `SELECT signature, command, verdict, category, estimate_s AS estimateS, estimate_source AS estimateSource, threshold_ms AS thresholdMs
     FROM bash_calls WHERE session_id = ? AND tool_use_id = ? AND started_at IS NOT NULL AND verdict IS NOT NULL`,
  ).get(session, toolUseId) as Omit<CallFacts, 'toolUseId' | 'requestedBackground' | 'timeoutMs'> | undefined;
  return row ? { toolUseId, ...row } : null;
}

/** Advice PreToolUse held back for this call (Claude Code 2.0.x), not yet delivered. */
export function deferredAdvice(db: Connection, session: string, toolUseId: string): { eventId: string; text: string } | null {
  return (
    (stmt(
      db,
      'SELECT event_id AS eventId, text FROM advice WHERE session_id = ? AND tool_use_id = ? AND deferred = 1 AND delivered_at IS NULL LIMIT 1',
    ).get(session, toolUseId) as { eventId: string; text: string } | undefined) ?? null
  );
}

export interface SessionBashStats {
  calls: number;
  slow: number;
  slowBackground: number;
  /** Time spent waiting on slow commands in the foreground. */
  blockedMs: number;
}

/** A call is slow when the analysis said so or it measurably took the threshold or longer. */
export function sessionBashStats(db: Connection, session: string, thresholdMs: number): SessionBashStats {
  return stmt(
    db,
    `SELECT COUNT(*) AS calls,
       COALESCE(SUM(slow), 0) AS slow,
       COALESCE(SUM(slow AND background = 1), 0) AS slowBackground,
       COALESCE(SUM(CASE WHEN slow AND COALESCE(background, 0) = 0 THEN COALESCE(duration_ms, 0) END), 0) AS blockedMs
     FROM (SELECT background, duration_ms,
             (verdict IN ('suggest-background', 'must-background') OR COALESCE(duration_ms, 0) >= ?) AS slow
           FROM bash_calls WHERE session_id = ?)`,
  ).get(thresholdMs, session) as SessionBashStats;
}

export interface UncheckedTask {
  id: string;
  signature: string | null;
  startedAt: number | null;
  /** User prompts since the task started. */
  turns: number;
}

/** Tasks whose output nobody read and nobody stopped. */
export function uncheckedTasks(db: Connection, session: string): UncheckedTask[] {
  return stmt(
    db,
    `SELECT t.id, t.signature, t.started_at AS startedAt,
       (SELECT COUNT(*) FROM prompts p WHERE p.session_id = t.session_id AND p.kind = 'user' AND p.at > COALESCE(t.started_at, 0)) AS turns
     FROM tasks t
     WHERE t.session_id = ? AND t.stopped_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id)
     ORDER BY t.started_at`,
  ).all(session) as UncheckedTask[];
}

export interface TaskTimes {
  startedAt: number | null;
  signature: string | null;
  status: string;
  finishedAt: number | null;
  notifiedAt: number | null;
  /** Check times, oldest first. */
  checks: number[];
}

export function taskTimes(db: Connection, session: string, id: string): TaskTimes | null {
  const task = stmt(
    db,
    'SELECT started_at AS startedAt, signature, status, finished_at AS finishedAt, notified_at AS notifiedAt FROM tasks WHERE session_id = ? AND id = ?',
  ).get(session, id) as Omit<TaskTimes, 'checks'> | undefined;
  if (!task) return null;
  const checks = (
    stmt(db, 'SELECT at FROM task_checks WHERE session_id = ? AND task_id = ? ORDER BY at').all(session, id) as { at: number }[]
  ).map((c) => c.at);
  return { ...task, checks };
}
