/** `bgtelemetry status`: background tasks of the sessions still running, now. */
import type { Command } from 'commander';
import { formatSeconds } from '../../analysis/format.js';
import { NoDatabaseError, openCliStore } from '../../ops/cli-store.js';
import { liveTasks, type LiveTask } from '../../ops/status.js';
import { dbOption, jsonOption } from '../flags.js';
import { makeColors, oneLine, writeJson, type Colors } from '../output.js';

interface StatusFlags {
  db?: string;
  json?: boolean;
}

export function registerStatus(program: Command): void {
  const cmd = program.command('status').description('list the background tasks of Claude Code sessions that have not ended');
  dbOption(cmd);
  jsonOption(cmd);
  cmd
    .addHelpText(
      'after',
      `
Columns: session, task id, state, age (since it started), last checked (since the model last
read its output, or "never"), command (as stored: secrets removed).
States (docs/telemetry.md): stopped, checked, unchecked-finished, orphaned, unchecked-running.
Spooled events are replayed into the default database first, so the list is current.

Examples:
  $ bgtelemetry status
  $ bgtelemetry status --json | jq '.[] | select(.state == "unchecked-running")'
  $ bgtelemetry status --db ~/backup/telemetry.db`,
    )
    .action(async (flags: StatusFlags) => {
      const store = await openCliStore(flags.db, 'read').catch((error: unknown) => {
        // Before the first hook run there is simply nothing to list.
        if (error instanceof NoDatabaseError && !flags.db) return null;
        throw error;
      });
      if (!store) return flags.json ? writeJson([]) : void process.stdout.write('No telemetry recorded yet.\n');
      try {
        const tasks = liveTasks(store.db);
        if (flags.json) return writeJson(tasks);
        process.stdout.write(render(tasks, makeColors()));
      } finally {
        store.db.close();
      }
    });
}

const STATE_COLOR: Record<string, 'green' | 'yellow' | 'red' | 'dim'> = {
  checked: 'green',
  stopped: 'dim',
  'unchecked-running': 'yellow',
  'unchecked-finished': 'red',
  orphaned: 'red',
};

const age = (ms: number | null) => (ms === null ? '?' : formatSeconds(ms / 1000));
const lastChecked = (ms: number | null) => (ms === null ? 'never' : `${formatSeconds(ms / 1000)} ago`);

function render(tasks: LiveTask[], c: Colors): string {
  if (!tasks.length) return 'No background tasks in sessions that are still running.\n';
  const head = ['SESSION', 'TASK', 'STATE', 'AGE', 'LAST CHECKED', 'COMMAND'];
  const rows = tasks.map((t) => [t.session.slice(0, 8), t.taskId, t.state, age(t.ageMs), lastChecked(t.sinceCheckMs), oneLine(t.command ?? t.signature ?? '(unknown)', 80)]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[], paint?: (k: number, s: string) => string) =>
    cells.map((cell, k) => (k === cells.length - 1 ? cell : cell.padEnd(widths[k]))).map((s, k) => (paint ? paint(k, s) : s)).join('  ').trimEnd();
  const out = [c.bold(line(head))];
  rows.forEach((r) => out.push(line(r, (k, s) => (k === 2 ? c[STATE_COLOR[r[2]] ?? 'dim'](s) : s))));
  return out.join('\n') + '\n';
}
