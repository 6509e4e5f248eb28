/**
 * A report's reads from the team store (PostgreSQL): the same reads as from a local database
 * (metrics.ts), with the PostgreSQL dialect, in one read-only snapshot. Sync stores each event
 * once, keyed by its identity, so nothing is left out as held by an earlier database, and the
 * rollups (team migrations 4 and 6) stand for the rows of whole hours and advice_facts (migration 5)
 * for the judged advice, as they do in a local database.
 */
import type pg from 'pg';
import { checkTeamSchema } from '../team/sync.js';
import { DIALECTS } from './dialect.js';
import { type DatabaseFacts, factReads, gather } from './metrics.js';
import { EVERY_ROW, type ReadContext } from './read-context.js';
import { queriesFor } from './lead.js';
import type { ReportQuery } from './model.js';
import { queryParams } from './sql.js';

type Rows = Record<string, unknown>[];

/** SQLite's named parameters (`@since`) as PostgreSQL's numbered ones, each name one number. */
function numberedParameters(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
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

export async function readTeamStore(client: pg.Client, q: ReportQuery): Promise<TeamFacts> {
  await checkTeamSchema(client);
  const contexts: ReadContext[] = queriesFor(q).map((query) => ({
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
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    // The reads are short: compiling them (PostgreSQL's JIT, on above a cost) took longer than running them.
    await client.query('SET LOCAL jit = off');
    const facts: DatabaseFacts[][] = [];
    for (const ctx of contexts) {
      const params = queryParams(ctx.q);
      const results = new Map<string, Rows>();
      for (const { sql } of Object.values(factReads(ctx))) {
        const { text, values } = numberedParameters(sql, params);
        results.set(sql, (await client.query(text, values)).rows);
      }
      facts.push([gather(ctx, (sql) => results.get(sql) ?? [])]);
    }
    const holdsCall = (await client.query('SELECT 1 FROM bash_calls LIMIT 1')).rowCount === 1;
    await client.query('COMMIT');
    return { facts, holdsCall };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
