/**
 * Secrets never reach a file: every secret-carrying command goes through the real PreToolUse,
 * PostToolUse and Stop handlers (in-process for all of them, as compiled processes for a few),
 * with commands stored in `full`, and then every byte written is searched: the database, its
 * WAL, the spool and the error log.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleLifecycle } from '../../src/policy/lifecycle.js';
import { handlePostToolUse } from '../../src/policy/post-tool-use.js';
import { handlePreToolUse } from '../../src/policy/pre-tool-use.js';
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

function leaked(text: string): string[] {
  return SECRET_CASES.flatMap((c) => c.secrets.filter((s) => text.includes(s)).map((s) => `${s} (from: ${c.cmd.slice(0, 60)})`));
}

describe('no secret reaches the store', () => {
  it(`${SECRET_CASES.length} commands with secrets, recorded in full, leave none behind`, async () => {
    expect(SECRET_CASES.length).toBeGreaterThanOrEqual(50);
    const box = sandbox();
    mkdirSync(join(box.home, 'data'), { recursive: true });
    writeFileSync(join(box.home, 'data', 'config.json'), JSON.stringify({ commandStorage: 'full' }));
    let k = 0;
    for (const c of SECRET_CASES) {
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
        background_tasks: SECRET_CASES.map((c, i) => ({ id: `task${i + 1}`, type: 'shell', status: 'running', command: c.cmd })),
      },
      box.env,
    );
    // The same commands through the compiled hooks, and one event forced into the spool.
    for (const c of SECRET_CASES.slice(0, 5))
      expect((await hook('pre-tool-use', preBash(box.project, { command: c.cmd }), box.env)).exitCode).toBe(0);
    const spoolOnly = { ...box.env, BGTELEMETRY_DB: join(box.home, 'no-such-dir-file', 'x.db') };
    writeFileSync(join(box.home, 'no-such-dir-file'), 'a file where a directory should be');
    expect((await hook('pre-tool-use', preBash(box.project, { command: SECRET_CASES[0].cmd }), spoolOnly)).exitCode).toBe(0);
    expect(readdirSync(join(box.home, 'data', 'spool')).length).toBe(1);

    const written = everythingWritten(join(box.home, 'data'));
    expect(written.length).toBeGreaterThan(10_000);
    // The programs are there: the commands were stored, with their secrets removed.
    expect(written).toContain('curl -H "Authorization: Bearer <redacted:bearer>"');
    expect(leaked(written)).toEqual([]);
  });
});
