/**
 * Options shared by commands, defined once: the database(s) to read, time ranges, output form.
 * Commands stay thin: parse with these, query the store, print.
 */
import { Option, type Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { databasePath } from '../runtime/paths.js';
import { CliError, EXIT } from './errors.js';

/** `--db PATH`, repeatable; default: the configured database. */
export function dbOption(cmd: Command, repeatable = false): Command {
  return repeatable
    ? cmd.option('--db <path>', 'database file to read (repeat to merge several people\u2019s databases)', (v: string, acc: string[] = []) => [...acc, v])
    : cmd.option('--db <path>', 'database file (default: BGTELEMETRY_DB, the configured one, or ~/.claude/bgtelemetry/telemetry.db)');
}

export function jsonOption(cmd: Command): Command {
  return cmd.addOption(new Option('--json', 'print JSON (stable, documented in docs/telemetry.md)'));
}

/** The database paths a command should use. */
export async function resolveDatabases(given: string | string[] | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  if (Array.isArray(given) && given.length) return given;
  if (typeof given === 'string' && given) return [given];
  const { config } = await loadConfig(env.CLAUDE_PROJECT_DIR || process.cwd(), env);
  return [databasePath(env, config.database)];
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * A point in time from `7d`, `24h`, `30m`, `2w` (that long before `now`), an ISO date
 * (`2026-11-01`, midnight in the given time zone offset) or an ISO date-time.
 */
export function parseTime(value: string, flag: string, now = Date.now()): number {
  const rel = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(value.trim());
  if (rel) return now - Number(rel[1]) * UNITS[rel[2]];
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  if (Number.isNaN(t)) throw new CliError(`${flag}: "${value}" is not a date or a duration`, 'use a date like 2026-11-01, or a duration like 7d, 24h, 30m', EXIT.usage);
  return t;
}
