/** The `bgtelemetry` bin entry (built to dist/cli.mjs): the program of ./program.ts on this process's command line. */
import { buildProgram, runProgram } from './program.js';

await runProgram(buildProgram(), process.argv);
