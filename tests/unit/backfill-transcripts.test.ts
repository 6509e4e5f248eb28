/**
 * Backfill over every real transcript of ../shared/claude-code/transcripts: each file alone into
 * a fresh database, against the counts its README table gives (worked out independently of this
 * code). Skipped, with a message, where ../shared is absent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backfillFile } from '../../src/admin/backfill/backfill.js';
import { openDatabase, type DB } from '../../src/store/open.js';

const SHARED = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'claude-code', 'transcripts');
const present = fs.existsSync(path.join(SHARED, 'README.md'));
if (!present) console.warn(`backfill-transcripts: ${SHARED} is absent; the real-transcript tests are skipped`);

interface Row {
  file: string;
  calls: number;
  requested: number;
  moved: number;
  failed: number;
  timedOut: number;
  checks: number;
  stops: number;
}

/** The README's table: "21 (0 / 0 / 4 / 0)", "Read 2, TaskOutput 1", "TaskOutput 16 (5 on agents)". */
function readmeRows(): Row[] {
  const sum = (cell: string) => {
    if (cell.trim() === '-') return 0;
    return cell.split(',').reduce((total, part) => {
      const m = /(\d+)(?: \((\d+) on agents\))?/.exec(part)!;
      return total + Number(m[1]) - Number(m[2] ?? 0);
    }, 0);
  };
  return fs
    .readFileSync(path.join(SHARED, 'README.md'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => {
      const cells = l.split('|').map((c) => c.trim());
      const [calls, requested, moved, failed, timedOut] = /(\d+) \((\d+) \/ (\d+) \/ (\d+) \/ (\d+)\)/.exec(cells[6])!.slice(1).map(Number);
      return { file: cells[1].replaceAll('`', ''), calls, requested, moved, failed, timedOut, checks: sum(cells[7]), stops: sum(cells[8]) };
    });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function freshDb(): DB {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-backfill-'));
  dirs.push(dir);
  return openDatabase(path.join(dir, 'telemetry.db'), { busyTimeoutMs: 1000 });
}

const count = (db: DB, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe.skipIf(!present)('backfill of the shared real transcripts', () => {
  const rows = present ? readmeRows() : [];
  it('the README lists every file of the folder', () => {
    expect(rows.map((r) => r.file).sort()).toEqual(
      fs
        .readdirSync(SHARED)
        .filter((f) => f.endsWith('.jsonl'))
        .sort(),
    );
  });

  it.each(rows.map((r) => [r.file, r] as const))('%s: Bash calls, background, failures, checks and stops', async (file, row) => {
    const db = freshDb();
    const summary = await backfillFile(db, path.join(SHARED, file), {});
    const calls = {
      calls: count(db, 'SELECT COUNT(*) AS n FROM bash_calls WHERE backfilled = 1'),
      requested: count(db, 'SELECT COUNT(*) AS n FROM bash_calls WHERE requested_background = 1'),
      moved: count(db, "SELECT COUNT(*) AS n FROM bash_calls WHERE background_reason = 'timeout'"),
      // The table's "failed" is every error result: timed-out (1.0.x, 2.0.1) is one of them, and so
      // is a call refused before it ran (permissions, the user), which is recorded without an outcome.
      failed:
        count(db, "SELECT COUNT(*) AS n FROM bash_calls WHERE outcome IN ('failed', 'timed-out', 'interrupted')") + summary.calls.refused,
      timedOut: count(db, "SELECT COUNT(*) AS n FROM bash_calls WHERE outcome = 'timed-out'"),
      // Checks by a Bash command reading a task's output are recorded (tool Bash) but not in the table.
      checks: count(db, "SELECT COUNT(*) AS n FROM task_checks WHERE tool != 'Bash'"),
      stops: summary.stops.added,
    };
    expect({ file, ...calls }).toEqual(row);
    expect(count(db, 'SELECT COUNT(*) AS n FROM hook_runs')).toBe(0);
    db.close();
  });
});
