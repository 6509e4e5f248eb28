/**
 * Dependency confusion: a command that needs the result of a background task
 * still running. The rules are a table: what kind of task is running, what kind of command
 * would race it, and why.
 */
import type { Analysis, Category } from '../analysis/types.js';
import type { RunningTask } from '../store/queries.js';

export interface Dependency {
  task: RunningTask;
  why: string;
}

interface Rule {
  running: (task: RunningTask) => boolean;
  next: readonly Category[];
  why: string;
}

const CODEGEN = /\b(generate|codegen|gen|protoc|buf)\b/;
/** Tools that hold a lock or build directory two runs would fight over. */
const LOCKING = new Set([
  'cargo',
  'go',
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'pip',
  'pip3',
  'poetry',
  'uv',
  'pdm',
  'gradle',
  'gradlew',
  'mvn',
  'mvnw',
  'bazel',
  'bazelisk',
  'dotnet',
  'sbt',
  'make',
  'cmake',
  'ninja',
  'bundle',
  'composer',
  'swift',
  'mix',
]);
const LOCK_CATEGORIES = new Set<string>(['build', 'install', 'test', 'typecheck', 'lint']);

const DEPENDENCY_RULES: readonly Rule[] = [
  {
    running: (t) => t.category === 'install',
    next: ['build', 'test', 'server', 'script', 'lint', 'typecheck', 'migration'],
    why: 'it needs the dependencies that are still being installed',
  },
  {
    running: (t) => t.category === 'build' && CODEGEN.test(t.signature ?? ''),
    next: ['build', 'typecheck', 'test'],
    why: 'it needs the generated code',
  },
  { running: (t) => t.category === 'build', next: ['test', 'server', 'script'], why: 'it needs the build that is still running' },
  { running: (t) => t.category === 'migration', next: ['test', 'server'], why: 'it needs the migrated database' },
];

function program(signature: string | null): string {
  return (signature ?? '').split(' ')[0];
}

/** The first running task the command would race, if any. */
export function findDependency(a: Analysis, running: readonly RunningTask[]): Dependency | null {
  if (!running.length) return null;
  for (const part of a.parts) {
    if (part.backgrounded) continue;
    for (const task of running) {
      for (const rule of DEPENDENCY_RULES) {
        if (rule.next.includes(part.category) && rule.running(task)) return { task, why: rule.why };
      }
      const tool = program(task.signature);
      if (
        tool &&
        tool === program(part.signature) &&
        LOCKING.has(tool) &&
        LOCK_CATEGORIES.has(part.category) &&
        LOCK_CATEGORIES.has(task.category ?? '')
      ) {
        return { task, why: `both runs of ${tool} take the same lock or build directory` };
      }
    }
  }
  return null;
}
