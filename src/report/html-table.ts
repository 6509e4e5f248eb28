/** HTML pieces both report pages use: escaped text, and a table of columns (columns.ts). */
import type { Column } from './columns.js';

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function table<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const cls = (col: Column<T>) => (col.left ? ' class="text"' : '');
  const th = columns.map((col) => `<th${cls(col)}>${esc(col.title)}</th>`).join('');
  const tr = rows.map((r) => `<tr>${columns.map((col) => `<td${cls(col)}>${esc(col.get(r))}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div>`;
}
