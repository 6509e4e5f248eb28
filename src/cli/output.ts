/** What a command prints: JSON or lines for the reader on stdout, remarks on stderr. */
import { printable } from '../console/printable.js';

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A line for the reader on stdout. */
export function say(line: string): void {
  process.stdout.write(`${printable(line, { layout: true })}\n`);
}

/** A remark beside the output, on stderr: stdout may carry data (JSON, CSV) for a program. */
export function note(line: string): void {
  process.stderr.write(`bgtelemetry: note: ${printable(line, { layout: true })}\n`);
}
