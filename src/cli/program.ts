/**
 * The `bgtelemetry` command line as a value: `buildProgram()` makes a fresh commander program
 * (commander keeps parsed options on it, so one per run) and `runProgram()` parses a command line
 * and turns errors into a message and an exit code. ./index.ts, the bin entry, runs it on
 * process.argv; tests run it in-process. Each command lives in its own module under ./commands.
 */
import { Command, CommanderError, type ParseOptions } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { hooksDir } from '../admin/hooks-dir.js';
import { CliError, EXIT } from '../console/errors.js';
import { printable } from '../console/printable.js';
import { FileRefusedError } from '../runtime/regular-file.js';

export interface ProgramOptions {
  /**
   * The compiled hooks that install registers, doctor checks and demo runs. Default: dist/hooks
   * beside the bundled CLI; code run from src/ (tests) names the built ones.
   */
  hooksDir?: string;
}

type Register = (program: Command, hooks: string) => void;

/**
 * Each command's module and the command names it registers, in the order of the help listing
 * (setting up, daily use, operating). A module is loaded only when the command line names one of
 * its commands: a process loads what it runs (a report neither commander's other commands nor
 * the HTTP client doctor uses, nor the PostgreSQL driver), about 0.1 s of every start.
 */
const COMMANDS: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['install', 'uninstall'], load: async () => (await import('./commands/install.js')).registerInstall },
  { names: ['backfill'], load: async () => (await import('./commands/backfill.js')).registerBackfill },
  { names: ['report'], load: async () => (await import('./commands/report.js')).registerReport },
  { names: ['status'], load: async () => (await import('./commands/status.js')).registerStatus },
  { names: ['classify'], load: async () => (await import('./commands/classify.js')).registerClassify },
  { names: ['demo'], load: async () => (await import('./commands/demo.js')).registerDemo },
  { names: ['doctor'], load: async () => (await import('./commands/doctor.js')).registerDoctor },
  { names: ['export', 'import', 'prune'], load: async () => (await import('./commands/export.js')).registerExport },
  { names: ['sync', 'team'], load: async () => (await import('./commands/sync.js')).registerSync },
  { names: ['config'], load: async () => (await import('./commands/config.js')).registerConfig },
  { names: ['protocol'], load: async () => (await import('./commands/protocol.js')).registerProtocol },
];

/**
 * The program for the command line `args` (without node and the script): the command it names
 * alone, or every command when it names none (help, a version, a mistyped name to suggest for).
 */
export async function buildProgram({ hooksDir: hooks = hooksDir() }: ProgramOptions = {}, args: readonly string[] = []): Promise<Command> {
  const program = new Command('bgtelemetry')
    .description('Claude Code hooks that get agents to run slow shell commands in the background, and the numbers to show it worked.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  const named = COMMANDS.find((c) => c.names.includes(args[0] ?? ''));
  for (const register of await Promise.all((named ? [named] : COMMANDS).map((c) => c.load()))) register(program, hooks);

  program.addHelpText(
    'after',
    `
Exit codes: 0 success, 1 a problem was found (the message says what; BGTELEMETRY_DEBUG=1 adds
the stack trace of an unexpected error), 2 invalid command line. A reader that closes the pipe
early (| head) ends the output quietly, exit 0.
Documentation: docs/ in the package, or README.md.`,
  );
  return program;
}

/** Runs one command line; errors end as a message on stderr and process.exitCode, never a throw. */
export async function runProgram(program: Command, argv: readonly string[], options?: ParseOptions): Promise<void> {
  try {
    await program.parseAsync(argv, options);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

/** Writes what went wrong, in a line (and a hint); returns the exit code it means. */
function reportError(error: unknown): number {
  // Help and version "errors" are normal exits; commander has already printed the message.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  // The reader closed the pipe (`| head`): it has all it wanted.
  if (isClosedPipe(error)) return EXIT.ok;
  // A FIFO, device or directory where a file was to be read or written: said in a line, exit 1.
  if (error instanceof FileRefusedError) {
    process.stderr.write(`bgtelemetry: ${printable(error.message)}; nothing was read or written there\n`);
    return EXIT.problem;
  }
  if (error instanceof CliError) {
    const hint = error.hint ? `  ${printable(error.hint)}\n` : '';
    process.stderr.write(`bgtelemetry: ${printable(error.message)}\n${hint}`);
    return error.exitCode;
  }
  const message = printable(error instanceof Error ? error.message : String(error));
  // System errors (EACCES, EISDIR, ENOSPC…) say what failed and on which path: a problem, not a bug.
  const system = typeof (error as NodeJS.ErrnoException)?.syscall === 'string';
  const debug = process.env.BGTELEMETRY_DEBUG === '1';
  process.stderr.write(
    `bgtelemetry: ${system ? '' : 'unexpected error: '}${message}${debug ? '' : ' (BGTELEMETRY_DEBUG=1 shows where)'}\n`,
  );
  if (debug) process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
  return EXIT.problem;
}

function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'EPIPE';
}

/**
 * For the bin: a write to a standard output whose reader has gone fails later, as an 'error'
 * event on the stream, not a throw. That ends the run quietly with success; any other stdout
 * error ends it with one line.
 */
export function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error) => process.exit(isClosedPipe(error) ? EXIT.ok : reportError(error)));
}
