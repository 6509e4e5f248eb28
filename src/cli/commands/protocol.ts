/** `bgtelemetry protocol`: the CLAUDE.md section that tells the model how to work in the background. */
import type { Command } from 'commander';
import { appendProtocol, type AppendOutcome, PROTOCOL_MARKER, PROTOCOL_SECTION } from '../../admin/protocol.js';
import { CliError } from '../../console/errors.js';
import { FileRefusedError } from '../../runtime/regular-file.js';

const SAID = {
  created: (f: string) => `created ${f} with the Background Execution Protocol`,
  appended: (f: string) => `appended the Background Execution Protocol to ${f}`,
  'already-present': (f: string) => `${f} already has the Background Execution Protocol (${PROTOCOL_MARKER}); left unchanged`,
} as const;

/** appendProtocol, with a file that cannot be read or written said in a line (exit 1). */
function appended(file: string): AppendOutcome {
  try {
    return appendProtocol(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (!code?.startsWith('E')) throw error;
    const kind = code === 'EISDIR' ? 'a directory' : error instanceof FileRefusedError ? error.kind : undefined;
    throw new CliError(`--append ${file}: ${kind ? `is ${kind}` : message}`, 'name a file, in a directory you can write to');
  }
}

export function registerProtocol(program: Command): void {
  program
    .command('protocol')
    .description("print the Background Execution Protocol for a project's CLAUDE.md, or append it")
    .option('--append <file>', 'append it to this file (created if missing); a second append changes nothing')
    .addHelpText(
      'after',
      `
The hooks advise one command at a time; this section tells the model the whole practice up
front: what to background, running independent commands in parallel, checking once instead of
polling, what to keep in the foreground.

Examples:
  $ bgtelemetry protocol
  $ bgtelemetry protocol --append CLAUDE.md
  $ bgtelemetry protocol --append ~/.claude/CLAUDE.md    # for every project`,
    )
    .action((flags: { append?: string }) => {
      if (!flags.append) return void process.stdout.write(PROTOCOL_SECTION);
      process.stdout.write(SAID[appended(flags.append)](flags.append) + '\n');
    });
}
