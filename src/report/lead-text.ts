/** The lead's view as terminal text (report --lead): the sections after the headline. */
import type { Colors } from '../console/colors.js';
import { textTable, type TableLayout } from '../console/table.js';
import type { Column } from './columns.js';
import { count } from './format.js';
import { costLines, DAY_COLUMNS, IGNORED_COLUMNS, leadColumns, TREND_COLUMNS, UNCHECKED_BY_DEVELOPER_COLUMNS } from './lead-columns.js';
import { MIN_SAMPLE, type LeadRow, type LeadView } from './lead-model.js';

/** Developer and project rows listed before "… more". */
const MAX_ROWS = 30;
/** Columns a narrow terminal keeps of a developer or project row. */
const COMPACT_ROW_COLUMNS = new Set(['calls', 'sessions', 'days', 'slow bg', 'blocked/wk', 'unchecked']);

function rowTable(title: string, key: string, rows: LeadRow[], c: Colors, layout: TableLayout, compact: boolean): string[] {
  const columns = leadColumns(key).filter((col, k) => k === 0 || !compact || COMPACT_ROW_COLUMNS.has(col.title));
  const shown = rows.slice(0, MAX_ROWS);
  return [
    '',
    c.bold(title),
    ...textTable(c, columns, shown, layout),
    ...(shown.length < rows.length ? [c.dim(`  … ${count(rows.length - shown.length)} more (--json lists them all)`)] : []),
  ];
}

const section = <T>(title: string, note: string, columns: readonly Column<T>[], rows: readonly T[], c: Colors, layout: TableLayout) =>
  rows.length ? ['', c.bold(title) + (note ? c.dim(` ${note}`) : ''), ...textTable(c, columns, rows, layout)] : [];

/** `slow`: the slow foreground commands' lines, shown after the advice ignored. */
export function leadSections(lead: LeadView, c: Colors, layout: TableLayout, compact: boolean, slow: string[]): string[] {
  const [blocked, saved, sample] = costLines(lead);
  const { trend } = lead;
  const trendLines = trend.previousWeek
    ? section('This week against the last', '', TREND_COLUMNS(trend.previousWeek, trend.currentWeek!), trend.figures, c, layout)
    : ['', c.dim('  This week against the last: the range holds one week (give --since 14d or more)')];
  return [
    '',
    c.bold('Cost per week'),
    `  ${c.bold(blocked)}`,
    `  ${c.bold(saved)}`,
    c.dim(`  ${sample}`),
    ...trendLines,
    ...rowTable('By developer', 'developer', lead.developers, c, layout, compact),
    ...rowTable('By project', 'project', lead.projects, c, layout, compact),
    c.dim(`  n<${MIN_SAMPLE.calls}, n<${MIN_SAMPLE.suggestions}: too few calls or suggestions for a share (docs/telemetry.md)`),
    ...section('Advice ignored most', '(suggested background, not followed)', IGNORED_COLUMNS, lead.ignoredAdvice, c, layout),
    ...slow,
    ...section('Unchecked tasks by developer', '', UNCHECKED_BY_DEVELOPER_COLUMNS, lead.uncheckedByDeveloper, c, layout),
    ...section('Days', '(a run of days without data is one line)', DAY_COLUMNS, lead.days, c, layout),
  ];
}
