/**
 * The Node.js that runs the hooks. Each registered hook names its node (`node` from PATH, or a
 * full path); the database driver is a native module built for one Node ABI, the one this CLI
 * loaded it with, so a hook node of another ABI cannot record anything.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { FoundHook } from '../hook-commands.js';
import { section, type Section } from './section.js';

const MIN_MAJOR = 20;

/** `node` resolved on PATH as a shell would; a path is taken as it is. */
function resolveProgram(program: string, env: NodeJS.ProcessEnv): string | null {
  const candidates = isAbsolute(program) || program.includes('/') ? [program] : (env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, program));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not here
    }
  }
  return null;
}

function versionsOf(path: string): { version: string; abi: string } | null {
  const r = spawnSync(path, ['-p', 'process.version + " " + process.versions.modules'], { encoding: 'utf8', timeout: 10_000 });
  const [version, abi] = (r.stdout ?? '').trim().split(' ');
  return r.status === 0 && version && abi ? { version, abi } : null;
}

export function checkNode(found: readonly FoundHook[], env: NodeJS.ProcessEnv): Section {
  const s = section('Node.js');
  s.facts.push(`this command: ${process.version} at ${process.execPath}`);
  if (Number(process.versions.node.split('.')[0]) < MIN_MAJOR) s.problems.push({ text: `Node ${process.version} is older than ${MIN_MAJOR}`, fix: `install Node ${MIN_MAJOR} or newer` });
  const programs = [...new Set(found.map((h) => h.node ?? '(none)'))];
  for (const program of programs) {
    if (program === '(none)') {
      s.problems.push({ text: 'a hook command runs its script without node', fix: 'run `bgtelemetry install` to rewrite the hook commands' });
      continue;
    }
    if (program.includes('${')) {
      s.facts.push(`hooks run ${program}: depends on a variable Claude Code sets; not checked`);
      continue;
    }
    const path = resolveProgram(program, env);
    if (!path) {
      s.problems.push({ text: `hooks run "${program}", which is not found${isAbsolute(program) ? '' : ' on PATH'}`, fix: `register the hooks with a full path to node: run \`bgtelemetry install\` (it uses ${process.execPath})` });
      continue;
    }
    const v = versionsOf(path);
    const where = program === path ? path : `"${program}" = ${path} on this shell's PATH (Claude Code uses the PATH it was started with)`;
    if (!v) {
      s.problems.push({ text: `hooks run ${where}, which does not report a Node version`, fix: `point the hooks at ${process.execPath}: run \`bgtelemetry install\`` });
    } else if (v.abi !== process.versions.modules) {
      s.problems.push({
        text: `hooks run ${where}, Node ${v.version}; the database driver here is built for ${process.version} (ABI ${process.versions.modules}, not ${v.abi}), so those hooks cannot record`,
        fix: `point the hooks at ${process.execPath} (\`bgtelemetry install\`), or rebuild for that Node: npm rebuild better-sqlite3`,
      });
    } else {
      s.facts.push(`hooks run ${where}, Node ${v.version}`);
    }
  }
  return s;
}
