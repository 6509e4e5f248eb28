/**
 * Secrets never reach a file: every secret-carrying command goes through the real PreToolUse,
 * PostToolUse and Stop handlers (in-process for all of them, as compiled processes and into the
 * spool for a sample), in each `commandStorage` mode, and then every byte written is searched
 * (the database, its WAL, the spool, the error log) and so is `export` in both formats.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleLifecycle } from '../../src/policy/lifecycle.js';
import { handlePostToolUse } from '../../src/policy/post-tool-use.js';
import { handlePreToolUse } from '../../src/policy/pre-tool-use.js';
import { runCli } from '../support/cli-run.js';
import { POSITIONAL_SECRET_CASES } from '../fixtures/secrets-by-position.js';
import { SECRET_CASES } from '../fixtures/secrets.js';
import { hook, preBash, sandbox } from './harness.js';

/** Every file under a directory, as one string. */
function everythingWritten(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out += statSync(path).isDirectory() ? everythingWritten(path) : readFileSync(path).toString('latin1');
  }
  return out;
}

/** Every command with its secrets: the original cases and those found by position. */
const CASES = [
  ...SECRET_CASES.map((c) => ({ cmd: c.cmd, secrets: c.secrets })),
  ...POSITIONAL_SECRET_CASES.map(([cmd, ...secrets]) => ({ cmd, secrets })),
];

function leaked(text: string): string[] {
  return CASES.flatMap((c) => c.secrets.filter((s) => text.includes(s)).map((s) => `${s} (from: ${c.cmd.slice(0, 60)})`));
}

/** Every case through the handlers, some through the compiled hooks and some forced into the spool. */
async function recordEverything(mode: string): Promise<{ box: ReturnType<typeof sandbox>; exported: string }> {
  const box = sandbox();
  mkdirSync(join(box.home, 'data'), { recursive: true });
  writeFileSync(join(box.home, 'data', 'config.json'), JSON.stringify({ commandStorage: mode }));
  let k = 0;
  for (const c of CASES) {
    const pre = preBash(box.project, { command: c.cmd, description: 'x' }, { tool_use_id: `toolu_secret_${++k}` });
    await handlePreToolUse(pre, box.env);
    await handlePostToolUse(
      {
        ...pre,
        hook_event_name: 'PostToolUse',
        tool_response: { stdout: '', stderr: '', interrupted: false, isImage: false, backgroundTaskId: `task${k}` },
      },
      box.env,
    );
  }
  // Stop lists the running tasks with their commands, a second way commands arrive.
  await handleLifecycle(
    {
      session_id: 'test-session',
      cwd: box.project,
      prompt_id: 'prompt-1',
      hook_event_name: 'Stop',
      background_tasks: CASES.map((c, i) => ({ id: `task${i + 1}`, type: 'shell', status: 'running', command: c.cmd })),
    },
    box.env,
  );
  // A few of each kind through the compiled hooks, and into the spool (a file where the database's directory should be).
  const sample = CASES.filter((_c, i) => i % 40 === 0);
  for (const c of sample) expect((await hook('pre-tool-use', preBash(box.project, { command: c.cmd }), box.env)).exitCode).toBe(0);
  const spoolOnly = { ...box.env, BGTELEMETRY_DB: join(box.home, 'no-such-dir-file', 'x.db') };
  writeFileSync(join(box.home, 'no-such-dir-file'), 'a file where a directory should be');
  for (const c of sample) expect((await hook('pre-tool-use', preBash(box.project, { command: c.cmd }), spoolOnly)).exitCode).toBe(0);
  expect(readdirSync(join(box.home, 'data', 'spool')).length).toBeGreaterThanOrEqual(1);

  let exported = '';
  for (const format of ['jsonl', 'csv']) {
    const run = await runCli(['export', '--format', format], { cwd: box.project, env: box.env });
    expect(run.code).toBe(0);
    exported += run.stdout;
  }
  return { box, exported };
}

describe('no secret reaches the store', () => {
  it('has a varied set of commands with secrets', () => {
    expect(SECRET_CASES.length).toBeGreaterThanOrEqual(50);
    expect(POSITIONAL_SECRET_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(['full', 'redacted', 'signature'])(
    'in %s mode, the database, WAL, spool, error log and export keep none',
    async (mode) => {
      const { box, exported } = await recordEverything(mode);
      const written = everythingWritten(join(box.home, 'data'));
      expect(written.length).toBeGreaterThan(10_000);
      expect(exported.length).toBeGreaterThan(1_000);
      // The programs are there: the commands were stored, with their secrets removed.
      if (mode !== 'signature') {
        expect(written).toContain('curl -H "Authorization: Bearer <redacted:bearer>"');
        expect(written).toContain('rabbitmqctl add_user app <redacted:password>');
        expect(exported).toContain('ssh-keygen -t ed25519 -N <redacted:passphrase>');
      }
      expect(leaked(written)).toEqual([]);
      expect(leaked(exported)).toEqual([]);
    },
    60_000,
  );
});
