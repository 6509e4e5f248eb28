/**
 * A report's reads from the team store (PostgreSQL): the same reads as from a local database
 * (read-plan.ts), with the PostgreSQL dialect, in one read-only snapshot. Sync stores each event
 * once, keyed by its identity, so nothing is left out as held by an earlier database, and the
 * rollups (team migrations 4 and 6) stand for the rows of whole hours and advice_facts (migration 5)
 * for the judged advice, as they do in a local database.
 */
import type pg from 'pg';
import { checkTeamSchema } from '../team/sync.js';
import { DIALECTS } from './dialect.js';
import type { DatabaseFacts } from './metrics.js';
import { EVERY_ROW, type ReadContext } from './read-context.js';
import { queriesFor } from './lead.js';
import type { ReportQuery } from './model.js';
import { readPlan } from './read-plan.js';

type Rows = Record<string, unknown>[];

/** SQLite's named parameters (`@since`) as PostgreSQL's numbered ones, each name one number. */
export function numberedParameters(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const names: string[] = [];
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    const known = names.indexOf(name);
    return `$${known >= 0 ? known + 1 : names.push(name)}`;
  });
  return { text, values: names.map((n) => params[n]) };
}

export interface TeamFacts {
  /** Per query of queriesFor(q), the store's facts (one source). */
  facts: DatabaseFacts[][];
  /** Whether the store holds a Bash call at all, in any range (what "nothing recorded" says). */
  holdsCall: boolean;
}

/** `onePass`: as readPlan's. */
export async function readTeamStore(client: pg.Client, q: ReportQuery, onePass = true): Promise<TeamFacts> {
  await checkTeamSchema(client);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    for (const setting of REPORT_SETTINGS) await client.query(setting);
    const plan = readPlan(teamContexts(q), onePass);
    const rows: Rows[] = [];
    for (const { sql, params } of plan.reads) {
      const { text, values } = numberedParameters(sql, params);
      rows.push((await client.query(text, values)).rows);
    }
    const facts = plan.facts(rows).map((f): DatabaseFacts[] => [f]);
    const holdsCall = (await client.query('SELECT 1 FROM bash_calls LIMIT 1')).rowCount === 1;
    await client.query('COMMIT');
    return { facts, holdsCall };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The report transaction's settings, after BEGIN. */
export const REPORT_SETTINGS = [
  // The reads are short: compiling them (PostgreSQL's JIT, on above a cost) took longer than running them.
  'SET LOCAL jit = off',
  // A lead's reads group by session, project and day (lead-pass.ts), 171,000 groups by the planner's
  // estimate over 90 days of the bench: with the default 4 MB it sorted them on disk instead of hashing.
  "SET LOCAL work_mem = '64MB'",
];

/** The reads' contexts on the team store (also bench/report-reads.ts). */
export function teamContexts(q: ReportQuery): ReadContext[] {
  return queriesFor(q).map((query) => ({
    q: query,
    pick: EVERY_ROW,
    legacy: false,
    dialect: DIALECTS.postgres,
    coveringHookIndex: false,
    rollups: true,
    callRollups: true,
    taskFacts: true,
    adviceFacts: true,
  }));
}
