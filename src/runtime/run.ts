/**
 * The one place that turns a hook's result into process output. Whatever happens inside a
 * handler, the process prints one valid JSON object or nothing, and exits 0 within its budget.
 */
import { recordInternalError } from './internal-errors.js';
import { readStdin } from './stdin.js';

/** Hard ceiling for a hook process; Claude Code users feel anything near a second. */
export const HOOK_BUDGET_MS = 900;
const STDIN_DEADLINE_MS = 500;

export type HookResult = Record<string, unknown> | null | undefined;
export type HookHandler = (raw: unknown) => HookResult | Promise<HookResult>;

function exitWith(output: string | null): void {
  if (output === null) {
    process.exit(0);
  }
  // Exit only after the write is flushed: pipes are asynchronous on some platforms.
  process.stdout.write(output + '\n', () => process.exit(0));
}

let hookProcess = false;

/** True inside a hook process, which exits as soon as its handler returns. */
export function isHookProcess(): boolean {
  return hookProcess;
}

export async function runHook(name: string, handler: HookHandler): Promise<void> {
  hookProcess = true;
  const watchdog = setTimeout(() => {
    recordInternalError(name, new Error(`exceeded ${HOOK_BUDGET_MS} ms budget`));
    process.exit(0);
  }, HOOK_BUDGET_MS);
  watchdog.unref();
  let output: string | null = null;
  try {
    const text = await readStdin(STDIN_DEADLINE_MS);
    if (text === null) throw new Error('stdin was too large, or did not close in time');
    if (text.trim() === '') return exitWith(null);
    const raw: unknown = JSON.parse(text);
    const result = await handler(raw);
    if (result && typeof result === 'object') output = JSON.stringify(result);
  } catch (error) {
    recordInternalError(name, error);
    output = null;
  }
  exitWith(output);
}
