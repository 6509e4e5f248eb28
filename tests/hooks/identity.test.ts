/**
 * Every event a compiled hook records names its developer, machine and portable project, read
 * from git's files (never a local path, never a credential), and hooks starting together on a
 * fresh data directory agree on one machine id.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectContract, hook, preBash, sandbox } from './harness.js';

describe('identity on recorded events', () => {
  it('records the three ids on the session and the call', async () => {
    const box = sandbox();
    mkdirSync(join(box.project, '.git'));
    writeFileSync(join(box.project, '.git', 'config'), '[remote "origin"]\n\turl = https://bob:hunter2@GitHub.com/acme/widget.git\n');
    writeFileSync(join(box.home, '.gitconfig'), '[user]\n\temail = Alice@Example.com\n');

    // Six hooks at once on a data directory that holds nothing yet.
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, k) => hook('pre-tool-use', preBash(box.project, { command: `echo ${k}` }), box.env)),
    );
    for (const run of runs) expectContract(run);

    const machine = readFileSync(join(box.home, 'data', 'machine-id'), 'utf8').trim();
    expect(machine).toMatch(/^[0-9a-f]{16}$/);
    const db = new Database(join(box.home, 'data', 'telemetry.db'), { readonly: true });
    try {
      const sessions = db.prepare('SELECT developer, machine, project_id FROM sessions').all();
      // sha256("alice@example.com"), first 12 hex digits.
      expect(sessions).toEqual([{ developer: 'ff8d9819fc0e', machine, project_id: 'github.com/acme/widget' }]);
      const calls = db.prepare('SELECT DISTINCT project_id FROM bash_calls').all();
      expect(calls).toEqual([{ project_id: 'github.com/acme/widget' }]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM bash_calls').get()).toEqual({ n: 6 });
      const everything = JSON.stringify([db.prepare('SELECT * FROM sessions').all(), db.prepare('SELECT * FROM bash_calls').all()]);
      expect(everything).not.toMatch(/hunter2|bob|alice@example/i);
    } finally {
      db.close();
    }
    expect(box.errors()).toBe('');
  });

  it('takes the display name and host name from the user configuration', async () => {
    const box = sandbox();
    mkdirSync(join(box.home, 'data'), { recursive: true });
    writeFileSync(join(box.home, 'data', 'config.json'), JSON.stringify({ identity: { name: 'Alice', hostname: true } }));
    // A project's shared file does not name the developer.
    mkdirSync(join(box.project, '.claude'));
    writeFileSync(join(box.project, '.claude', 'bgtelemetry.json'), JSON.stringify({ identity: { name: 'Everyone' } }));
    expectContract(await hook('pre-tool-use', preBash(box.project, { command: 'ls' }), box.env));
    const db = new Database(join(box.home, 'data', 'telemetry.db'), { readonly: true });
    try {
      const row = db.prepare('SELECT developer, machine, project_id FROM sessions').get() as Record<string, string>;
      expect(row.developer).toBe('Alice');
      expect(row.machine).toMatch(/^[^/]+\/[0-9a-f]{16}$/);
      // No git repository: the folder's name, not its path.
      expect(row.project_id).toBe('project');
    } finally {
      db.close();
    }
  });
});
