/**
 * Options shared by commands, defined once: the database(s) to read, output form.
 * Commands stay thin: parse with these, query the store, print.
 */
import { Option, type Command } from 'commander';

/** `--db PATH`, repeatable; default: the configured database. */
export function dbOption(cmd: Command, repeatable = false): Command {
  return repeatable
    ? cmd.option(
        '--db <path>',
        'database file to read (repeat to merge several people\u2019s databases), or the team store\u2019s postgres:// URL (alone)',
        (v: string, acc: string[] = []) => [...acc, v],
      )
    : cmd.option('--db <path>', 'database file (default: BGTELEMETRY_DB, the configured one, or ~/.claude/bgtelemetry/telemetry.db)');
}

export function jsonOption(cmd: Command): Command {
  return cmd.addOption(new Option('--json', 'print JSON (stable, documented in docs/telemetry.md)'));
}
