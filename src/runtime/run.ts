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

/**
 * Ceiling for a hook's own work, from the moment its payload is complete; Claude Code users feel
 * anything near a second.
 */
export const HOOK_BUDGET_MS = 900;
/**
 * stdin: half a second once the payload has started to arrive, but up to 3 s for its first
 * byte, which comes late only when the machine is so loaded that Claude Code itself is waiting
 * for a CPU (giving up then lost events under a load of 16 on 2 cores). Both stay well inside
 * the 5 s timeout Claude Code is given for every hook we install.
 */
const STDIN_DEADLINES = { deadlineMs: 500, firstByteMs: 3000 };

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

/** `beforeExit` runs once the output is known (a hook the shim fell back to starts the daemon there). */
export async function runHook<E extends HookEventName>(name: string, handler: HookHandler<E>, beforeExit?: () => void): Promise<void> {
  hookProcess = true;
  const text = await readStdin(STDIN_DEADLINES).catch(() => null);
  // Armed once the payload is here: the reading above bounds itself.
  setTimeout(() => {
    recordInternalError(name, new Error(`exceeded ${HOOK_BUDGET_MS} ms budget`));
    process.exit(0);
  }, HOOK_BUDGET_MS).unref();
  const output = await respond(name, handler, text);
  beforeExit?.();
  exitWith(output);
}
