/**
 * The two facts of git's configuration bgtelemetry records: the user's e-mail address and a
 * repository's remote URL. Read from the files themselves (bounded, non-blocking reads), never
 * by spawning git: a hook cannot afford a process. `include` and `includeIf` are not followed,
 * nor `url.*.insteadOf`: docs/telemetry.md says so.
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { readRegularFile } from './regular-file.js';

/** Git config files are small; a larger one is not read. */
const MAX_GIT_CONFIG_BYTES = 256 * 1024;

/** `section` is lowercased, with its subsection kept as written: `remote "origin"`. */
export type GitConfig = Map<string, Map<string, string>>;

function readText(path: string): string | null {
  try {
    return readRegularFile(path, MAX_GIT_CONFIG_BYTES).toString('utf8');
  } catch {
    return null;
  }
}

/** A value without its trailing comment and quotes (git's quoting, without escapes beyond `\"` and `\\`). */
function unquote(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) out += raw[++i];
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '#' || ch === ';')) break;
    else out += ch;
  }
  return out.trim();
}

const SECTION = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(?:[#;].*)?$/;
const ENTRY = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/;

/** The entries of a config file's text; later values of a key win, as for git's single-valued keys. */
export function parseGitConfig(text: string, into: GitConfig = new Map()): GitConfig {
  let section: Map<string, string> | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const head = SECTION.exec(line);
    if (head) {
      const name = head[2] === undefined ? head[1].toLowerCase() : `${head[1].toLowerCase()} "${head[2]}"`;
      section = into.get(name) ?? new Map();
      into.set(name, section);
      continue;
    }
    const entry = ENTRY.exec(line);
    if (entry && section) section.set(entry[1].toLowerCase(), entry[2] === undefined ? 'true' : unquote(entry[2]));
  }
  return into;
}

/** The user's global files, in the order git reads them (the later wins). */
export function globalGitConfigPaths(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir();
  return [join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config'), join(home, '.gitconfig')];
}

/**
 * The config file of the repository whose root is `root`: `.git/config`, or for a worktree or
 * submodule (`.git` is a file, `gitdir: …`) the config of the common directory it names.
 */
export function repositoryConfigPath(root: string): string | null {
  const dotGit = join(root, '.git');
  const pointer = readText(dotGit);
  if (pointer === null) return join(dotGit, 'config');
  const gitdir = /^gitdir:\s*(.+)$/m.exec(pointer)?.[1]?.trim();
  if (!gitdir) return null;
  const dir = isAbsolute(gitdir) ? gitdir : resolve(root, gitdir);
  const common = readText(join(dir, 'commondir'))?.trim();
  return join(common ? resolve(dir, common) : dir, 'config');
}

/** The files' entries merged, later files winning. */
export function readGitConfig(paths: readonly (string | null)[]): GitConfig {
  const config: GitConfig = new Map();
  for (const path of paths) {
    const text = path === null ? null : readText(path);
    if (text !== null) parseGitConfig(text, config);
  }
  return config;
}

export function userEmail(config: GitConfig): string | undefined {
  return config.get('user')?.get('email') || undefined;
}

/** The URL of `origin`, else of the first remote that has one. */
export function remoteUrl(config: GitConfig): string | undefined {
  const origin = config.get('remote "origin"')?.get('url');
  if (origin) return origin;
  for (const [name, entries] of config) if (name.startsWith('remote "') && entries.get('url')) return entries.get('url');
  return undefined;
}
