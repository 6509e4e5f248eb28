/** `bgtelemetry status`: background tasks of the sessions still running, now. */
import type { Command } from 'commander';
import { openCliStore } from '../../admin/cli-store.js';
import { holdsCall, nothingRecorded } from '../../admin/nothing-recorded.js';
import { liveTasks, type LiveTask } from '../../admin/status.js';
import { dataDirWarning } from '../../admin/data-dir-state.js';
import { makeColors, type Colors } from '../../console/colors.js';
import { oneLine, textTable, type TextColumn } from '../../console/table.js';
import { duration } from '../../report/format.js';
import { dbOption, jsonOption } from '../flags.js';
import { note, say, writeJson } from '../output.js';

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
Spooled events are replayed into the default database first, so the list is current. When the
data directory cannot be written (full disk, permissions, a broken link) or events still wait in
the fallback spool, a warning says so on stderr (exit code unchanged).
Before the first Bash call is recorded it says so in the words of \`report\` (exit 0; --json: []).

Examples:
  $ bgtelemetry status
  $ bgtelemetry status --json | jq '.[] | select(.state == "unchecked-running")'
  $ bgtelemetry status --db ~/backup/telemetry.db`,
    )
    .action(async (flags: StatusFlags) => {
      const store = await openCliStore(flags.db, 'read');
      // Said on stderr (stdout is the data): events the hooks could not record are not in this list.
      const unrecorded = flags.db ? null : dataDirWarning();
      if (unrecorded) note(unrecorded);
      try {
        const tasks = liveTasks(store.db);
        // Before the first Bash call there is nothing to list: said as `report` says it.
        const nothing = tasks.length === 0 && !holdsCall(store.db) ? nothingRecorded([store]) : null;
        if (flags.json) {
          if (nothing) note(nothing);
          return writeJson(tasks);
        }
        if (nothing) return say(nothing);
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

const age = (ms: number | null) => (ms === null ? '?' : duration(ms));
const lastChecked = (ms: number | null) => (ms === null ? 'never' : `${duration(ms)} ago`);

function render(tasks: LiveTask[], c: Colors): string {
  if (!tasks.length) return 'No background tasks in sessions that are still running.\n';
  const columns: TextColumn<LiveTask>[] = [
    { title: 'SESSION', get: (t) => t.session.slice(0, 8), left: true },
    { title: 'TASK', get: (t) => t.taskId, left: true },
    { title: 'STATE', get: (t) => t.state, left: true, paint: (s, t) => c[STATE_COLOR[t.state] ?? 'dim'](s) },
    { title: 'AGE', get: (t) => age(t.ageMs), left: true },
    { title: 'LAST CHECKED', get: (t) => lastChecked(t.sinceCheckMs), left: true },
    { title: 'COMMAND', get: (t) => oneLine(t.command ?? t.signature ?? '(unknown)', 80), left: true },
  ];
  return textTable(c, columns, tasks).join('\n') + '\n';
}
