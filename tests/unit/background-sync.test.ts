/**
 * When a lifecycle hook starts a team sync (store/background-sync.ts) and what doctor says of it:
 * real lock and state files in a temp dir, a real detached process for team.syncCommand. The sync
 * itself against PostgreSQL, through the compiled hooks: tests/hooks/auto-sync.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTeamSync } from '../../src/admin/doctor/team-sync.js';
import { DEFAULT_CONFIG } from '../../src/config/load.js';
import {
  type AutoSyncSettings,
  backoffMs,
  readSyncState,
  runAsBackgroundSync,
  startAutoSync,
  syncLockPath,
} from '../../src/store/background-sync.js';

let dir: string;
let database: string;
/** A folder with no cli.mjs beside it, as the plugin's hooks have. */
let hooksDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-autosync-'));
  database = path.join(dir, 'telemetry.db');
  hooksDir = path.join(dir, 'plugin', 'hooks');
  fs.mkdirSync(hooksDir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const URL = 'postgresql://alice@db.example.com/telemetry';
const settings = (over: Partial<AutoSyncSettings> = {}): AutoSyncSettings => ({
  url: URL,
  intervalMinutes: 10,
  command: undefined,
  sessionEnd: false,
  ...over,
});
const start = (over: Partial<AutoSyncSettings> = {}, now = Date.now()) => startAutoSync(database, settings(over), {}, hooksDir, dir, now);

const failOnce = (times: number) =>
  (async () => {
    for (let k = 0; k < times; k++)
      await runAsBackgroundSync(database, async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      });
  })();

describe('startAutoSync', () => {
  it('starts nothing without a URL, or without a CLI to run', () => {
    expect(start({ url: undefined })).toBe('no-url');
    expect(start()).toBe('no-command');
    expect(fs.existsSync(syncLockPath(database))).toBe(false);
  });

  it('runs team.syncCommand detached with `sync --db <database> --background` appended', async () => {
    const argvFile = path.join(dir, 'argv.json');
    const script = `require('fs').writeFileSync(${JSON.stringify(argvFile)}, JSON.stringify(process.argv.slice(1)))`;
    expect(start({ command: [process.execPath, '-e', script] })).toBe('started');
    const end = Date.now() + 30_000;
    while (!fs.existsSync(argvFile) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(JSON.parse(fs.readFileSync(argvFile, 'utf8'))).toEqual(['sync', '--db', database, '--background']);
  });

  it('a lock held by a live process means one runs: no second start', () => {
    fs.writeFileSync(syncLockPath(database), String(process.pid));
    expect(start({ command: ['true'], sessionEnd: true })).toBe('running');
  });

  it('Stop waits the interval after a sync; SessionEnd does not', async () => {
    await runAsBackgroundSync(database, async () => 42);
    const at = readSyncState(database)?.at as number;
    expect(start({ command: ['true'] }, at + 9 * 60_000)).toBe('not-due');
    expect(start({ command: ['true'] }, at + 11 * 60_000)).toBe('started');
    fs.rmSync(syncLockPath(database));
    expect(start({ command: ['true'], sessionEnd: true }, at + 1000)).toBe('started');
  });

  it('backs off exponentially after failures, SessionEnd too', async () => {
    await failOnce(3);
    const state = readSyncState(database);
    expect(state).toMatchObject({ ok: false, failures: 3, error: 'connect ECONNREFUSED 127.0.0.1:5432' });
    expect([1, 2, 3, 20].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 3_600_000]);
    const at = state?.at as number;
    expect(start({ command: ['true'], sessionEnd: true }, at + 239_000)).toBe('backing-off');
    expect(start({ command: ['true'], sessionEnd: true }, at + 241_000)).toBe('started');
  });

  it('a success resets the failures; the lock is gone after a run', async () => {
    await failOnce(2);
    const state = await runAsBackgroundSync(database, async () => 7);
    expect(state).toMatchObject({ ok: true, rows: 7, failures: 0 });
    expect(fs.existsSync(syncLockPath(database))).toBe(false);
  });
});

describe('doctor: Team sync', () => {
  const team = (over = {}) => ({ ...DEFAULT_CONFIG.team, url: URL, ...over });

  it('says nothing leaves the machine without a URL', () => {
    const s = checkTeamSync(database, DEFAULT_CONFIG.team, hooksDir, {});
    expect(s.facts.join('\n')).toMatch(/no team store configured/);
    expect(s.problems).toEqual([]);
  });

  it('shows the last sync, and the plugin note without team.syncCommand', async () => {
    await runAsBackgroundSync(database, async () => 1234);
    const s = checkTeamSync(database, team(), hooksDir, {});
    const text = s.facts.join('\n');
    expect(text).toMatch(/last sync \d{4}-\d\d-\d\dT.*: 1234 rows pushed/);
    expect(text).toMatch(/plugin’s hooks start no sync/);
    expect(text).toMatch(/every 10 min/);
  });

  it('a failure is a problem with its error and when hooks retry', async () => {
    await failOnce(2);
    const s = checkTeamSync(database, team({ syncCommand: ['npx', 'bgtelemetry'] }), hooksDir, {});
    const at = readSyncState(database)?.at as number;
    expect(s.problems[0]?.text).toMatch(/failed \(2 in a row\): connect ECONNREFUSED/);
    expect(s.problems[0]?.fix).toContain(new Date(at + 120_000).toISOString());
    expect(s.facts.join('\n')).toMatch(/run: npx bgtelemetry sync/);
  });
});
