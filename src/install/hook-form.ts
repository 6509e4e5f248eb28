/**
 * Which form the installer writes hook commands in. Exec form (`"command": "/abs/node",
 * "args": ["/abs/script.cjs"]`) runs without a shell, so no quoting can go wrong; PowerShell,
 * which Claude Code uses on Windows without Git Bash, cannot run a quoted program path at all.
 * Claude Code before 2.1.139 drops the unknown `args` and runs `command` alone through a shell:
 * node with no script, reading the hook's JSON payload as a program. So exec form only when
 * the Claude Code that will run the hooks is known to be new enough.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import type { HookForm } from './hook-command.js';

export type { HookForm } from './hook-command.js';
export const HOOK_FORMS: readonly HookForm[] = ['exec', 'shell'];

/** The first Claude Code release that runs exec-form command hooks. */
export const EXEC_FORM_SINCE = '2.1.139';

/**
 * The native binary answers `claude --version` in 0.3-0.7 s; releases shipped as JavaScript
 * (2.0.x) took 2.4-3.9 s on a loaded 2-core machine. Past this the answer is "unknown".
 */
const VERSION_TIMEOUT_MS = 10_000;

/** `2.1.197` from `2.1.197 (Claude Code)` or `v2.1.197`; null when there is no x.y.z. */
export function parseVersion(text: string): string | null {
  return /^\s*v?(\d+\.\d+\.\d+)/.exec(text)?.[1] ?? null;
}

/** Numeric order of two x.y.z versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/**
 * The version of the `claude` found on PATH, or null when there is none, it fails, or it does
 * not answer within the timeout (it is killed then, and nothing waits for it). On Windows
 * `claude` may be a .cmd script, which only a shell can start.
 */
export function claudeVersionOnPath(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = VERSION_TIMEOUT_MS,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const options: SpawnSyncOptionsWithStringEncoding = {
    env,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    windowsHide: true,
  };
  const run =
    platform === 'win32' ? spawnSync('claude --version', { ...options, shell: true }) : spawnSync('claude', ['--version'], options);
  return run.status === 0 ? parseVersion(run.stdout) : null;
}

export interface FormChoice {
  form: HookForm;
  /** Why, in words for the install output. */
  why: string;
}

export interface FormRequest {
  /** --hook-form: wins over everything. */
  hookForm?: HookForm;
  /** --claude-version: the version to write for, instead of asking `claude` on PATH. */
  claudeVersion?: string;
  platform?: NodeJS.Platform;
  /** Asks the installed Claude Code; only called when neither flag decides. */
  detect?: () => string | null;
}

/**
 * The form to write. An unknown version means shell form, which every version runs, except on
 * Windows: there a current Claude Code without Git Bash runs shell form through PowerShell,
 * which fails on the quoted paths, so exec form is the better guess (an older release needs
 * --hook-form shell or --claude-version).
 */
export function chooseHookForm({
  hookForm,
  claudeVersion,
  platform = process.platform,
  detect = () => claudeVersionOnPath(),
}: FormRequest): FormChoice {
  if (hookForm) return { form: hookForm, why: `--hook-form ${hookForm}` };
  const version = claudeVersion ?? detect();
  if (version) {
    const source = claudeVersion ? '--claude-version' : '`claude --version` on PATH';
    return compareVersions(version, EXEC_FORM_SINCE) >= 0
      ? { form: 'exec', why: `Claude Code ${version} (from ${source}) runs exec form (${EXEC_FORM_SINCE} or later)` }
      : { form: 'shell', why: `Claude Code ${version} (from ${source}) predates exec form (${EXEC_FORM_SINCE})` };
  }
  const guess = platform === 'win32' ? 'exec form is the better guess on Windows' : 'shell form works with every version';
  return {
    form: platform === 'win32' ? 'exec' : 'shell',
    why: `no \`claude\` on PATH answered --version, and ${guess}; choose with --claude-version or --hook-form`,
  };
}
