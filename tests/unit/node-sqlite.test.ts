/** The node:sqlite adapter behaves as better-sqlite3 where the store relies on it; each case runs on both. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/store/connection.js';
import { NodeSqliteConnection } from '../../src/store/node-sqlite.js';
import { classifyError } from '../../src/store/open.js';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-nsql-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const DRIVERS: [string, (file: string) => Connection][] = [
  ['node:sqlite', (file) => NodeSqliteConnection.connect(file, { busyTimeoutMs: 0, readonly: false })],
  ['better-sqlite3', (file) => new Database(file, { timeout: 0 })],
];

describe.each(DRIVERS)('%s', (_name, connect) => {
  const open = () => {
    const db = connect(path.join(root, 'x.db'));
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    return db;
  };
  const keys = (db: Connection) => db.prepare('SELECT k FROM t ORDER BY k').pluck().all();

  it('binds positional and named parameters (keys the statement does not name are ignored), plucks, counts changes', () => {
    const db = open();
    expect(db.prepare('INSERT INTO t VALUES (?, ?)').run('a', 1).changes).toBe(1);
    expect(db.prepare('INSERT INTO t VALUES (@k, @v)').run({ k: 'b', v: 2, unused: 3 }).changes).toBe(1);
    expect(db.prepare('SELECT v FROM t WHERE k = ?').pluck().get('b')).toBe(2);
    expect(db.prepare('SELECT k, v FROM t WHERE k = ?').get('a')).toEqual({ k: 'a', v: 1 });
    expect(db.prepare('SELECT k FROM t WHERE k = ?').get('none')).toBeUndefined();
    expect([...db.prepare('SELECT k FROM t ORDER BY k').pluck().iterate()]).toEqual(['a', 'b']);
    expect(db.prepare('UPDATE t SET v = v + 1').run().changes).toBe(2);
    db.close();
    expect(db.open).toBe(false);
  });

  it('pragma: the rows, or with `simple` one value', () => {
    const db = open();
    db.pragma('user_version = 7');
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.pragma('user_version')).toEqual([{ user_version: 7 }]);
    db.close();
  });

  it('transactions commit, roll back on a throw, and nest as savepoints', () => {
    const db = open();
    const insert = (k: string) => db.prepare('INSERT INTO t (k) VALUES (?)').run(k);
    db.transaction(() => {
      insert('outer');
      expect(db.inTransaction).toBe(true);
      expect(() =>
        db.transaction(() => {
          insert('inner');
          throw new Error('inner fails');
        })(),
      ).toThrow('inner fails');
      insert('after');
    }).immediate();
    expect(keys(db)).toEqual(['after', 'outer']);
    expect(db.inTransaction).toBe(false);
    expect(() =>
      db
        .transaction(() => {
          insert('gone');
          insert('outer'); // a constraint error
        })
        .deferred(),
    ).toThrow();
    expect(keys(db)).toEqual(['after', 'outer']);
    expect(db.inTransaction).toBe(false);
    db.close();
  });

  it('errors classify as the store expects: a lock is busy, a file that is not a database corrupt', () => {
    const file = path.join(root, 'x.db');
    const a = open();
    a.pragma('journal_mode = WAL');
    const b = connect(file);
    a.exec('BEGIN IMMEDIATE');
    let lock: unknown;
    try {
      b.exec('BEGIN IMMEDIATE');
    } catch (error) {
      lock = error;
    }
    expect(classifyError(lock).kind).toBe('busy');
    a.exec('ROLLBACK');
    a.close();
    b.close();
    const text = path.join(root, 'text.db');
    fs.writeFileSync(text, 'not a database, only text long enough to fill a header page'.repeat(20));
    let notADatabase: unknown;
    try {
      connect(text).prepare('SELECT * FROM sqlite_master').all();
    } catch (error) {
      notADatabase = error;
    }
    expect(classifyError(notADatabase).kind).toBe('corrupt');
  });
});
