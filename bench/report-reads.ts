// Each SQL read of one report, timed in-process on a fresh connection, as the CLI runs them: the
// plan of src/report/read-plan.ts on a local database (one file, alone) or on the team store,
// in one read transaction. For profiling: which read takes the time, and how many rows it gives.
// Usage: npx tsx bench/report-reads.ts (--db FILE | --pg URL) [--days N (90)] [--timezone ZONE (UTC)]
//        [--by GROUPING (developer)] [--lead] [--per-query (a lead's groupings as three reports)] [--plan]
import Database from 'better-sqlite3';
import pg from 'pg';
import { queriesFor } from '../src/report/lead.js';
import type { ReportQuery } from '../src/report/model.js';
import { readPlan } from '../src/report/read-plan.js';
import { readContexts } from '../src/report/sqlite-source.js';
import { numberedParameters, REPORT_SETTINGS, teamContexts } from '../src/report/team-source.js';
import type { DB } from '../src/store/open.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const now = Date.now();
const q: ReportQuery = {
  since: now - Number(arg('--days', '90')) * 86_400_000,
  until: now,
  timezone: arg('--timezone', 'UTC') as string,
  by: arg('--by', 'developer') as ReportQuery['by'],
  ...(args.includes('--lead') && { lead: true, by: 'developer' as const }),
  project: null,
  session: null,
  now,
};
const onePass = !args.includes('--per-query');
type Rows = Record<string, unknown>[];
const line = (ms: number, rows: number, sql: string) =>
  console.log(`${ms.toFixed(1).padStart(8)} ms ${String(rows).padStart(7)} rows  ${sql.replace(/\s+/g, ' ').slice(0, 100)}`);

let total = 0;
const file = arg('--db');
const url = arg('--pg');
if (file) {
  const db = new Database(file, { readonly: true }) as unknown as DB;
  const plan = readPlan(readContexts(db, queriesFor(q), [], true).contexts, onePass);
  db.transaction(() => {
    for (const { sql, params } of plan.reads) {
      const start = performance.now();
      const rows = db.prepare(sql).all(params) as Rows;
      const ms = performance.now() - start;
      total += ms;
      line(ms, rows.length, sql);
      if (args.includes('--plan'))
        for (const r of db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]) console.log(`           ${r.detail}`);
    }
  })();
  db.close();
} else if (url) {
  // As the CLI's connection reads them (src/team/sync.ts): bigint and numeric as numbers.
  for (const oid of [pg.types.builtins.INT8, pg.types.builtins.NUMERIC]) pg.types.setTypeParser(oid, Number);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  for (const setting of REPORT_SETTINGS) await client.query(setting);
  for (const { sql, params } of readPlan(teamContexts(q), onePass).reads) {
    const { text, values } = numberedParameters(sql, params);
    const start = performance.now();
    const r = await client.query(text, values);
    const ms = performance.now() - start;
    total += ms;
    line(ms, r.rowCount ?? 0, sql);
    if (args.includes('--plan'))
      for (const p of (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows) console.log(`           ${p['QUERY PLAN']}`);
  }
  await client.query('COMMIT');
  await client.end();
} else {
  console.error(
    'usage: npx tsx bench/report-reads.ts (--db FILE | --pg URL) [--days N] [--timezone ZONE] [--by GROUPING] [--lead] [--per-query] [--plan]',
  );
  process.exit(2);
}
console.log(`${total.toFixed(0).padStart(8)} ms in all`);
