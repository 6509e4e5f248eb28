/**
 * The daemon transport with real processes: the compiled shim (dist/hooks/shim.sh), the Node
 * hooks it falls back to, and the daemon (dist/hooks/daemon.cjs) they start. A shim whose
 * fallback node is `/nonexistent/node` can only have been answered by the daemon.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  alive,
  announced,
  daemonUp,
  dataOf,
  hookRequest,
  rawRequest,
  recordedCalls,
  runShim,
  secretOf,
  statusOf,
} from './daemon-support.js';
import { waitFor } from '../support/wait-for.js';
import { contextOf, expectContract, hook, preBash, sandbox } from './harness.js';

const NO_NODE = '/nonexistent/node';

/** Pids of the daemon processes whose environment names this data directory (Linux /proc). */
function daemonsServing(data: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('daemon.cjs') &&
          readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`BGTELEMETRY_HOME=${data}`)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}
const slow = (project: string, command: string) => preBash(project, { command, description: 'slow step' });

describe('the daemon behind the shim', () => {
  it('the first event starts it through the Node fallback; the next are answered by it, each recorded once, with the same advice', async () => {
    const box = sandbox();
    const first = slow(box.project, 'npm ci');
    const r1 = await runShim(box, 'pre-tool-use', first);
    expect(contextOf(expectContract(r1))).toContain('`npm ci` is slow');
    const { pid } = await daemonUp(box);
    // Its stdio is not the hook's: the fallback that started it returned, and its stdout is /dev/null.
    expect(readlinkSync(`/proc/${pid}/fd/1`)).toBe('/dev/null');

    const second = slow(box.project, 'cargo build --release');
    const r2 = await runShim(box, 'pre-tool-use', second, NO_NODE);
    const viaDaemon = expectContract(r2);
    const other = sandbox();
    const viaNode = expectContract(await hook('pre-tool-use', { ...second, cwd: other.project }, other.env));
    expect(contextOf(viaDaemon)).toContain('`cargo build` is slow');
    expect(contextOf(viaDaemon)).toBe(contextOf(viaNode));

    expect(recordedCalls(box)).toEqual([first.tool_use_id, second.tool_use_id].sort());
    expect(announced(box)?.pid).toBe(pid);
    expect(box.errors()).toBe('');
  });

  it('keeps its database connection, but a database deleted meanwhile gets the next event in a new file', async () => {
    const box = sandbox();
    const first = slow(box.project, 'npm ci');
    await runShim(box, 'pre-tool-use', first);
    await daemonUp(box);
    const second = slow(box.project, 'docker build .');
    expectContract(await runShim(box, 'pre-tool-use', second, NO_NODE));
    expect(recordedCalls(box)).toEqual([first.tool_use_id, second.tool_use_id].sort());
    const { rmSync } = await import('node:fs');
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataOf(box), `telemetry.db${suffix}`), { force: true });
    const third = slow(box.project, 'cargo build --release');
    expect(contextOf(expectContract(await runShim(box, 'pre-tool-use', third, NO_NODE)))).toContain('`cargo build` is slow');
    expect(recordedCalls(box)).toEqual([third.tool_use_id]);
  });

  it('reads payloads of every size whole: around the 8 KiB bash reads itself, multibyte characters across it, and large ones', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    await daemonUp(box);
    const ids: string[] = [];
    for (const size of [8000, 8190, 8191, 8192, 8193, 8200, 70_000]) {
      const base = preBash(box.project, { command: 'docker build .', description: 'slow step' }, { session_id: `size-${size}` });
      // A comment pads the command: the advice still names the command, so the JSON arrived whole.
      const bytes = Buffer.byteLength(JSON.stringify(base));
      const payload = {
        ...base,
        tool_input: {
          ...base.tool_input,
          command: `docker build . # ${'é'.repeat(Math.floor((size - bytes - 3) / 2))}${size % 2 ? 'x' : ''}`,
        },
      };
      ids.push(payload.tool_use_id);
      const out = expectContract(await runShim(box, 'pre-tool-use', payload, NO_NODE));
      expect(contextOf(out), `payload of ${Buffer.byteLength(JSON.stringify(payload))} bytes`).toContain('`docker build` is slow');
    }
    expect(recordedCalls(box)).toEqual(expect.arrayContaining(ids));
    expect(box.errors()).toBe('');
  });

  it('two shims at once are both answered and recorded', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    await daemonUp(box);
    const a = slow(box.project, 'docker build .');
    const b = slow(box.project, 'sleep 120');
    const [ra, rb] = await Promise.all([runShim(box, 'pre-tool-use', a, NO_NODE), runShim(box, 'pre-tool-use', b, NO_NODE)]);
    expect(contextOf(expectContract(ra))).toContain('`docker build` is slow');
    expect(contextOf(expectContract(rb))).toContain('`sleep` is slow');
    expect(recordedCalls(box)).toEqual(expect.arrayContaining([a.tool_use_id, b.tool_use_id]));
  });

  it("records each event's own time in hook_runs, not how long the daemon has been up", async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    await daemonUp(box);
    // Up 3 s before the events it answers: counted from its start, each would take longer.
    await new Promise((r) => setTimeout(r, 3000));
    const calls = ['docker build .', 'cargo build --release'].map((c) => slow(box.project, c));
    for (const call of calls) expectContract(await runShim(box, 'pre-tool-use', call, NO_NODE));
    const db = new Database(join(dataOf(box), 'telemetry.db'), { readonly: true });
    try {
      for (const call of calls) {
        const [row] = db.prepare('SELECT wall_ms FROM hook_runs WHERE event_id LIKE ?').all(`%:${call.tool_use_id}`) as {
          wall_ms: number;
        }[];
        expect(row.wall_ms).toBeGreaterThan(0);
        expect(row.wall_ms).toBeLessThan(3000);
      }
    } finally {
      db.close();
    }
  });

  it('four first events at once start one daemon, not four', async () => {
    const box = sandbox();
    const calls = ['npm ci', 'docker build .', 'sleep 120', 'cargo build --release'].map((c) => slow(box.project, c));
    const runs = await Promise.all(calls.map((call) => runShim(box, 'pre-tool-use', call)));
    for (const run of runs) expect(contextOf(expectContract(run))).toMatch(/is slow/);
    await daemonUp(box);
    await new Promise((r) => setTimeout(r, 1500));
    expect(daemonsServing(dataOf(box))).toHaveLength(1);
    expect(recordedCalls(box)).toEqual(calls.map((c) => c.tool_use_id).sort());
  });

  it('killed mid-run (kill -9): every event is still recorded and advised through the fallback, and a new daemon starts', async () => {
    const box = sandbox();
    const ids: string[] = [];
    let killed = 0;
    for (let k = 0; k < 6; k++) {
      if (k === 3) {
        killed = (await daemonUp(box)).pid;
        process.kill(killed, 'SIGKILL');
        await waitFor(() => !alive(killed), 10_000, 'the daemon to die');
      }
      const call = slow(box.project, 'npm ci');
      ids.push(call.tool_use_id);
      const run = await runShim(box, 'pre-tool-use', { ...call, session_id: `session-${k}` });
      expect(contextOf(expectContract(run))).toContain('`npm ci` is slow');
      if (k === 0) await daemonUp(box);
    }
    expect(recordedCalls(box)).toEqual([...ids].sort());
    const next = await waitFor(
      () => announced(box)?.pid !== killed && alive(announced(box)?.pid ?? 0) && announced(box),
      15_000,
      'a new daemon',
    );
    expect(next.pid).not.toBe(killed);
  });

  it('a hung daemon (SIGSTOP) costs one timeout: the event is answered by the fallback, which replaces the daemon', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    const stuck = await daemonUp(box);
    process.kill(stuck.pid, 'SIGSTOP');
    try {
      const call = slow(box.project, 'cargo build --release');
      expect(contextOf(expectContract(await runShim(box, 'pre-tool-use', call)))).toContain('`cargo build` is slow');
      await waitFor(() => !alive(stuck.pid), 10_000, 'the hung daemon to be killed');
      const fresh = await waitFor(() => announced(box)?.pid !== stuck.pid && announced(box), 15_000, 'a new daemon');
      expect(alive(fresh.pid)).toBe(true);
      expect(recordedCalls(box)).toContain(call.tool_use_id);
    } finally {
      if (alive(stuck.pid)) process.kill(stuck.pid, 'SIGKILL');
    }
  });

  it('a daemon of another build is replaced: the shim falls back, the old one leaves, the next event starts this build', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    const old = await daemonUp(box);
    // As an older build would have announced itself.
    writeFileSync(join(dataOf(box), 'daemon.port'), `${old.port} ${old.pid} 0123456789abcdef\n`);
    const call = slow(box.project, 'cargo build --release');
    expect(contextOf(expectContract(await runShim(box, 'pre-tool-use', call)))).toContain('`cargo build` is slow');
    await waitFor(() => !alive(old.pid), 10_000, 'the old daemon to leave');
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    const fresh = await waitFor(() => announced(box)?.version === old.version && announced(box), 15_000, 'this build');
    expect(fresh.pid).not.toBe(old.pid);
    expect(recordedCalls(box)).toHaveLength(3);
  });

  it('a request of another build is answered 409 and the daemon leaves, removing its announcement and lock', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    const { pid, port } = await daemonUp(box);
    const reply = await rawRequest(port, [hookRequest(box, '{}', { 'X-Bgt-Version': 'fedcba9876543210' })]);
    expect(statusOf(reply)).toBe(409);
    await waitFor(() => !alive(pid), 10_000, 'the daemon to exit');
    expect(announced(box)).toBeNull();
    expect(() => statSync(join(dataOf(box), 'daemon.lock'))).toThrow();
  });

  it('exits after its idle period, removing its announcement', async () => {
    const box = sandbox();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dataOf(box), { recursive: true });
    writeFileSync(join(dataOf(box), 'config.json'), JSON.stringify({ daemon: { idleMinutes: 0.02 } }));
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    const { pid } = await daemonUp(box);
    await waitFor(() => !alive(pid), 15_000, 'the idle daemon to exit');
    expect(announced(box)).toBeNull();
  });

  it('refuses requests without the secret, with a wrong one, for another Host, from a page, oversized or too slow; nothing is written', async () => {
    const box = sandbox();
    await runShim(box, 'post-tool-use', { ...slow(box.project, 'true'), hook_event_name: 'SessionStart' });
    const { pid, port } = await daemonUp(box);
    const body = JSON.stringify(slow(box.project, 'npm ci'));
    const wrongSecret = secretOf(box).replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const big = `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`;
    const cases: [string, string[], number, number?][] = [
      ['no secret', [hookRequest(box, body, { 'X-Bgt-Secret': undefined })], 403],
      ['a wrong secret', [hookRequest(box, body, { 'X-Bgt-Secret': wrongSecret })], 403],
      ['another Host (DNS rebinding)', [hookRequest(box, body, { Host: `attacker.example:${port}` })], 403],
      ['a browser page (Origin)', [hookRequest(box, body, { Origin: 'http://attacker.example' })], 403],
      ['a GET', [hookRequest(box, '', {}).replace(/^POST/, 'GET')], 403],
      ['an oversized body', [hookRequest(box, big)], 413],
      [
        'an oversized body without a length',
        [
          hookRequest(box, big, { 'Content-Length': undefined, 'Transfer-Encoding': 'chunked' }).replace(
            /\r\n\r\n[\s\S]*$/,
            `\r\n\r\n${(big.length).toString(16)}\r\n${big}\r\n0\r\n\r\n`,
          ),
        ],
        413,
      ],
    ];
    for (const [what, chunks, status] of cases) expect([what, statusOf(await rawRequest(port, chunks))]).toEqual([what, status]);
    // Slowloris: the headers never finish; Node's header timeout answers 408 and closes.
    const request = hookRequest(box, body);
    const slowReply = await rawRequest(port, [request.slice(0, 40), request.slice(40, 60)], 1500);
    expect(statusOf(slowReply)).toBe(408);
    expect(recordedCalls(box)).toEqual([]);
    // Still there, and a proper request is answered.
    expect(alive(pid)).toBe(true);
    expect(statusOf(await rawRequest(port, [hookRequest(box, body)]))).toBe(200);
    expect(recordedCalls(box)).toHaveLength(1);
  });

  it('a daemon that cannot start is recorded, and hooks do not start another for a while (each try costs a Node start)', async () => {
    const box = sandbox();
    const { mkdirSync, existsSync } = await import('node:fs');
    mkdirSync(join(dataOf(box), 'daemon.secret'), { recursive: true });
    const first = slow(box.project, 'npm ci');
    expect(contextOf(expectContract(await runShim(box, 'pre-tool-use', first)))).toContain('`npm ci` is slow');
    await waitFor(() => existsSync(join(dataOf(box), 'daemon.failed')), 15_000, 'the failure marker');
    expect(box.errors()).toContain('the daemon could not start');
    expect(existsSync(join(dataOf(box), 'daemon.lock'))).toBe(false);
    const lines = box.errors().split('\n').length;
    const second = slow(box.project, 'cargo build --release');
    expect(contextOf(expectContract(await runShim(box, 'pre-tool-use', second)))).toContain('`cargo build` is slow');
    await new Promise((r) => setTimeout(r, 1500));
    // No second attempt: no new line, no lock; both events recorded by the fallback.
    expect(box.errors().split('\n').length).toBe(lines);
    expect(existsSync(join(dataOf(box), 'daemon.lock'))).toBe(false);
    expect(recordedCalls(box)).toEqual([first.tool_use_id, second.tool_use_id].sort());
  });

  it('keeps its files private: the secret, the announcement and the lock are 0600', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    await daemonUp(box);
    for (const file of ['daemon.secret', 'daemon.port', 'daemon.lock'])
      expect([file, statSync(join(dataOf(box), file)).mode & 0o777]).toEqual([file, 0o600]);
  });

  const asRoot = process.getuid?.() === 0;
  const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(!(asRoot && hasSetpriv))('another user can neither read the secret nor have an event written', async () => {
    const box = sandbox();
    await runShim(box, 'pre-tool-use', slow(box.project, 'npm ci'));
    const { port } = await daemonUp(box);
    const asNobody = (args: string[]) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...args], { encoding: 'utf8' });
    expect(asNobody(['cat', join(dataOf(box), 'daemon.secret')]).status).not.toBe(0);
    const client = `const s=require('net').connect(${port},'127.0.0.1',()=>s.end(process.argv[1]));let r='';s.on('data',d=>r+=d);s.on('close',()=>process.stdout.write(r))`;
    const request = hookRequest(box, JSON.stringify(slow(box.project, 'cargo build')), { 'X-Bgt-Secret': 'guess' });
    const reply = asNobody([process.execPath, '-e', client, request]);
    expect(statusOf(reply.stdout)).toBe(403);
    expect(recordedCalls(box)).toHaveLength(1);
  });
});
