/** What a command prints: JSON or lines for the reader on stdout, remarks on stderr. */
export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A line for the reader on stdout. */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** A remark beside the output, on stderr: stdout may carry data (JSON, CSV) for a program. */
export function note(line: string): void {
  process.stderr.write(`bgtelemetry: note: ${line}\n`);
}
