/**
 * Scripts named by path (`./scripts/ci.sh`, `bash scripts/x.sh`, `bin/setup`): a shell script is
 * read (bounded) and its body analysed as a command list; other interpreters (a python or node
 * shebang) are left to the catalogue.
 */
import { basename, resolve } from 'node:path';
import type { ProjectExpansion, ProjectInvocation } from '../analysis/types.js';
import { PROJECT_LIMITS, type ProjectFiles } from './files.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash']);
const SHEBANG = /^#!\s*(\S+)(?:[ \t]+(?:-S[ \t]+)?(\S+))?/;

/** The shell a script's first line names; `sh` when it has none (the kernel then hands it to sh). */
function shellOf(text: string): string | undefined {
  const m = SHEBANG.exec(text);
  if (!m) return text.includes('\0') ? undefined : 'sh';
  const program = basename(m[1]) === 'env' ? m[2] : basename(m[1]);
  return program && SHELLS.has(program) ? program : undefined;
}

export function scriptFile(call: ProjectInvocation, dir: string, files: ProjectFiles): ProjectExpansion | undefined {
  if (call.interpreter && !SHELLS.has(call.interpreter)) return undefined;
  const path = resolve(dir, call.program);
  const text = files.text(path, PROJECT_LIMITS.scriptBytes);
  if (text === null) return undefined;
  if (!call.interpreter && !shellOf(text)) return undefined;
  const via = call.interpreter ? `${call.interpreter} ${call.program}` : call.program;
  return { script: text, via, dir, key: `file:${path}` };
}
