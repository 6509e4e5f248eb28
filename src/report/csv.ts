/**
 * The chosen grouping as CSV (RFC 4180): one line per row, then the totals, with the same
 * fields and numbers as --json. Empty cells are nulls (a ratio with nothing to divide).
 */
import { METRIC_FIELDS, type Metrics, type Report } from './model.js';
import { csvField } from '../admin/export-csv.js';

function line(by: string, key: string, m: Metrics): string {
  return [by, key, ...METRIC_FIELDS.map((f) => m[f])].map(csvField).join(',');
}

/** Columns: `by` (the grouping, or `total` on the last line), `key`, then every metric. */
export function toCsv(report: Report): string {
  const lines = [
    ['by', 'key', ...METRIC_FIELDS].join(','),
    ...report.rows.map((r) => line(report.by, r.key, r)),
    line('total', '', report.totals),
  ];
  return lines.join('\r\n') + '\r\n';
}
