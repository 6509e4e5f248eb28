/**
 * `import`: merges a jsonl export into a database. Each row is inserted unless a row with its
 * primary key, the row's identity (session and id: docs/telemetry.md, "Tables"), is already
 * there (INSERT OR IGNORE), so importing the same file twice, or two
 * overlapping exports, changes nothing the second time; rows already present win. Batches
 * commit one at a time: a file that turns out bad halfway leaves the earlier batches, which a
 * corrected re-import simply skips.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openRegularFile } from '../runtime/regular-file.js';
import { stmt } from '../store/apply.js';
import type { DB } from '../store/open.js';
import { columnsOf, quoteIdent, TABLE_NAMES, TABLES } from './tables.js';

const BATCH = 1000;

export class ImportFormatError extends Error {}

export interface ImportCounts {
  /** Per table: rows added, and rows skipped because their primary key was already present. */
  added: Record<string, number>;
  skipped: Record<string, number>;
}

interface Line {
  n: number;
  table: string;
  row: Record<string, unknown>;
}

export async function importJsonl(db: DB, file: string, onProgress?: (bytes: number, total: number) => void): Promise<ImportCounts> {
  const counts: ImportCounts = { added: {}, skipped: {} };
  for (const t of TABLES) counts.added[t.name] = counts.skipped[t.name] = 0;
  const columns = new Map(TABLES.map((t) => [t.name, new Set(columnsOf(db, t.name))]));
  // A FIFO would wait for a writer forever: refused (FileRefusedError) before anything is read.
  const { fd, size: total } = openRegularFile(file);
  const input = createReadStream(file, { fd, encoding: 'utf8' });
  let batch: Line[] = [];
  const flush = () => {
    db.transaction(() => {
      for (const { n, table, row } of batch) {
        const keys = Object.keys(row);
        const sql = `INSERT OR IGNORE INTO ${quoteIdent(table)} (${keys.map(quoteIdent).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
        let changed: number;
        try {
          changed = stmt(db, sql).run(...keys.map((k) => row[k])).changes;
        } catch (error) {
          // A constraint the schema enforces (a required column left out): the line is at fault.
          throw new ImportFormatError(`line ${n}: ${(error as Error).message}`);
        }
        counts[changed ? 'added' : 'skipped'][table]++;
      }
    }).immediate();
    batch = [];
    onProgress?.(input.bytesRead, total);
  };
  let n = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!text.trim()) continue;
    batch.push(parseLine(text, n, columns));
    if (batch.length >= BATCH) flush();
  }
  if (batch.length) flush();
  if (n === 0) throw new ImportFormatError('the file is empty');
  return counts;
}

function parseLine(text: string, n: number, columns: Map<string, Set<string>>): Line {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportFormatError(`line ${n} is not JSON`);
  }
  const { table, row } = (value ?? {}) as { table?: unknown; row?: unknown };
  if (typeof table !== 'string' || typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new ImportFormatError(`line ${n} is not a {"table": …, "row": {…}} record`);
  }
  if (!TABLE_NAMES.has(table)) throw new ImportFormatError(`line ${n}: unknown table "${table}"`);
  const known = columns.get(table)!;
  for (const [key, v] of Object.entries(row)) {
    if (!known.has(key))
      throw new ImportFormatError(`line ${n}: table ${table} has no column "${key}" (an export from a newer bgtelemetry?)`);
    if (v !== null && typeof v !== 'string' && typeof v !== 'number')
      throw new ImportFormatError(`line ${n}: ${table}.${key} must be a string, number or null`);
  }
  return { n, table, row: row as Record<string, unknown> };
}
