/**
 * The report as terminal text: headline, one table of the chosen grouping with a bar of the
 * slow-call background ratio, the signatures that blocked longest, and the unchecked tasks.
 * Plain ASCII (readable piped or pasted), fitted to `width`, compact below 100 columns.
 */
import { oneLine, type Colors } from '../cli/output.js';
import { count, decimal, duration, headline, millis, NONE, percent, rangeText } from './format.js';
import type { Report, Row } from './model.js';

export const COMPACT_BELOW = 100;
const BAR = 10;
/** Rows of a session, project or signature grouping shown before "… more". */
const MAX_ROWS = 30;
/** Columns of the compact layout: the first this many by importance. */
const COMPACT_COLUMNS = 8;
/** A key column narrower than this is no longer readable. */
const MIN_KEY = 8;
/** Widest key a layout is chosen for; longer ones are cut. */
const FIT_KEY = 24;
const INDENT = '  ';

interface Column<T> {
  title: string;
  get: (row: T) => string;
  left?: boolean;
  /** Cut long values at the start (paths), not the end. */
  cutLeft?: boolean;
  /** Coloured after padding, so that widths count visible characters only. */
  paint?: (text: string, row: T) => string;
}

/** `#` for the ratio, `|` where the target falls, `.` for the rest. */
export function ratioBar(ratio: number | null, target: number): string {
  if (ratio === null) return ' '.repeat(BAR);
  const filled = Math.round(Math.min(1, ratio) * BAR);
  const mark = Math.min(BAR - 1, Math.round(target * BAR));
  return Array.from({ length: BAR }, (_, k) => (k < filled ? '#' : k === mark ? '|' : '.')).join('');
}

function fit(text: string, width: number, fromLeft = false): string {
  if (text.length <= width) return text;
  return fromLeft ? '…' + text.slice(text.length - width + 1) : text.slice(0, width - 1) + '…';
}

function naturalWidths<T>(columns: Column<T>[], cells: string[][]): number[] {
  return columns.map((col, k) => Math.max(col.title.length, ...cells.map((row) => row[k].length)));
}

function tableWidth(widths: number[]): number {
  return INDENT.length + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
}

/** Lays out columns two spaces apart; the first column gives way when the table is too wide. */
function table<T>(c: Colors, columns: Column<T>[], rows: T[], width: number): string[] {
  const cells = rows.map((r) => columns.map((col) => col.get(r)));
  const widths = naturalWidths(columns, cells);
  const over = tableWidth(widths) - width;
  if (over > 0) widths[0] = Math.max(MIN_KEY, widths[0] - over);
  const line = (texts: string[], row?: T) =>
    INDENT +
    texts
      .map((text, k) => {
        const col = columns[k];
        const fitted = fit(text, widths[k], col.cutLeft);
        const padded = col.left ? fitted.padEnd(widths[k]) : fitted.padStart(widths[k]);
        return row && col.paint ? col.paint(padded, row) : padded;
      })
      .join('  ')
      .trimEnd();
  return [c.bold(line(columns.map((col) => col.title))), ...cells.map((texts, k) => line(texts, rows[k]))];
}

/**
 * The grouping's columns, most important first (the layout keeps a prefix of this list);
 * `at` is where each is shown, left to right.
 */
function rowColumns(report: Report, c: Colors): (Column<Row> & { at: number })[] {
  const target = report.targets.slowBackgroundRatio;
  const met = (r: Row) => r.slowBackgroundRatio !== null && r.slowBackgroundRatio >= target;
  return [
    { at: 0, title: report.by, get: (r) => r.key, left: true, cutLeft: report.by === 'project' },
    { at: 4, title: 'slow bg', get: (r) => percent(r.slowBackgroundRatio) },
    { at: 5, title: `vs ${percent(target)}`, get: (r) => ratioBar(r.slowBackgroundRatio, target), left: true, paint: (s, r) => (met(r) ? c.green(s) : c.yellow(s)) },
    { at: 3, title: 'slow', get: (r) => count(r.slowCalls) },
    { at: 6, title: 'blocked', get: (r) => duration(r.foregroundSlowMs) },
    { at: 1, title: 'calls', get: (r) => count(r.bashCalls) },
    { at: 8, title: 'tasks', get: (r) => count(r.tasksStarted) },
    { at: 9, title: 'unchecked', get: (r) => count(r.tasksUnchecked) },
    // Beyond the compact layout:
    { at: 7, title: 'saved', get: (r) => duration(r.estimatedSavedMs) },
    { at: 10, title: 'parallel', get: (r) => decimal(r.parallelTasksPerSession) },
    { at: 11, title: 'timed out', get: (r) => count(r.timedOutCalls) },
    { at: 13, title: 'followed', get: (r) => percent(r.suggestionsFollowedRatio) },
    { at: 2, title: 'bg', get: (r) => percent(r.backgroundRatio) },
    { at: 12, title: 'advised', get: (r) => count(r.suggestionsShown) },
    { at: 14, title: 'right', get: (r) => percent(r.suggestionsRightRatio) },
    { at: 15, title: 'hook p95', get: (r) => millis(r.hookP95Ms) },
  ];
}

