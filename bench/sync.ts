// Team sync throughput: a large synthetic database (bench/report.mjs) pushed by a whole
// `node dist/cli.mjs sync` process to a local PostgreSQL (BGT_TEST_PG_URL, else a throwaway
// cluster as the tests start one), then pushed again with nothing new. Prints events per second
// (events: hook events recorded, one hook_runs row each; the generator writes rows directly, with
// no applied_events) and rows per second (every table).
// Usage: npx tsx bench/sync.ts [--calls N (default 100000)] [--db FILE (reused if it exists)] [--batch N] [--json]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startPgServer } from '../tests/support/pg-server.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const CALLS = arg('--calls', '100000') as string;
const BATCH = arg('--batch', '1000') as string;
const asJson = args.includes('--json');
const dir = mkdtempSync(join(tmpdir(), 'bgt-bench-sync-'));
const source = arg('--db') ?? join(dir, 'generated.db');

function cli(argv: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.mjs'), ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`bgtelemetry ${argv[0]} exited ${r.status}: ${r.stderr}`);
  return { ms: performance.now() - start, stdout: r.stdout };
}

const server = await startPgServer();
try {
  if (!existsSync(source)) {
    const gen = spawnSync(process.execPath, [join(root, 'bench/report.mjs'), '--calls', CALLS, '--runs', '0', '--db', source], {
      stdio: 'ignore',
    });
    if (gen.status !== 0) throw new Error('bench/report.mjs failed');
  }
  // A copy: the first sync adds the outbox and its triggers to the file it pushes.
  const file = join(dir, 'telemetry.db');
  copyFileSync(source, file);
  const local = new Database(file, { readonly: true });
  const events = local.prepare('SELECT count(*) FROM hook_runs').pluck().get() as number;
  const calls = local.prepare('SELECT count(*) FROM bash_calls').pluck().get() as number;
  local.close();
  const url = await server.freshDatabase();
  cli(['team', 'setup', '--url', url]);
  const first = cli(['sync', '--url', url, '--db', file, '--batch', BATCH, '--json']);
  const pushed = JSON.parse(first.stdout) as { batches: number; tables: Record<string, { inserted: number }> };
  const rows = Object.values(pushed.tables).reduce((a, t) => a + t.inserted, 0);
  const second = cli(['sync', '--url', url, '--db', file, '--json']);
  const result = {
    calls,
    events,
    rows,
    batches: pushed.batches,
    firstSyncMs: Math.round(first.ms),
    eventsPerSecond: Math.round(events / (first.ms / 1000)),
    rowsPerSecond: Math.round(rows / (first.ms / 1000)),
    nothingNewMs: Math.round(second.ms),
  };
  if (asJson) console.log(JSON.stringify(result, null, 2));
  else
    console.log(
      `first sync: ${calls.toLocaleString('en-US')} calls, ${events.toLocaleString('en-US')} events, ${rows.toLocaleString('en-US')} rows in ${result.batches} batches: ` +
        `${(first.ms / 1000).toFixed(1)} s, ${result.eventsPerSecond.toLocaleString('en-US')} events/s (${result.rowsPerSecond.toLocaleString('en-US')} rows/s)\n` +
        `next sync, nothing new: ${result.nothingNewMs} ms (whole process)`,
    );
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
