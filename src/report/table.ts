/**
 * The report as terminal text: headline, one table of the chosen grouping with a bar of the
 * slow-call background ratio, the signatures that blocked longest, and the unchecked tasks.
 * Plain ASCII (readable piped or pasted), fitted to `width`, compact below 100 columns.
 */
import type { Colors } from '../console/colors.js';
import { fit, MIN_FIRST_COLUMN, naturalWidths, tableWidth, textTable, type TableLayout, type TextColumn } from '../console/table.js';
import { keyColumn, METRIC_COLUMNS, shownRows, UNCHECKED_COLUMNS, type MetricColumn } from './columns.js';
import { count, duration, filtersText, headline, judged, mergedText, percent, rangeText } from './format.js';
import { leadSections } from './lead-text.js';
import type { Report, Row } from './model.js';

const COMPACT_BELOW = 100;
const BAR = 10;
/** Rows of a session, project or signature grouping shown before "… more". */
const MAX_ROWS = 30;
/** Columns of the compact layout: the first this many by importance. */
const COMPACT_COLUMNS = 8;
/** Widest key a layout is chosen for; longer ones are cut. */
const FIT_KEY = 24;
const INDENT = '  ';

/** `#` for the ratio, `|` where the target falls, `.` for the rest. */
function ratioBar(ratio: number | null, target: number): string {
  if (ratio === null) return ' '.repeat(BAR);
  const filled = Math.round(Math.min(1, ratio) * BAR);
  const mark = Math.min(BAR - 1, Math.round(target * BAR));
  return Array.from({ length: BAR }, (_, k) => (k < filled ? '#' : k === mark ? '|' : '.')).join('');
}

/** The grouping's columns, most important first: the layout keeps a prefix of this list. */
const BY_IMPORTANCE: readonly ('key' | 'bar' | MetricColumn)[] = [
  'key',
  'slowBg',
  'bar',
  'slow',
  'blocked',
  'calls',
  'tasks',
  'unchecked',
  // Beyond the compact layout:
  'saved',
  'parallel',
  'timedOut',
  'followed',
  'bg',
  'advised',
  'right',
  'hookP95',
];

/** The grouping's columns by importance; `at` is where each is shown, left to right. */
function rowColumns(report: Report, c: Colors): (TextColumn<Row> & { at: number })[] {
  const target = report.targets.slowBackgroundRatio;
  const met = (r: Row) => r.slowBackgroundRatio !== null && r.slowBackgroundRatio >= target;
  const named: Record<(typeof BY_IMPORTANCE)[number], TextColumn<Row>> = {
    key: { ...keyColumn(report.by), cutLeft: report.by === 'project' },
    bar: {
      title: `vs ${percent(target)}`,
      get: (r) => ratioBar(r.slowBackgroundRatio, target),
      left: true,
      paint: (s, r) => (met(r) ? c.green(s) : c.yellow(s)),
    },
    ...METRIC_COLUMNS,
  };
  // In the order both reports show them, the bar right after the ratio it draws.
  const shown = ['key', ...Object.keys(METRIC_COLUMNS)].flatMap((name) => (name === 'slowBg' ? [name, 'bar'] : [name]));
  return BY_IMPORTANCE.map((name) => ({ ...named[name], at: shown.indexOf(name) }));
}

/** The most important columns that fit `width` (at most the compact set when compact), in display order. */
function chooseColumns<T>(columns: (TextColumn<T> & { at: number })[], rows: T[], width: number, compact: boolean): TextColumn<T>[] {
  const widths = naturalWidths(
    columns,
    rows.map((r) => columns.map((col) => col.get(r))),
  );
  widths[0] = Math.min(widths[0], FIT_KEY);
  let n = compact ? COMPACT_COLUMNS : columns.length;
  while (n > 2 && tableWidth([Math.max(MIN_FIRST_COLUMN, Math.min(widths[0], width)), ...widths.slice(1, n)], INDENT) > width) n--;
  return columns.slice(0, n).sort((a, b) => a.at - b.at);
}

function headlineLines(report: Report, c: Colors, width: number, compact: boolean): string[] {
  const items = headline(report);
  const labelWidth = Math.max(...items.map((i) => i.label.length));
  const valueWidth = Math.max(...items.map((i) => i.value.length));
  return items.map((item) => {
    const start = INDENT.length + labelWidth + 2 + valueWidth + 2;
    const goal = item.target && fit(judged(item.target), Math.max(1, width - start));
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
    mergedText(report),
    filtersText(report.filters),
  ].filter(Boolean);
  if (scope.length) out.push(c.dim(fit(scope.join(', '), width)));
  out.push('', ...headlineLines(report, c, width, compact));

  const layout = { width, indent: INDENT };
  if (report.lead)
    return [...out, ...leadSections(report.lead, c, layout, compact, slowCommands(report, c, layout, compact))].join('\n') + '\n';
  const shown = shownRows(report, MAX_ROWS);
  out.push('', c.bold(`By ${report.by}`), ...textTable(c, chooseColumns(rowColumns(report, c), shown, width, compact), shown, layout));
  if (shown.length < report.rows.length)
    out.push(c.dim(`  … ${count(report.rows.length - shown.length)} more (--json or --csv list them all)`));
  out.push(...slowCommands(report, c, layout, compact));

  if (report.unchecked.length) {
    const listed = report.unchecked.slice(0, compact ? 5 : 10);
    out.push('', c.bold('Unchecked background tasks') + c.dim(' (newest first)'));
    out.push(...textTable(c, UNCHECKED_COLUMNS, listed, layout));
    const more = report.totals.tasksUnchecked - listed.length;
    if (more > 0) out.push(c.dim(`  … ${count(more)} more (--json lists ${report.unchecked.length})`));
  }
  return out.join('\n') + '\n';
}

function slowCommands(report: Report, c: Colors, layout: TableLayout, compact: boolean): string[] {
  if (!report.topForegroundSlow.length) return [];
  const blocked = report.totals.foregroundSlowMs;
  return [
    '',
    c.bold('Slow commands run in the foreground'),
    ...textTable(
      c,
      [
        { title: 'signature', get: (s) => s.signature, left: true },
        { title: 'calls', get: (s) => count(s.calls) },
        { title: 'blocked', get: (s) => duration(s.blockedMs) },
        { title: 'share', get: (s) => percent(blocked ? s.blockedMs / blocked : null) },
      ],
      report.topForegroundSlow.slice(0, compact ? 5 : undefined),
      layout,
    ),
  ];
}
