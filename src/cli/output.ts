/** Terminal output: colour that honours NO_COLOR and FORCE_COLOR, plain text when piped, and text tables. */
import chalk, { Chalk } from 'chalk';

export function makeColors(env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)) {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined) return new Chalk({ level: env.FORCE_COLOR === '0' ? 0 : Math.min(3, Math.max(1, Number(env.FORCE_COLOR) || 1)) as 1 | 2 | 3 });
  return isTTY ? chalk : new Chalk({ level: 0 });
}

export type Colors = ReturnType<typeof makeColors>;

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

/** Cuts a long single-line rendering of a command for display. */
export function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export interface TextColumn<T> {
  title: string;
  get: (row: T) => string;
  left?: boolean;
  /** Cut long values at the start (paths), not the end. */
  cutLeft?: boolean;
  /** Coloured after padding, so that widths count visible characters only. */
  paint?: (text: string, row: T) => string;
}

export interface TableLayout {
  /** Room for the table: the first column gives way when it is wider. */
  width?: number;
  /** Put before every line. */
  indent?: string;
  /** A first line with the column titles, in bold. */
  titles?: boolean;
}

/** A first column narrower than this is no longer readable. */
export const MIN_FIRST_COLUMN = 8;

export function fit(text: string, width: number, fromLeft = false): string {
  if (text.length <= width) return text;
  return fromLeft ? '…' + text.slice(text.length - width + 1) : text.slice(0, width - 1) + '…';
}

export function naturalWidths<T>(columns: readonly TextColumn<T>[], cells: string[][], titles = true): number[] {
  return columns.map((col, k) => Math.max(titles ? col.title.length : 0, ...cells.map((row) => row[k].length)));
}

export function tableWidth(widths: number[], indent = ''): number {
  return indent.length + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
}

/** Lays out columns two spaces apart, one line per row. */
export function textTable<T>(c: Colors, columns: readonly TextColumn<T>[], rows: readonly T[], layout: TableLayout = {}): string[] {
  const { width = Infinity, indent = '', titles = true } = layout;
  const cells = rows.map((r) => columns.map((col) => col.get(r)));
  const widths = naturalWidths(columns, cells, titles);
  const over = tableWidth(widths, indent) - width;
  if (over > 0) widths[0] = Math.max(MIN_FIRST_COLUMN, widths[0] - over);
  const last = columns.length - 1;
  const line = (texts: string[], row?: T) =>
    indent +
    texts
      .map((text, k) => {
        const col = columns[k];
        const fitted = fit(text, widths[k], col.cutLeft);
        // The last column is not padded on the right: no spaces hide inside its colour.
        const padded = col.left ? (k === last ? fitted : fitted.padEnd(widths[k])) : fitted.padStart(widths[k]);
        return row && col.paint ? col.paint(padded, row) : padded;
      })
      .join('  ')
      .trimEnd();
  const body = cells.map((texts, k) => line(texts, rows[k]));
  return titles ? [c.bold(line(columns.map((col) => col.title))), ...body] : body;
}
