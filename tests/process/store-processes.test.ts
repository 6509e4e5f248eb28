/** The store opened by several processes at once, as hooks open it: real SQLite files, real node processes. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-store-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('openDatabase from several processes', () => {
  it('lets processes that start together on no database all open the same complete one', async () => {
    // The children start opening at the same instant (a start time they spin until), as hooks do.
    const file = path.join(root, 'fresh', 'telemetry.db');
    const openModule = pathToFileURL(path.resolve('src/store/open.ts')).href;
    const child = `import { openDatabase } from ${JSON.stringify(openModule)};
      const start = Number(process.argv[1]);
      while (Date.now() < start);
      const db = openDatabase(${JSON.stringify(file)}, { busyTimeoutMs: 150 });
      db.prepare("INSERT INTO sessions (id, project) VALUES (?, '/p')").run(String(process.pid));
      console.log(db.pragma('journal_mode', { simple: true }));`;
    const start = Date.now() + 3000;
    const runs = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
            const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child, String(start)], {
              stdio: ['ignore', 'pipe', 'pipe'],
            });
            let out = '';
            let err = '';
            p.stdout.on('data', (d) => (out += d));
            p.stderr.on('data', (d) => (err += d));
            p.on('close', (code) => resolve({ code, out, err }));
          }),
      ),
    );
    expect(runs.map((r) => r.err)).toEqual(Array(6).fill(''));
    expect(runs.map((r) => [r.code, r.out.trim()])).toEqual(Array(6).fill([0, 'wal']));
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 6 });
    db.close();
    // No temporary database is left behind, and the file is private.
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.new'))).toEqual([]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  }, 60_000);
});
