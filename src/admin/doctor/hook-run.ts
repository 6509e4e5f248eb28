/**
 * One compiled hook run end to end, as Claude Code runs it: a real PostToolUse payload for a Bash
 * call, the Node the hooks use, and a throw-away data directory (nothing of the user's is read
 * or written). It passes when the hook keeps the contract (exit 0, JSON or nothing on stdout,
 * nothing on stderr) and the call is in the database, with no error logged and nothing spooled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oneLine } from '../../console/table.js';
import { plainConnection } from '../../store/open.js';
import { spooledFiles } from '../../store/spool.js';
import { missingHookScripts } from '../hooks-dir.js';
import { readErrorLog } from './errors-log.js';
import { section, type Problem, type Section } from './section.js';

export const TEST_HOOK = 'post-tool-use.cjs';
/** The hook's own budget is under a second; the rest is a Node start on a busy machine. */
const RUN_TIMEOUT_MS = 10_000;
const SESSION = 'bgtelemetry-doctor';
const TOOL_USE_ID = 'toolu_bgtelemetry_doctor';

function payload(project: string): string {
  return JSON.stringify({
    session_id: SESSION,
    transcript_path: join(project, 'no-transcript.jsonl'),
    cwd: project,
    permission_mode: 'default',
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_use_id: TOOL_USE_ID,
    tool_input: { command: 'npm test', description: 'Run the tests' },
    tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false },
  });
}

/** Kept: the run uses the SQLite driver the hooks use. */
const KEPT = new Set(['BGTELEMETRY_SQLITE_DRIVER']);

/** The user's environment, without anything that points the hook at the user's own files or settings. */
function sandboxEnv(env: NodeJS.ProcessEnv, home: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([k]) => KEPT.has(k) || (!k.startsWith('BGTELEMETRY_') && !k.startsWith('CLAUDE_'))),
  );
  return {
    ...clean,
    HOME: home,
    BGTELEMETRY_HOME: home,
    CLAUDE_CONFIG_DIR: join(home, 'claude'),
    CLAUDE_PROJECT_DIR: join(home, 'project'),
    ...extra,
  };
}

function recorded(database: string): string | null {
  if (!existsSync(database)) return 'the call is not in the database (none was created)';
  try {
    const db = plainConnection(database, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT 1 FROM bash_calls WHERE tool_use_id = ?').get(TOOL_USE_ID) ? null : 'the call is not in the database';
    } finally {
      db.close();
    }
  } catch (error) {
    return `its database cannot be read: ${(error as Error).message}`;
  }
}

/** The line of a Node crash report that says what was thrown (the first ones quote minified source). */
function errorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.find((l) => /^[A-Z]\w*(Error|Exception)\b/.test(l)) ?? lines[0];
}

/**
 * Runs `node <hooksDir>/post-tool-use.cjs`; a fact on success, else a problem naming each thing
 * that went wrong. `extraEnv` adds what Claude Code sets for the install (CLAUDE_PLUGIN_ROOT).
 */
export function runTestHook(
  hooksDir: string,
  node: string,
  env: NodeJS.ProcessEnv,
  fix: string,
  extraEnv: NodeJS.ProcessEnv = {},
): { fact: string } | { problem: Problem } {
  const home = mkdtempSync(join(tmpdir(), 'bgt-doctor-run-'));
  try {
    mkdirSync(join(home, 'project'));
    const start = process.hrtime.bigint();
    const r = spawnSync(node, [join(hooksDir, TEST_HOOK)], {
      input: payload(join(home, 'project')),
      env: sandboxEnv(env, home, extraEnv),
      encoding: 'utf8',
      timeout: RUN_TIMEOUT_MS,
    });
    const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
    const wrong: string[] = [];
    if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') wrong.push(`it did not finish in ${RUN_TIMEOUT_MS / 1000} s`);
    else if (r.error) wrong.push(`it could not be started: ${r.error.message}`);
    else if (r.signal) wrong.push(`it was killed by ${r.signal}`);
    else if (r.status !== 0) wrong.push(`it exited with ${r.status}`);
    if (r.stderr) wrong.push(`it wrote to stderr: ${oneLine(errorLine(r.stderr), 300)}`);
    if (r.stdout?.trim()) {
      try {
        JSON.parse(r.stdout);
      } catch {
        wrong.push(`its stdout is not JSON: ${oneLine(r.stdout.trim(), 160)}`);
      }
    }
    if (!r.error && !r.signal) {
      const missing = recorded(join(home, 'telemetry.db'));
      if (missing) wrong.push(missing);
    }
    const spooled = spooledFiles(join(home, 'spool')).length;
    if (spooled) wrong.push(`${spooled} event${spooled === 1 ? '' : 's'} went to the spool instead`);
    const details = readErrorLog(join(home, 'errors.log')).map((e) => `errors.log: ${e.where}: ${oneLine(e.message, 300)}`);
    if (!wrong.length && !details.length) return { fact: `${TEST_HOOK} with ${node}: recorded a Bash call in ${ms} ms` };
    return {
      problem: {
        text: `${join(hooksDir, TEST_HOOK)} run by ${node} with a Bash call: ${[...wrong, ...(details.length ? ['it logged an internal error'] : [])].join('; ')}`,
        details,
        fix,
      },
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** This bgtelemetry's hooks, run by each Node that loads the binding (the others cannot record). */
export function checkHookRun(hooksDir: string, nodes: readonly string[], loading: readonly string[], env: NodeJS.ProcessEnv): Section {
  const s = section('Hook test run');
  if (missingHookScripts(hooksDir).length) {
    s.facts.push(`not run: the compiled hooks are missing from ${hooksDir} (see Hook start-up)`);
    return s;
  }
  for (const node of nodes) {
    if (!loading.includes(node)) {
      s.facts.push(`not run with ${node}: it cannot load the SQLite binding (above)`);
      continue;
    }
    const run = runTestHook(
      hooksDir,
      node,
      env,
      'rebuild the hooks (npm run build in the checkout) or reinstall bgtelemetry; if it persists, report it with this output',
    );
    if ('fact' in run) s.facts.push(run.fact);
    else s.problems.push(run.problem);
  }
  return s;
}
