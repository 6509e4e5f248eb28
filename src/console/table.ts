/** Text for a person to read: commands cut to one line, and columns laid out as a text table. */
import type { Colors } from './colors.js';
import { printable } from './printable.js';

/** Cuts a long single-line rendering of a command for display; control characters shown as escapes. */
export function oneLine(text: string, max = 100): string {
  const flat = printable(text.replace(/\s*\n\s*/g, ' ⏎ '));
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

export function fit(raw: string, width: number, fromLeft = false): string {
  const text = printable(raw);
  if (text.length <= width) return text;
  return fromLeft ? '…' + text.slice(text.length - width + 1) : text.slice(0, width - 1) + '…';
}

export function naturalWidths<T>(columns: readonly TextColumn<T>[], cells: string[][], titles = true): number[] {
  return columns.map((col, k) => Math.max(titles ? col.title.length : 0, ...cells.map((row) => row[k].length)));
}

export function tableWidth(widths: number[], indent = ''): number {
  return indent.length + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
}

/** Lays out columns two spaces apart, one line per row; cells are stored text, made printable. */
export function textTable<T>(c: Colors, columns: readonly TextColumn<T>[], rows: readonly T[], layout: TableLayout = {}): string[] {
  const { width = Infinity, indent = '', titles = true } = layout;
  const cells = rows.map((r) => columns.map((col) => printable(col.get(r))));
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
