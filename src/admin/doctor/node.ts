/**
 * The Node.js that runs the hooks. Each registered hook names its node (`node` from PATH, or a
 * full path); which of them can load the SQLite binding is the next check's (binding.ts).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { nodeTooOld } from '../../store/native-binding.js';
import type { FoundHook } from '../hook-commands.js';
import { section, type Section } from './section.js';

export interface NodeCheck {
  section: Section;
  /** The Node programs the registered hooks run, resolved and answering; this one when no hook is registered. */
  hookNodes: string[];
}

/** `node` resolved on PATH as a shell would; a path is taken as it is. */
export function resolveProgram(program: string, env: NodeJS.ProcessEnv): string | null {
  const candidates =
    isAbsolute(program) || program.includes('/')
      ? [program]
      : (env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .map((d) => join(d, program));
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

function versionOf(path: string): string | null {
  const r = spawnSync(path, ['-p', 'process.version'], { encoding: 'utf8', timeout: 10_000 });
  const version = (r.stdout ?? '').trim();
  return r.status === 0 && version ? version : null;
}

export function checkNode(found: readonly FoundHook[], env: NodeJS.ProcessEnv): NodeCheck {
  const s = section('Node.js');
  const hookNodes: string[] = [];
  s.facts.push(`this command: ${process.version} at ${process.execPath}`);
  const old = nodeTooOld();
  if (old) s.problems.push({ text: old, fix: 'install a newer Node and run bgtelemetry with it' });
  const programs = [...new Set(found.map((h) => h.node ?? '(none)'))];
  for (const program of programs) {
    if (program === '(none)') {
      s.problems.push({
        text: 'a hook command runs its script without node',
        fix: 'run `bgtelemetry install` to rewrite the hook commands',
      });
      continue;
    }
    if (program.includes('${')) {
      s.facts.push(`hooks run ${program}: depends on a variable Claude Code sets; not checked`);
      continue;
    }
    const path = resolveProgram(program, env);
    if (!path) {
      // Gone (a package manager upgrade removed a versioned directory) or no longer executable.
      const missing =
        isAbsolute(program) && !existsSync(program)
          ? 'which no longer exists'
          : isAbsolute(program)
            ? 'which is not executable'
            : 'which is not found on PATH';
      s.problems.push({
        text: `hooks run "${program}", ${missing}`,
        fix: 'run `bgtelemetry install` again: it registers a node that exists, preferring a path that survives upgrades',
      });
      continue;
    }
    const version = versionOf(path);
    const where = program === path ? path : `"${program}" = ${path} on this shell's PATH (Claude Code uses the PATH it was started with)`;
    if (!version) {
      s.problems.push({
        text: `hooks run ${where}, which does not report a Node version`,
        fix: 'run `bgtelemetry install` again: it registers the node it runs on (or a stable link to it)',
      });
      continue;
    }
    // Too old a version is the SQLite binding's finding: that is what it breaks.
    s.facts.push(`hooks run ${where}, Node ${version}`);
    if (!hookNodes.includes(path)) hookNodes.push(path);
  }
  if (!programs.length) hookNodes.push(process.execPath); // what `bgtelemetry install` registers
  return { section: s, hookNodes };
}
