/** The `bgtelemetry` bin entry (built to dist/cli.mjs): the program of ./program.ts on this process's command line. */
import { buildProgram, endQuietlyWhenStdoutCloses, runProgram } from './program.js';

endQuietlyWhenStdoutCloses();
await runProgram(await buildProgram({}, process.argv.slice(2)), process.argv);
