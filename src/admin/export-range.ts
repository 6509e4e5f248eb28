/** The time range of an export: `--since` / `--until`, each optional, in ms since the epoch. */
export interface TimeRange {
  since?: number;
  until?: number;
}

/** A SQL condition over `column` and its parameters; always true for an open range. */
export function rangeCondition(column: string, range: TimeRange): { sql: string; params: Record<string, number> } {
  const parts: string[] = [];
  const params: Record<string, number> = {};
  if (range.since !== undefined) {
    parts.push(`${column} >= @since`);
    params.since = range.since;
  }
  if (range.until !== undefined) {
    parts.push(`${column} < @until`);
    params.until = range.until;
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}
