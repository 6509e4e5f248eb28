/**
 * What a `bgtelemetry` process loads (src/cli/program.ts): a command's own modules, not every
 * command's. Start-up is part of every report's time (docs/performance.md, "Report at scale"):
 * the PostgreSQL driver, doctor's HTTP client and the colour library cost about 0.1 s together.
 * (`net` is not on the list: a piped stdout is a socket.) The built CLI runs with a preloaded recorder that writes Node's list of built-in modules and
 * the CLI's files it imported at exit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open.js';

const CLI = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli.mjs');
let dir: string;
let db: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-cli-modules-'));
  db = path.join(dir, 'telemetry.db');
  openDatabase(db, { busyTimeoutMs: 1000 }).close();
  // The recorder: built-ins from Node's list, the CLI's chunks from a resolve hook.
  fs.writeFileSync(
    path.join(dir, 'recorder.mjs'),
    `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const files = [];
registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); files.push(r.url); return r; } });
process.on('exit', () => writeFileSync(${JSON.stringify(path.join(dir, 'loaded.json'))}, JSON.stringify({ builtins: process.moduleLoadList, files })));`,
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the built CLI with `args`; what it loaded: built-in names, the CLI's files (each command's is `cli-<module>-<hash>.mjs`) and their source. */
function loads(args: string[]): { builtins: string[]; files: string[]; source: string } {
  execFileSync(process.execPath, ['--import', path.join(dir, 'recorder.mjs'), CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: dir, BGTELEMETRY_HOME: dir, NO_COLOR: '1' },
    stdio: 'pipe',
  });
  const { builtins, files } = JSON.parse(fs.readFileSync(path.join(dir, 'loaded.json'), 'utf8')) as { builtins: string[]; files: string[] };
  const chunks = files.filter((u) => u.startsWith('file:') && u.includes('/dist/cli'));
  return {
    builtins: builtins.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)),
    files: chunks.map((u) => path.basename(new URL(u).pathname)),
    source: chunks.map((u) => fs.readFileSync(new URL(u), 'utf8')).join('\n'),
  };
}

const commandFile = (files: string[], module: string) => files.some((f) => f.startsWith(`cli-${module}-`));

describe('the modules a bgtelemetry process loads', () => {
  it('report --json from a file: not the PostgreSQL driver, the HTTP client, the colours or other commands', () => {
    const { builtins, files, source } = loads(['report', '--db', db, '--json']);
    expect(['http', 'https', 'tls', 'dns', 'tty'].filter((m) => builtins.includes(m))).toEqual([]);
    expect(commandFile(files, 'report')).toBe(true);
    expect(['doctor', 'install', 'sync', 'demo', 'team-source'].filter((m) => commandFile(files, m))).toEqual([]);
    expect(source).not.toContain('pg-protocol');
  });

  it('the help listing loads every command', () => {
    const { files } = loads(['--help']);
    expect(['report', 'doctor', 'install', 'sync', 'demo'].filter((m) => !commandFile(files, m))).toEqual([]);
  });
});
