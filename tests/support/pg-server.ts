/**
 * A throwaway PostgreSQL server for tests: BGT_TEST_PG_URL when set (CI exports one), else a
 * cluster initdb'd into a temp dir on a free port with its socket there too, run as the
 * `postgres` user when the tests run as root (initdb refuses root). Without PostgreSQL binaries
 * the tests skip, saying why, except on CI (CI=true), where that is a failure.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN_DIRS = [process.env.BGT_TEST_PG_BIN, '/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];
const PG_BIN = BIN_DIRS.find((d): d is string => !!d && existsSync(join(d, 'initdb')));

export const PG_SKIP_REASON =
  process.env.BGT_TEST_PG_URL || PG_BIN ? undefined : 'no PostgreSQL binaries (initdb) found and BGT_TEST_PG_URL not set';
if (PG_SKIP_REASON && process.env.CI === 'true') throw new Error(`PostgreSQL is required on CI: ${PG_SKIP_REASON}`);
if (PG_SKIP_REASON) console.warn(`skipping PostgreSQL tests: ${PG_SKIP_REASON}`);

export interface PgServer {
  /** A URL of a fresh database on the server (each call makes another). */
  freshDatabase(): Promise<string>;
  /** Stops the server (a no-op for BGT_TEST_PG_URL); start() brings it back on the same port. */
  stop(): void;
  start(): void;
  close(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;
const run = (bin: string, args: string[]) =>
  execFileSync(
    asRoot ? 'runuser' : join(PG_BIN as string, bin),
    asRoot ? ['-u', 'postgres', '--', join(PG_BIN as string, bin), ...args] : args,
    {
      stdio: 'pipe',
    },
  );

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let counter = 0;
const created: string[] = [];

export async function startPgServer(): Promise<PgServer> {
  const given = process.env.BGT_TEST_PG_URL;
  let adminUrl: string;
  let dir: string | undefined;
  let port = 0;
  const data = () => join(dir as string, 'data');
  const startCluster = () =>
    run('pg_ctl', [
      '-D',
      data(),
      '-w',
      '-l',
      join(dir as string, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  if (given) adminUrl = given;
  else {
    dir = mkdtempSync(join(tmpdir(), 'bgt-pg-'));
    chmodSync(dir, 0o777);
    port = await freePort();
    run('initdb', ['-D', data(), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    startCluster();
    adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  }
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    async freshDatabase() {
      const name = `bgt_test_${process.pid}_${++counter}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      created.push(name);
      const u = new URL(adminUrl);
      u.pathname = `/${name}`;
      return u.toString();
    },
    stop() {
      if (dir) run('pg_ctl', ['-D', data(), '-w', '-m', 'immediate', 'stop']);
    },
    start() {
      if (dir) startCluster();
    },
    async close() {
      // A server the tests do not own keeps running, without what they made in it.
      if (!dir)
        return admin(async (c) => {
          for (const name of created.splice(0)) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        });
      try {
        run('pg_ctl', ['-D', data(), '-w', '-m', 'immediate', 'stop']);
      } catch {
        // already stopped (a test stopped it and failed before starting it again)
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
