/**
 * Which part of a report's range is read from the hourly rollups (store/rollups.ts) and which
 * from raw rows: an hour is rolled up when it lies wholly inside the range and, when rows are
 * grouped by local day or week, inside one local day (in a zone whose offset is not whole
 * hours, e.g. Asia/Kolkata, the hour holding midnight is read raw). Whatever is not a whole such
 * hour (the range's partial edges) is read raw, so the figures are those of the raw rows.
 */
import type { ReportQuery } from './model.js';
import { dayNumber, dayStart } from './zone.js';

const HOUR_MS = 3_600_000;

/** Half-open intervals: hours (`hours`) and instants in ms (`raw`). */
export interface RollupPlan {
  hours: [number, number][];
  raw: [number, number][];
}

/** Local midnights strictly inside the range: the hours holding one cannot be read whole. */
function midnights(q: ReportQuery): Set<number> {
  const held = new Set<number>();
  for (let d = dayNumber(q.timezone, q.since) + 1; d <= dayNumber(q.timezone, q.until - 1); d++) {
    const t = dayStart(q.timezone, d);
    if (t % HOUR_MS !== 0) held.add(Math.floor(t / HOUR_MS));
  }
  return held;
}

export function planRollup(q: ReportQuery): RollupPlan {
  const byDay = q.by === 'day' || q.by === 'week';
  const split = byDay ? midnights(q) : new Set<number>();
  const first = Math.ceil(q.since / HOUR_MS);
  const end = Math.floor(q.until / HOUR_MS);
  const hours: [number, number][] = [];
  for (let h = first; h < end; h++) {
    if (split.has(h)) continue;
    const last = hours[hours.length - 1];
    if (last && last[1] === h) last[1] = h + 1;
    else hours.push([h, h + 1]);
  }
  // The raw part: the range minus the rolled-up hours.
  const raw: [number, number][] = [];
  let from = q.since;
  for (const [a, b] of hours) {
    if (a * HOUR_MS > from) raw.push([from, a * HOUR_MS]);
    from = b * HOUR_MS;
  }
  if (from < q.until) raw.push([from, q.until]);
  return { hours, raw };
}

/**
 * SQL true when the hour `column` lies in one of the plan's hour intervals: one range with the
 * gaps between them left out, so that both databases read it as one index range (a list of 90
 * ORed ranges made PostgreSQL scan the whole rollup).
 */
export function inHours(column: string, hours: readonly [number, number][]): string {
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (!first || !last || hours.length === 1) return inIntervals(column, hours);
  const gaps = hours.slice(1).map(([a], k) => [(hours[k] as [number, number])[1], a] as [number, number]);
  // The gaps are single hours (a local midnight each): as a list, which PostgreSQL's estimates read well.
  const left = gaps.every(([a, b]) => b === a + 1)
    ? `${column} NOT IN (${gaps.map(([a]) => a).join(', ')})`
    : `NOT ${inIntervals(column, gaps)}`;
  return `(${column} >= ${first[0]} AND ${column} < ${last[1]} AND ${left})`;
}

/** SQL true when `column` lies in one of the intervals (false when there are none). */
export function inIntervals(column: string, intervals: readonly [number, number][]): string {
  if (!intervals.length) return '(1 = 0)';
  return `(${intervals.map(([a, b]) => `(${column} >= ${a} AND ${column} < ${b})`).join(' OR ')})`;
}
