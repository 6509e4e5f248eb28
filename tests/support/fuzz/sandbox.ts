/**
 * A temporary home for a fuzz run: the data directory, a project with a transcript, and the odd
 * paths payloads point at (a FIFO, a directory, a missing path, a plain file, a project whose
 * config is a FIFO). Also what the suite searches afterwards: every byte under the data directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzPaths } from './cases.js';

function mkfifo(path: string): void {
  if (spawnSync('mkfifo', [path]).status !== 0) throw new Error(`mkfifo ${path} failed`);
}

export interface FuzzSandbox {
  home: string;
  data: string;
  paths: FuzzPaths;
  env: NodeJS.ProcessEnv;
}

export function fuzzSandbox(): FuzzSandbox {
  const home = mkdtempSync(join(tmpdir(), 'bgt-fuzz-'));
  const data = join(home, 'data');
  const project = join(home, 'project');
  mkdirSync(join(project, '.claude'), { recursive: true });
  const transcript = join(project, 'transcript.jsonl');
  writeFileSync(transcript, `${JSON.stringify({ type: 'user', message: { role: 'user', content: 'run the tests' } })}\n`);
  const fifoConfigProject = join(home, 'fifo-project');
  mkdirSync(join(fifoConfigProject, '.claude'), { recursive: true });
  mkfifo(join(fifoConfigProject, '.claude', 'bgtelemetry.json'));
  mkfifo(join(home, 'fifo'));
  mkdirSync(join(home, 'directory'));
  writeFileSync(join(home, 'file'), 'a plain file\n');
  const paths: FuzzPaths = {
    project,
    transcript,
    fifo: join(home, 'fifo'),
    directory: join(home, 'directory'),
    missing: join(home, 'missing'),
    file: join(home, 'file'),
    fifoConfigProject,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    BGTELEMETRY_HOME: data,
    CLAUDE_CONFIG_DIR: join(home, 'claude'),
  };
  return { home, data, paths, env };
}

/** Every regular file under `dir`, with its bytes as latin1 (so any secret's UTF-8 shows). */
function filesWritten(dir: string): { path: string; text: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) return filesWritten(path);
    return stat.isFile() ? [{ path, text: readFileSync(path).toString('latin1') }] : [];
  });
}

/** Seeded secrets found in the files, with the file each was found in. */
export function leakedSecrets(dir: string, secrets: Iterable<string>): { secret: string; path: string }[] {
  const wanted = new Map([...secrets].map((secret) => [Buffer.from(secret, 'utf8').toString('latin1'), secret]));
  if (wanted.size === 0) return [];
  // One pass per file for all secrets (a search per secret made the suite quadratic: the files
  // and the secrets both grow with the payload count). Longest first, so that a secret that
  // contains another is the one matched.
  const escaped = [...wanted.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  const files = filesWritten(dir);
  const found = new Map<string, string>();
  for (const file of files)
    for (const match of file.text.matchAll(pattern)) {
      const secret = wanted.get(match[0]);
      if (secret && !found.has(secret)) found.set(secret, file.path.slice(dir.length + 1));
    }
  // A secret inside a longer one that was matched there is still on disk: search those alone.
  const rest = [...wanted].filter(([, secret]) => !found.has(secret));
  if (found.size)
    for (const [bytes, secret] of rest) {
      const file = files.find((f) => f.text.includes(bytes));
      if (file) found.set(secret, file.path.slice(dir.length + 1));
    }
  return [...found].map(([secret, path]) => ({ secret, path }));
}
