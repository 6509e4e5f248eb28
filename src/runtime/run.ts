/**
 * The one place that turns a hook's result into process output. Whatever happens inside a
 * handler, the process prints one valid JSON object or nothing, and exits 0 within its budget.
 */
import { writeSync } from 'node:fs';
import type { HookEventName } from './hook-input.js';
import type { HookResult } from './hook-output.js';
import { recordInternalError } from './internal-errors.js';
import { parsePayload } from './json-payload.js';
import { readStdin } from './stdin.js';

/** Hard ceiling for a hook process; Claude Code users feel anything near a second. */
export const HOOK_BUDGET_MS = 900;
const STDIN_DEADLINE_MS = 500;

export type { HookResult } from './hook-output.js';
/** A handler of the events `E`: it can only return an output those events accept. */
export type HookHandler<E extends HookEventName = HookEventName> = (raw: unknown) => HookResult<E> | Promise<HookResult<E>>;

function exitWith(output: string | null): void {
  if (output === null) process.exit(0);
  // Written synchronously: process.stdout on a pipe or socket (Claude Code's is a socket) costs
  // about 4 ms of start-up, more than the rest of a typical hook's output path.
  const data = Buffer.from(output + '\n');
  let written = 0;
  try {
    while (written < data.length) written += writeSync(1, data, written);
  } catch (error) {
    // A non-blocking stdout that is full: the rest goes through the stream, exiting once flushed.
    // Any other failure (the reader is gone) leaves nothing to do.
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') process.exit(0);
  }
  if (written >= data.length) process.exit(0);
  process.stdout.on('error', () => process.exit(0));
  process.stdout.write(data.subarray(written), () => process.exit(0));
}

let hookProcess = false;

/** True inside a hook process, which exits as soon as its handler returns. */
export function isHookProcess(): boolean {
  return hookProcess;
}

/**
 * A hook's stdin text (null: over the size cap, or not closed in time) to what it prints: one
 * JSON object or nothing. Never throws: a failure is recorded and prints nothing. The fuzz suite
 * (tests/fuzz/payloads.test.ts) drives the handlers through this, as a hook process does.
 */
export async function respond<E extends HookEventName>(name: string, handler: HookHandler<E>, text: string | null): Promise<string | null> {
  try {
    if (text === null) throw new Error('stdin was too large, or did not close in time');
    if (text.trim() === '') return null;
    const result = await handler(parsePayload(text));
    return result && typeof result === 'object' ? JSON.stringify(result) : null;
  } catch (error) {
    recordInternalError(name, error);
    return null;
  }
}

export async function runHook<E extends HookEventName>(name: string, handler: HookHandler<E>): Promise<void> {
  hookProcess = true;
  const watchdog = setTimeout(() => {
    recordInternalError(name, new Error(`exceeded ${HOOK_BUDGET_MS} ms budget`));
    process.exit(0);
  }, HOOK_BUDGET_MS);
  watchdog.unref();
  exitWith(await respond(name, handler, await readStdin(STDIN_DEADLINE_MS).catch(() => null)));
}
