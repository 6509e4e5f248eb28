/**
 * The node a hook command names. `process.execPath` is the binary this CLI runs on with its
 * symlinks resolved: under Homebrew that is /opt/homebrew/Cellar/node/24.1.0/bin/node, a
 * directory that `brew upgrade` and `brew cleanup` delete, after which every hook fails to
 * start. A path that leads to the same binary and survives upgrades (/opt/homebrew/bin/node)
 * is preferred; hooks run with the session's PATH, so a bare `node` is never written.
 */
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

export interface VersionedInstall {
  /** Who put node there. */
  manager: string;
  /** What deletes the directory. */
  removedBy: string;
  /** Matches a node inside one version's directory; its groups feed `stable`. */
  pattern: RegExp;
  /** Paths beside it that follow the installed version, tried after those on PATH. */
  stable?: (match: RegExpExecArray) => string[];
}

/** Directories that hold one Node version (or one shell's link to one), and go away with it. */
const VERSIONED_INSTALLS: readonly VersionedInstall[] = [
  {
    manager: 'Homebrew',
    removedBy: '`brew upgrade` and `brew cleanup`',
    pattern: /^(.*)[\\/]Cellar[\\/](node(?:@[\d.]+)?)[\\/][^\\/]+[\\/]bin[\\/]node$/,
    stable: ([, prefix, formula]) => [join(prefix, 'bin', 'node'), join(prefix, 'opt', formula, 'bin', 'node')],
  },
  {
    manager: 'Scoop',
    removedBy: '`scoop update` and `scoop cleanup`',
    pattern: /^(.*[\\/]apps[\\/]nodejs(?:-lts)?)[\\/](?!current[\\/])[^\\/]+[\\/]node\.exe$/i,
    stable: ([, app]) => [join(app, 'current', 'node.exe')],
  },
  // nvm on Unix (~/.nvm/versions/node/v22.1.0/bin/node) and nvm-windows (…\nvm\v22.1.0\node.exe).
  { manager: 'nvm', removedBy: '`nvm uninstall`', pattern: /[\\/]\.?nvm[\\/](?:versions[\\/]node[\\/])?v\d[^\\/]*[\\/]/ },
  { manager: 'fnm', removedBy: '`fnm uninstall`', pattern: /[\\/]fnm[\\/]node-versions[\\/]/ },
  // fnm puts a per-shell link directory first on PATH; it is deleted when that shell exits.
  { manager: 'fnm', removedBy: 'fnm when the shell that made it exits', pattern: /[\\/]fnm_multishells[\\/]/ },
  { manager: 'asdf', removedBy: '`asdf uninstall nodejs`', pattern: /[\\/]\.asdf[\\/]installs[\\/]nodejs[\\/]/ },
  { manager: 'mise', removedBy: '`mise uninstall` and `mise prune`', pattern: /[\\/]mise[\\/]installs[\\/]node[\\/]/ },
  { manager: 'n', removedBy: '`n rm`', pattern: /[\\/]n[\\/]versions[\\/]node[\\/]/ },
];

/** The install whose versioned directory holds `nodePath`, if any. */
export function versionedInstall(nodePath: string): VersionedInstall | undefined {
  return VERSIONED_INSTALLS.find((v) => v.pattern.test(nodePath));
}

function realpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path to write for the node at `execPath`: `execPath` itself unless it lies in a versioned
 * directory; then the first `node` on PATH (absolute entries only: a relative one depends on the
 * hook's working directory), or beside the install (Homebrew's `opt/node`), that is outside any
 * versioned directory and resolves to the same binary. Falls back to `execPath`.
 */
export function stableNodePath(
  execPath: string = process.execPath,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const install = versionedInstall(execPath);
  const real = install && realpath(execPath);
  if (!install || !real) return execPath;
  const name = platform === 'win32' ? 'node.exe' : 'node';
  const onPath = (env.PATH ?? env.Path ?? '')
    .split(delimiter)
    .filter((dir) => isAbsolute(dir))
    .map((dir) => join(dir, name));
  const beside = install.stable?.(install.pattern.exec(execPath)!) ?? [];
  const stable = [...onPath, ...beside].find((c) => !versionedInstall(c) && executable(c) && realpath(c) === real);
  return stable ?? execPath;
}
