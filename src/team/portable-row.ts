/**
 * What a row becomes before it leaves the machine (docs/team.md, "What leaves the machine"): local
 * absolute paths replaced by the portable project id or dropped (LOCAL_PATH_COLUMNS), and in
 * commands and advice text the project's folder written `<project>` and the home folder `~`, after
 * secrets are redacted once more (rows recorded by an older version, or imported, are sent
 * redacted too).
 */
import { redactSecrets } from '../privacy/redact.js';
import type { DB } from '../store/open.js';
import { LOCAL_PATH_COLUMNS, TEXT_COLUMNS } from './tables.js';

/** The last segment of a path, as the report's folderNameSql (src/report/sql.ts) gives it. */
function folderName(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  return slashed.slice(slashed.lastIndexOf('/') + 1);
}

const isAbsolute = (p: unknown): p is string => typeof p === 'string' && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p));

function replacePaths(text: string, paths: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [path, by] of paths) out = out.split(path).join(by);
  return out;
}

export type PortableRow = (table: string, row: Record<string, unknown>) => Record<string, unknown>;

/** The row transform for one push; `home` is this machine's home folder. */
export function portableRows(db: DB, home: string): PortableRow {
  // Tasks and advice have no project of their own: their session's.
  const sessionProject = db.prepare('SELECT project FROM sessions WHERE id = ?').pluck();
  const cache = new Map<string, unknown>();
  const projectOf = (row: Record<string, unknown>): unknown => {
    const session = String(row.session_id ?? row.id ?? '');
    if (!cache.has(session)) cache.set(session, sessionProject.get(session));
    return cache.get(session);
  };
  return (table, row) => {
    const out = { ...row };
    const text = TEXT_COLUMNS[table];
    if (text) {
      // Longest first: a project inside the home folder is named as the project, not as ~/….
      const local = [...new Set([row.project, projectOf(row)].filter(isAbsolute))].map((p) => [p, '<project>'] as const);
      const paths = [...local, ...(home.length > 1 ? [[home, '~'] as const] : [])].sort((a, b) => b[0].length - a[0].length);
      for (const c of text) if (typeof out[c] === 'string') out[c] = replacePaths(redactSecrets(out[c] as string), paths);
    }
    for (const [column, as] of Object.entries(LOCAL_PATH_COLUMNS[table] ?? {})) {
      if (!(column in out)) continue;
      const value = out[column];
      out[column] =
        as === 'drop' || value == null ? null : ((out.project_id as string | null) ?? (isAbsolute(value) ? folderName(value) : value));
    }
    return out;
  };
}