/** The most important columns that fit `width` (at most the compact set when compact), in display order. */
function chooseColumns<T>(columns: (Column<T> & { at: number })[], rows: T[], width: number, compact: boolean): Column<T>[] {
  const widths = naturalWidths(columns, rows.map((r) => columns.map((col) => col.get(r))));
  widths[0] = Math.min(widths[0], FIT_KEY);
  let n = compact ? COMPACT_COLUMNS : columns.length;
  while (n > 2 && tableWidth([Math.max(MIN_KEY, Math.min(widths[0], width)), ...widths.slice(1, n)]) > width) n--;
  return columns.slice(0, n).sort((a, b) => a.at - b.at);
}

function age(ms: number): string {
  return duration(ms).replace(' ', '');
}

function headlineLines(report: Report, c: Colors, width: number, compact: boolean): string[] {
  const items = headline(report);
  const labelWidth = Math.max(...items.map((i) => i.label.length));
  const valueWidth = Math.max(...items.map((i) => i.value.length));
  return items.map((item) => {
    const start = INDENT.length + labelWidth + 2 + valueWidth + 2;
    const judged = item.target && `${item.target.text}${item.target.met === null ? '' : item.target.met ? ': met' : ': not met'}`;
    const goal = judged && fit(judged, Math.max(1, width - start));
    const paint = !item.target || item.target.met === null ? c.dim : item.target.met ? c.green : c.yellow;
    const used = start + (goal ? goal.length + 2 : 0);
    // A narrow terminal gets the numbers and the targets; a wide one what they are made of.
    const detail = compact || width - used < 12 ? '' : `  ${c.dim(fit(item.detail, width - used))}`;
    return `${INDENT}${item.label.padEnd(labelWidth)}  ${c.bold(item.value.padStart(valueWidth))}${goal ? `  ${paint(goal)}` : ''}${detail}`;
  });
}

export function renderText(report: Report, c: Colors, width: number): string {
  const compact = width < COMPACT_BELOW;
  const out: string[] = [c.bold(fit(`bgtelemetry report: ${rangeText(report.range)}`, width))];
  const scope = [
    report.databases.length > 1 && `${report.databases.length} databases`,
    report.filters.project && `project ${report.filters.project}`,
    report.filters.session && `session ${report.filters.session}`,
  ].filter(Boolean);
  if (scope.length) out.push(c.dim(fit(scope.join(', '), width)));
  out.push('', ...headlineLines(report, c, width, compact));

  const shown = report.by === 'day' || report.by === 'week' ? report.rows : report.rows.slice(0, MAX_ROWS);
  out.push('', c.bold(`By ${report.by}`), ...table(c, chooseColumns(rowColumns(report, c), shown, width, compact), shown, width));
  if (shown.length < report.rows.length) out.push(c.dim(`  … ${count(report.rows.length - shown.length)} more (--json or --csv list them all)`));

  if (report.topForegroundSlow.length) {
    const blocked = report.totals.foregroundSlowMs;
    out.push('', c.bold('Slow commands run in the foreground'));
    out.push(
      ...table(
        c,
        [
          { title: 'signature', get: (s) => s.signature, left: true },
          { title: 'calls', get: (s) => count(s.calls) },
          { title: 'blocked', get: (s) => duration(s.blockedMs) },
          { title: 'share', get: (s) => percent(blocked ? s.blockedMs / blocked : null) },
        ],
        report.topForegroundSlow.slice(0, compact ? 5 : undefined),
        width,
      ),
    );
  }

  if (report.unchecked.length) {
    const listed = report.unchecked.slice(0, compact ? 5 : 10);
    out.push('', c.bold('Unchecked background tasks') + c.dim(' (newest first)'));
    out.push(
      ...table(
        c,
        [
          { title: 'command', get: (t) => oneLine(t.command ?? t.signature ?? NONE, 200), left: true },
          { title: 'task', get: (t) => t.id, left: true },
          { title: 'age', get: (t) => age(t.ageMs) },
          { title: 'state', get: (t) => t.state, left: true },
        ],
        listed,
        width,
      ),
    );
    const more = report.totals.tasksUnchecked - listed.length;
    if (more > 0) out.push(c.dim(`  … ${count(more)} more (--json lists ${report.unchecked.length})`));
  }
  return out.join('\n') + '\n';
}
