/** `bgtelemetry sync` and `bgtelemetry team setup`: the team store (docs/team.md). */
import { type Command, Option } from 'commander';
import { openCliStore } from '../../admin/cli-store.js';
import { progress } from '../../admin/progress.js';
import { loadConfig } from '../../config/load.js';
import { databasePath } from '../../runtime/paths.js';
import { runAsBackgroundSync } from '../../store/background-sync.js';
import { CliError, EXIT } from '../../console/errors.js';
import { migrateTeamStore } from '../../team/pg-schema.js';
import { roleStatements } from '../../team/roles.js';
import { syncToTeam, type SyncResult } from '../../team/sync.js';
import { maskUrl } from '../../team/team-url.js';
import { dbOption, jsonOption } from '../flags.js';
import { say, writeJson } from '../output.js';
import { resolveUrl, withTeamStore } from '../team-store.js';

interface SyncFlags {
  db?: string;
  json?: boolean;
  url?: string;
  batch: number;
  background?: boolean;
}

/** A push that failed lost nothing (sync.ts): the next one sends it again. */
const SYNC_HINT = 'nothing was lost: rerun sync later';

const URL_HELP = 'team store URL (default: BGTELEMETRY_TEAM_URL, then config team.url); the password from PGPASSWORD or ~/.pgpass';

export function registerSync(program: Command): void {
  const cmd = program.command('sync').description('push this machine\u2019s recorded events to the team store (PostgreSQL), exactly once');
  dbOption(cmd);
  jsonOption(cmd);
  cmd
    .option('--url <url>', URL_HELP)
    .option('--batch <n>', 'rows per transaction', positiveInt, 1000)
    // What a lifecycle hook starts, detached (store/background-sync.ts): silent, its outcome in a state file.
    .addOption(new Option('--background').hideHelp())
    .addHelpText(
      'after',
      `
Sends the rows recorded since the last sync (commands already have their secrets removed; as
signatures only when the team store asks for it), in batches of one transaction each. Safe to
interrupt or rerun: a batch the server did not commit is sent again and stored once.
Exit 1 when the server cannot be reached or has no bgtelemetry schema (the lead runs
\`bgtelemetry team setup\`). The URL is shown with its password masked.

Examples:
  $ BGTELEMETRY_TEAM_URL=postgresql://alice@db.example.com/telemetry?sslmode=require bgtelemetry sync
  $ bgtelemetry config set team.url postgresql://alice@db.example.com/telemetry && bgtelemetry sync
  $ bgtelemetry sync --json | jq '.tables.bash_calls'`,
    )
    .action(async (flags: SyncFlags) => {
      if (flags.background) return backgroundSync(flags);
      const url = await resolveUrl(flags.url);
      const store = await openCliStore(flags.db, 'write');
      const shown = progress('syncing');
      try {
        const result = await withTeamStore(url, SYNC_HINT, (client) =>
          syncToTeam(store.db, client, url, { batchSize: flags.batch, onProgress: shown.update }),
        );
        shown.done();
        if (flags.json) return writeJson(result);
        for (const line of summary(result)) say(line);
      } finally {
        shown.done();
        store.db.close();
      }
    });

  const team = program.command('team').description('set up the team store (for the lead; docs/team.md)');
  team
    .command('setup')
    .description('create or upgrade the team store\u2019s schema, and its roles bgt_writer (developers) and bgt_reader (the lead)')
    .option('--url <url>', URL_HELP)
    .option('--no-roles', 'only the schema: roles are managed elsewhere')
    .addHelpText(
      'after',
      `
Run it as the database's owner. Then, per developer: CREATE ROLE alice LOGIN PASSWORD '…';
GRANT bgt_writer TO alice; and for the lead: GRANT bgt_reader TO lead (docs/team.md).

Examples:
  $ PGPASSWORD=… bgtelemetry team setup --url postgresql://owner@db.example.com/telemetry`,
    )
    .action(async (flags: { url?: string; roles: boolean }) => {
      const url = await resolveUrl(flags.url);
      const applied = await withTeamStore(url, SYNC_HINT, async (client) => {
        const versions = await migrateTeamStore(client);
        if (flags.roles) for (const s of roleStatements()) await client.query(s);
        return versions;
      });
      say(applied.length ? `${maskUrl(url)}: schema migrated to version ${applied.at(-1)}` : `${maskUrl(url)}: schema up to date`);
      if (flags.roles) say('roles bgt_writer and bgt_reader granted');
    });
}

/** No output (nobody reads it): the outcome, rows or masked error, goes to the state file doctor reads. */
async function backgroundSync(flags: SyncFlags): Promise<void> {
  const database =
    flags.db ?? databasePath(process.env, (await loadConfig(process.env.CLAUDE_PROJECT_DIR || process.cwd())).config.database);
  const state = await runAsBackgroundSync(database, async () => {
    const url = await resolveUrl(flags.url);
    const store = await openCliStore(database, 'write');
    try {
      const result = await withTeamStore(url, SYNC_HINT, (client) => syncToTeam(store.db, client, url, { batchSize: flags.batch }));
      return Object.values(result.tables).reduce((n, c) => n + c.inserted + c.updated + c.present, 0);
    } finally {
      store.db.close();
    }
  });
  if (!state.ok) process.exitCode = EXIT.problem;
}

function summary(r: SyncResult): string[] {
  const lines = [`${r.target}: ${r.batches} batch${r.batches === 1 ? '' : 'es'}${r.fullPush ? ' (every local row, first push)' : ''}`];
  for (const [table, c] of Object.entries(r.tables)) {
    if (c.inserted + c.updated + c.present > 0)
      lines.push(`  ${table}: ${c.inserted} new, ${c.updated} updated, ${c.present} already there`);
  }
  if (r.batches === 0) lines.push('  nothing new to push');
  return lines;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--batch: expected a positive integer, got "${value}"`, undefined, EXIT.usage);
  return n;
}
