/**
 * Can the hooks use the data directory? Each way it can fail, named (doctor's section and
 * status's warning say which): every hook writes its database, spool, error log and once-markers
 * there, and when it cannot, events go to the fallback spool (store/fallback-spool.ts).
 */
import { accessSync, constants, existsSync, lstatSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../runtime/paths.js';
import { fallbackPending } from '../store/fallback-spool.js';
import { shellQuote } from './quote.js';

export type DataDirProblemKind = 'missing-parent' | 'not-a-directory' | 'dangling-link' | 'loop' | 'not-writable' | 'disk-full';

export interface DataDirProblem {
  kind: DataDirProblemKind;
  text: string;
  fix: string;
}

export interface DataDirState {
  dir: string;
  /** False before the first hook run creates it. */
  exists: boolean;
  problem: DataDirProblem | null;
}

/** What the hooks create inside it, checked when present. */
const INSIDE = ['spool', 'once', 'errors.log'];
/** A probe this size fails on a full file system (an empty file may still be created there). */
const PROBE_BYTES = 4096;
const ELSEWHERE = 'or point BGTELEMETRY_HOME at a directory you can write';
const NOT_WRITABLE_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | (statSync(path).isDirectory() ? constants.X_OK : 0));
    return true;
  } catch {
    return false;
  }
}

/** The nearest ancestor that exists (a file, possibly). */
function existingAncestor(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? '';

export function dataDirState(env: NodeJS.ProcessEnv = process.env): DataDirState {
  const dir = dataDir(env);
  const q = shellQuote(dir);
  const problem = (kind: DataDirProblemKind, text: string, fix: string, exists = true): DataDirState => ({
    dir,
    exists,
    problem: { kind, text, fix },
  });
  const notWritable = (paths: string[]) =>
    problem(
      'not-writable',
      `not writable by this user: ${paths.join(', ')}`,
      `make them yours: sudo chown -R "$(id -un)" ${q} && chmod 700 ${q}, ${ELSEWHERE}`,
    );
  let link: string | null = null;
  try {
    if (lstatSync(dir).isSymbolicLink()) link = readlinkSync(dir);
    if (!statSync(dir).isDirectory()) return problem('not-a-directory', `${dir} is a file, not a directory`, `move it aside, ${ELSEWHERE}`);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return problem('loop', `${dir} is a loop of symbolic links`, `remove the link (rm ${q}), ${ELSEWHERE}`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return notWritable([`${dir} (${code || (error as Error).message})`]);
    if (link !== null)
      return problem(
        'dangling-link',
        `${dir} is a symbolic link to ${link}, which does not exist`,
        `create its target (mkdir -p -m 700 ${shellQuote(link)}) or remove the link, ${ELSEWHERE}`,
      );
    const ancestor = existingAncestor(dir);
    if (!statSync(ancestor).isDirectory())
      return problem(
        'not-a-directory',
        `${dir} cannot be created: ${ancestor} is a file, not a directory`,
        `move that file aside, ${ELSEWHERE}`,
        false,
      );
    if (!writable(ancestor))
      return problem(
        'missing-parent',
        `${dir} cannot be created: ${ancestor} is not writable by this user`,
        `create it as this user: mkdir -p -m 700 ${q} (as its owner, or with sudo and then chown), ${ELSEWHERE}`,
        false,
      );
    return { dir, exists: false, problem: null };
  }
  const blocked = [dir, ...INSIDE.map((name) => join(dir, name)).filter(existsSync)].filter((p) => !writable(p));
  if (blocked.length) return notWritable(blocked);
  const probe = join(dir, `.doctor-probe-${process.pid}`);
  try {
    writeFileSync(probe, Buffer.alloc(PROBE_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = errorCode(error);
    if (FULL_CODES.has(code))
      return problem(
        'disk-full',
        `the file system holding ${dir} is full (${code})`,
        `free space on it (df -h ${q}), ${ELSEWHERE} on another file system`,
      );
    return notWritable([NOT_WRITABLE_CODES.has(code) ? dir : `${dir} (${code || (error as Error).message})`]);
  } finally {
    rmSync(probe, { force: true });
  }
  return { dir, exists: true, problem: null };
}

/**
 * One line for commands other than doctor (status): the data directory is unusable, or events
 * still wait in the fallback spool (the database could not take them yet); null when neither.
 */
export function dataDirWarning(env: NodeJS.ProcessEnv = process.env): string | null {
  const { problem } = dataDirState(env);
  const waiting = fallbackPending(env);
  const kept = waiting ? `; ${waiting} event${waiting === 1 ? '' : 's'} kept in the fallback spool, not shown here` : '';
  if (problem) return `the hooks cannot record into the data directory: ${problem.text}${kept}. Run \`bgtelemetry doctor\``;
  return kept ? `${kept.slice(2)}. Run \`bgtelemetry doctor\`` : null;
}
