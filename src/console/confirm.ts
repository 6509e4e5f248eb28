/**
 * Asking before destroying data: a question on a terminal, `--yes` for scripts. Without a
 * terminal to ask on and without --yes, the command refuses (exit 2) instead of guessing.
 */
import { createInterface } from 'node:readline/promises';
import { CliError, EXIT } from './errors.js';

/**
 * True when the user agrees (or `yes` was given); false when they decline. With no terminal on
 * stdin and no `yes`: a usage error naming `flag`.
 */
export async function confirmed(question: string, yes: boolean | undefined, flag = '--yes'): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY)
    throw new CliError(
      `${question.replace(/\?$/, '')}: not confirmed`,
      `there is no terminal to ask on: pass ${flag} to go ahead`,
      EXIT.usage,
    );
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
