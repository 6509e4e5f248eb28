/**
 * The report's reads of Bash calls: counted in SQL by class (group, signature, slow, background,
 * timed out), from raw rows, or, for the whole hours of a range read from one source, from the
 * smallest rollup that holds what the query asks (store/rollups.ts, store/call-rollups.ts):
 *
 * - a filter (--project, --session): call_hours, as it holds the session, project and signature;
 * - grouped by day, week, phase or signature: call_signature_hours alone;
 * - grouped by session, project, developer or machine: the sums from call_session_hours, the slow
 *   signatures (the report's top list, whatever the grouping) from call_signature_hours.
 */
import {
  CALL,
  CALL_HOUR,
  CALL_SESSION_HOUR,
  CALL_SIGNATURE_HOUR,
  type Entity,
  filterSql,
  groupsBySession,
  keySql,
  label,
  NO_KEY,
  sessionKey,
} from './sql.js';
import { inHours, inIntervals, planRollup } from './rollup-plan.js';
import type { ReportQuery } from './model.js';
import type { ReadContext } from './read-context.js';
import { addSlow, addSums, type CallSums, type SlowSignatures } from './sums.js';

type Rows = Record<string, unknown>[];

/** Comparisons as 0/1 in both dialects (PostgreSQL would return booleans). */
export const flag = (condition: string) => `(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/**
 * A slow call, exactly as the store's `sessionBashStats` counts it, but with each call's own
 * threshold: the analysis said so, or it measurably took the threshold in force or longer.
 */
const SLOW_CALL_SQL = flag(`verdict IN ('suggest-background', 'must-background') OR COALESCE(duration_ms, 0) >= threshold_ms`);

/** Ran into its timeout in the foreground: failed with a timeout, or moved to the background by it. */
const TIMED_OUT_SQL = flag(`outcome = 'timed-out' OR background_reason = 'timeout'`);

/** The range's instants, or (read with rollups) the part of it the rollups do not cover. */
export const rawTime = (ctx: Pick<ReadContext, 'q' | 'rollups'>) => {
  const raw = ctx.rollups ? planRollup(ctx.q).raw : null;
  return (column: string) => (raw ? inIntervals(column, raw) : `${column} >= @since AND ${column} < @until`);
};

/** Calls in the range (aliased `c`); two branches so that both use the index on started_at. */
export const callsInRange = (ctx: ReadContext) => {
  const { pick, legacy } = ctx;
  const inRange = rawTime(ctx);
  const columns = `session_id, project, project_id, signature, background, duration_ms, ${SLOW_CALL_SQL} AS slow, ${TIMED_OUT_SQL} AS "timedOut", ${legacy ? '0 AS backfilled' : 'backfilled'}`;
  return `(
  SELECT ${columns}, started_at AS t
    FROM bash_calls WHERE ${inRange('started_at')} AND ${pick('bash_calls', 'bash_calls')}
  UNION ALL
  SELECT ${columns}, ended_at AS t
    FROM bash_calls WHERE started_at IS NULL AND ${inRange('ended_at')} AND ${pick('bash_calls', 'bash_calls')}
) c`;
};

/** A rollup (aliased `c`) and its columns as the grouping and filters see them. */
interface Rolled {
  table: string;
  entity: Entity;
}

const ROLLED = {
  calls: { table: 'call_hours', entity: CALL_HOUR },
  sessions: { table: 'call_session_hours', entity: CALL_SESSION_HOUR },
  signatures: { table: 'call_signature_hours', entity: CALL_SIGNATURE_HOUR },
} as const satisfies Record<string, Rolled>;

/** What one read counts by: the grouping's key, the signature, or both; and the rollup for whole hours, if any. */
interface ClassRead {
  key: boolean;
  signature: boolean;
  rolled: Rolled | null;
}

/** The calls by class (key, signature, slow, background, timedOut → n, ms), raw rows and rollup summed. */
function classSql(ctx: ReadContext, read: ClassRead): string {
  const { q } = ctx;
  const bySession = read.key && groupsBySession(q);
  const keyOf = (e: Entity) => (!read.key ? 'NULL' : bySession ? e.session : keySql(q, e));
  const signatureOf = (e: Entity) => (read.signature ? e.signature : 'NULL');
  const parts = [
    `SELECT ${keyOf(CALL)} AS key, ${signatureOf(CALL)} AS signature, c.slow AS slow, c.background AS background, c."timedOut" AS "timedOut",
     COUNT(*) AS n, COALESCE(SUM(c.duration_ms), 0) AS ms
   FROM ${callsInRange(ctx)}
   WHERE TRUE${filterSql(q, CALL)}
   GROUP BY 1, 2, 3, 4, 5`,
  ];
  const { rolled } = read;
  // The whole hours from the rollup, classed as the raw read classes each call.
  if (rolled)
    parts.push(`SELECT ${keyOf(rolled.entity)} AS key, ${signatureOf(rolled.entity)} AS signature, c.slow AS slow, c.background AS background, c.timed_out AS "timedOut",
     SUM(c.n) AS n, SUM(c.ms) AS ms
   FROM ${rolled.table} c
   WHERE ${inHours('c.hour', planRollup(q).hours)}${filterSql(q, rolled.entity)}
   GROUP BY 1, 2, 3, 4, 5`);
  if (parts.length === 1 && !bySession) return parts[0] as string;
  const key = bySession ? sessionKey(q, 'u.key') : 'u.key';
  return `SELECT ${key} AS key, u.signature AS signature, u.slow AS slow, u.background AS background, u."timedOut" AS "timedOut", SUM(u.n) AS n, SUM(u.ms) AS ms
   FROM (${parts.join('\n   UNION ALL ')}) u GROUP BY 1, 2, 3, 4, 5`;
}

interface CallClass {
  key: unknown;
  signature: string | null;
  slow: number;
  background: number | null;
  timedOut: number;
  n: number;
  ms: number;
}

/** Each group's sums (`sums`) and the foreground slow calls by signature (`slow`), from rows of classSql. */
function callFacts(
  q: ReportQuery,
  rows: Rows,
  wanted: { sums: boolean; slow: boolean },
): { calls?: Map<string, CallSums>; slow?: SlowSignatures } {
  const sums = new Map<string, CallSums>();
  const slow: SlowSignatures = new Map();
  for (const r of rows as unknown as CallClass[]) {
    // A call not known to have run in the background blocked (as sessionBashStats counts it).
    const blocking = r.slow === 1 && r.background !== 1;
    if (wanted.slow && blocking) addSlow(slow, r.signature ?? NO_KEY, { calls: r.n, blockedMs: r.ms });
    if (!wanted.sums) continue;
    const row: CallSums = {
      bashCalls: r.n,
      backgroundCalls: r.background === 1 ? r.n : 0,
      slowCalls: r.slow === 1 ? r.n : 0,
      slowBackgroundCalls: r.slow === 1 && r.background === 1 ? r.n : 0,
      foregroundSlowMs: blocking ? r.ms : 0,
      timedOutCalls: r.timedOut === 1 ? r.n : 0,
    };
    const key = label(q.by, r.key);
    const into = sums.get(key);
    if (into) addSums(into, row);
    else sums.set(key, row);
  }
  return { ...(wanted.sums && { calls: sums }), ...(wanted.slow && { slow }) };
}

const filtered = (q: ReportQuery) => q.project !== null || q.projectId !== undefined || q.session !== null;

/** The foreground slow calls by signature alone, from the narrowest rollup that holds the filters' columns. */
export function slowRead(ctx: ReadContext) {
  const rolled = !ctx.rollups ? null : ctx.callRollups && !filtered(ctx.q) ? ROLLED.signatures : ROLLED.calls;
  return {
    sql: classSql(ctx, { key: false, signature: true, rolled }),
    facts: (rows: Rows) => callFacts(ctx.q, rows, { sums: false, slow: true }),
  };
}

/**
 * The calls reads of a query: `calls` (each group's sums, and the slow signatures when its rows
 * carry them) and, where the sums come from a rollup without signatures, `slow`.
 */
export function callReads(ctx: ReadContext) {
  const { q } = ctx;
  const one = (rolled: Rolled | null) => ({
    calls: {
      sql: classSql(ctx, { key: true, signature: true, rolled }),
      facts: (rows: Rows) => callFacts(q, rows, { sums: true, slow: true }),
    },
  });
  if (!ctx.rollups) return one(null);
  if (!ctx.callRollups || filtered(q)) return one(ROLLED.calls);
  if (q.by === 'day' || q.by === 'week' || q.by === 'phase' || q.by === 'signature') return one(ROLLED.signatures);
  return {
    calls: {
      sql: classSql(ctx, { key: true, signature: false, rolled: ROLLED.sessions }),
      facts: (rows: Rows) => callFacts(q, rows, { sums: true, slow: false }),
    },
    slow: slowRead(ctx),
  };
}

/** The rollup the lead's activity (per project, session and local day) reads whole hours from. */
export const activityRollup = (ctx: ReadContext): Rolled => (ctx.callRollups ? ROLLED.sessions : ROLLED.calls);
