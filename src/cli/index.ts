/** The `bgtelemetry` command line. Each command lives in its own module under ./commands. */
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { CliError, EXIT } from '../console/errors.js';
import { registerClassify } from './commands/classify.js';
import { registerConfig } from './commands/config.js';
import { registerDemo } from './commands/demo.js';
import { registerDoctor } from './commands/doctor.js';
import { registerExport } from './commands/export.js';
import { registerInstall } from './commands/install.js';
import { registerProtocol } from './commands/protocol.js';
import { registerReport } from './commands/report.js';
import { registerStatus } from './commands/status.js';

const program = new Command('bgtelemetry')
  .description('Claude Code hooks that get agents to run slow shell commands in the background, and the numbers to show it worked.')
  .version(pkg.version, '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// Order of the help listing: setting up, daily use, operating.
registerInstall(program);
registerReport(program);
registerStatus(program);
registerClassify(program);
registerDemo(program);
registerDoctor(program);
registerExport(program);
registerConfig(program);
registerProtocol(program);

program.addHelpText(
  'after',
  `
Exit codes: 0 success, 1 a problem was found (the message says what), 2 invalid command line.
Documentation: docs/ in the package, or README.md.`,
);

try {
  await program.parseAsync(process.argv);
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
