/**
 * A Homebrew prefix in a temp directory, laid out as Homebrew lays it out, around the real node:
 * Cellar/node/24.1.0/bin/node is this node as a hard link (a copy across file systems), so a
 * process started from it reports that path as process.execPath, as Homebrew's node does;
 * bin/node and opt/node are the relative symlinks `brew link` makes.
 */
import { chmodSync, copyFileSync, linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FakeHomebrew {
  prefix: string;
  /** The versioned binary: what process.execPath says. */
  cellarNode: string;
  /** <prefix>/bin/node, when made. */
  binNode: string;
  /** <prefix>/opt/node/bin/node, when made. */
  optNode: string;
}

export function fakeHomebrew(prefix: string, links: { bin?: boolean; opt?: boolean } = { bin: true, opt: true }): FakeHomebrew {
  const cellarNode = join(prefix, 'Cellar', 'node', '24.1.0', 'bin', 'node');
  mkdirSync(dirname(cellarNode), { recursive: true });
  try {
    linkSync(process.execPath, cellarNode);
  } catch {
    copyFileSync(process.execPath, cellarNode);
    chmodSync(cellarNode, 0o755);
  }
  const binNode = join(prefix, 'bin', 'node');
  const optNode = join(prefix, 'opt', 'node', 'bin', 'node');
  if (links.bin) {
    mkdirSync(dirname(binNode), { recursive: true });
    symlinkSync('../Cellar/node/24.1.0/bin/node', binNode);
  }
  if (links.opt) {
    mkdirSync(join(prefix, 'opt'), { recursive: true });
    symlinkSync('../Cellar/node/24.1.0', join(prefix, 'opt', 'node'));
  }
  return { prefix, cellarNode, binNode, optNode };
}
