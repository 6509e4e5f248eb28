/**
 * Where the hooks keep what the data directory cannot take (a full disk, a directory this user
 * may not write, a dangling symlink, a loop, a file in its place): a per-user directory
 * `bgtelemetry-<uid>` under $XDG_RUNTIME_DIR, else $TMPDIR or the system's temporary directory.
 * It is created 0700 and used only while it is a real directory this user owns that no one else
 * can enter: anyone can create a name in /tmp first. Inside, one folder per data directory (a
 * hash of its path) laid out like the data directory (spool/, once/, errors.log), so that its
 * events are replayed into the database they were meant for and no other.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { shortHash } from './hash.js';
import { dataDir } from './paths.js';

/** The per-user directory, whether or not it exists or is safe. */
export function fallbackRoot(env: NodeJS.ProcessEnv = process.env): string {
  const runtime = env.XDG_RUNTIME_DIR && isAbsolute(env.XDG_RUNTIME_DIR) ? env.XDG_RUNTIME_DIR : undefined;
  const base = runtime || (env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : tmpdir());
  return join(base, `bgtelemetry-${process.getuid?.() ?? 'user'}`);
}

/** This data directory's folder inside the per-user directory, whether or not it exists. */
function fallbackHome(env: NodeJS.ProcessEnv = process.env): string {
  return join(fallbackRoot(env), shortHash(resolve(dataDir(env))));
}

/** Why the per-user directory may not be used, or null when it is safe (or absent). */
export function unsafeFallback(root: string): string | null {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(root);
  } catch {
    return null;
  }
  if (st.isSymbolicLink()) return `${root} is a symbolic link`;
  if (!st.isDirectory()) return `${root} is not a directory`;
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return `${root} belongs to another user (uid ${st.uid})`;
  if ((st.mode & 0o077) !== 0) return `${root} can be entered by other users (mode ${(st.mode & 0o777).toString(8)})`;
  return null;
}

/**
 * The fallback folder if it may be used: with `create`, made first (0700); without, only if it
 * exists already (a reader never creates it). Null when it is missing, unsafe, or cannot be made.
 */
export function usableFallbackHome(env: NodeJS.ProcessEnv = process.env, create = false): string | null {
  const root = fallbackRoot(env);
  try {
    if (create) mkdirSync(root, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
  }
  if (unsafeFallback(root)) return null;
  try {
    const home = fallbackHome(env);
    if (create) mkdirSync(home, { recursive: true, mode: 0o700 });
    else lstatSync(home);
    return home;
  } catch {
    return null;
  }
}

export function fallbackSpoolDir(home: string): string {
  return join(home, 'spool');
}
