/** Errors the CLI reports as one line plus what to do next, with a documented exit code. */
export const EXIT = {
  ok: 0,
  /** The command ran and found a problem (invalid input line, failing check). */
  problem: 1,
  /** The command line itself is wrong: unknown option, missing argument, bad value. */
  usage: 2,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.problem,
  ) {
    super(message);
  }
}
