/**
 * The `bgtelemetry` command line as a value: `buildProgram()` makes a fresh commander program
 * (commander keeps parsed options on it, so one per run) and `runProgram()` parses a command line
 * and turns errors into a message and an exit code. ./index.ts, the bin entry, runs it on
 * process.argv; tests run it in-process. Each command lives in its own module under ./commands.
 */
import { Command, CommanderError, type ParseOptions } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { hooksDir } from '../admin/hooks-dir.js';
import { registerClassify } from './commands/classify.js';
import { registerConfig } from './commands/config.js';
import { registerDemo } from './commands/demo.js';
import { registerDoctor } from './commands/doctor.js';
import { registerExport } from './commands/export.js';
import { registerInstall } from './commands/install.js';
import { registerProtocol } from './commands/protocol.js';
import { registerReport } from './commands/report.js';
import { registerStatus } from './commands/status.js';
import { CliError, EXIT } from '../console/errors.js';

export interface ProgramOptions {
  /**
   * The compiled hooks that install registers, doctor checks and demo runs. Default: dist/hooks
   * beside the bundled CLI; code run from src/ (tests) names the built ones.
   */
  hooksDir?: string;
}

export function buildProgram({ hooksDir: hooks = hooksDir() }: ProgramOptions = {}): Command {
  const program = new Command('bgtelemetry')
    .description('Claude Code hooks that get agents to run slow shell commands in the background, and the numbers to show it worked.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  // Order of the help listing: setting up, daily use, operating.
  registerInstall(program, hooks);
  registerReport(program);
  registerStatus(program);
  registerClassify(program);
  registerDemo(program, hooks);
  registerDoctor(program, hooks);
  registerExport(program);
  registerConfig(program);
  registerProtocol(program);

  program.addHelpText(
    'after',
    `
Exit codes: 0 success, 1 a problem was found (the message says what), 2 invalid command line.
Documentation: docs/ in the package, or README.md.`,
  );
  return program;
}

/** Runs one command line; errors end as a message on stderr and process.exitCode, never a throw. */
export async function runProgram(program: Command, argv: readonly string[], options?: ParseOptions): Promise<void> {
  try {
    await program.parseAsync(argv, options);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are normal exits; commander has already printed the message.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (error instanceof CliError) {
      process.stderr.write(`bgtelemetry: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`bgtelemetry: unexpected error: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = EXIT.problem;
    }
  }
}
