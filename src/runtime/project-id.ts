/**
 * A project's portable id: the same on every machine and in every clone, and never a local
 * path (which would leak home-folder names). From the repository's remote URL, normalised so
 * that every spelling of one repository gives one id; else the repository folder's name.
 */
import { basename } from 'node:path';
import { readGitConfig, remoteUrl, repositoryConfigPath } from './git-config.js';

/**
 * `scheme://[user[:password]@]host[:port]/path`: the credentials and port are dropped. Up to the
 * last `@` before the path, so that a password holding an unencoded `@` is dropped whole.
 */
const URL_FORM = /^([a-z][a-z0-9+.-]*):\/\/(?:[^/?#]*@)?([^/:?#@]+)(?::\d*)?(\/[^?#]*)?/i;
/** scp-like `[user@]host:path` (not `C:\…`, not a path with `/` before the colon). */
const SCP_FORM = /^(?:[^@/]+@)?([^@/:\s]{2,}):(?!\/\/)([^?#]*)$/;
/** Schemes whose URLs name a file on this machine: no portable id in them. */
const LOCAL_SCHEMES = new Set(['file']);

/**
 * `host/path` in lower-case host, without credentials, port, `.git`, query or slashes at the
 * ends; undefined for a local path or anything else that names no host.
 */
export function normaliseRemoteUrl(url: string): string | undefined {
  const text = url.trim();
  let host: string;
  let path: string;
  const asUrl = URL_FORM.exec(text);
  const asScp = asUrl ? null : SCP_FORM.exec(text);
  if (asUrl) {
    if (LOCAL_SCHEMES.has(asUrl[1].toLowerCase())) return undefined;
    host = asUrl[2];
    path = asUrl[3] ?? '';
  } else if (asScp) {
    host = asScp[1];
    path = asScp[2];
  } else return undefined;
  const cleanPath = path
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .replace(/^\/*~?\/*/, '')
    .replace(/\/{2,}/g, '/');
  if (!cleanPath) return undefined;
  return `${host.toLowerCase().replace(/\.$/, '')}/${cleanPath}`;
}

/** The portable id of the project whose root is `root`, given its remote URL if it has one. */
export function projectIdOf(root: string, remote: string | undefined): string {
  return (remote !== undefined ? normaliseRemoteUrl(remote) : undefined) ?? (basename(root) || root);
}

/** The portable id of the repository whose root is `root`, read from its git config. */
export function projectIdAt(root: string): string {
  return projectIdOf(root, remoteUrl(readGitConfig([repositoryConfigPath(root)])));
}
