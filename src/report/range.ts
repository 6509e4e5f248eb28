/**
 * The report's time range from --since, --until and --timezone. Dates and wall-clock times
 * without an offset are read in the report's zone, so day boundaries match the per-day rows.
 */
import { CliError, EXIT } from '../console/errors.js';
import { dayNumber, dayStart, isValidZone, localZone, zonedTime } from './zone.js';

/** Days the default range covers: today and the six before it. */
export const DEFAULT_DAYS = 7;

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export interface RangeFlags {
  since?: string;
  until?: string;
  timezone?: string;
}

export interface Range {
  since: number;
  /** Exclusive. */
  until: number;
  timezone: string;
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * A point in time from `7d`, `24h`, `30m`, `2w` (that long before `now`), an ISO date
 * (`2026-11-01`, midnight in the given time zone offset) or an ISO date-time.
 */
export function parseTime(value: string, flag: string, now = Date.now()): number {
  const rel = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(value.trim());
  if (rel) return now - Number(rel[1]) * UNITS[rel[2]];
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  if (Number.isNaN(t)) throw new CliError(`${flag}: "${value}" is not a date or a duration`, 'use a date like 2026-11-01, or a duration like 7d, 24h, 30m', EXIT.usage);
  return t;
}

/**
 * `value` as an instant: `7d`/`24h` (before now), a local date or date-time in the zone, or an
 * ISO date-time with an offset. `endOfDate`: a bare date means the end of that day (for --until).
 */
function instant(value: string, flag: string, zone: string, now: number, endOfDate: boolean): number {
  const m = WALL.exec(value.trim());
  if (!m) return parseTime(value, flag, now);
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDate() !== d || mo! > 12 || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) {
    throw new CliError(`${flag}: "${value}" is not a valid date`, 'use a date like 2026-11-01 or 2026-11-01T09:30', EXIT.usage);
  }
  if (h === undefined && endOfDate) return dayStart(zone, dayNumber(zone, zonedTime(zone, y!, mo!, d!)) + 1);
  return zonedTime(zone, y!, mo!, d!, h ?? 0, mi ?? 0, s ?? 0);
}

/** Now; but a --since still to come covers the rest of its day: nothing there yet, not a mistake. */
function defaultUntil(since: number | undefined, zone: string, now: number): number {
  return since !== undefined && since >= now ? dayStart(zone, dayNumber(zone, since) + 1) : now;
}

export function resolveRange(flags: RangeFlags, now = Date.now()): Range {
  const timezone = flags.timezone ?? localZone();
  if (!isValidZone(timezone)) throw new CliError(`--timezone: "${timezone}" is not an IANA time zone`, 'use a name like Europe/Paris, America/New_York or UTC', EXIT.usage);
  const from = flags.since === undefined ? undefined : instant(flags.since, '--since', timezone, now, false);
  const until = flags.until === undefined ? defaultUntil(from, timezone, now) : instant(flags.until, '--until', timezone, now, true);
  const since = from ?? dayStart(timezone, dayNumber(timezone, until - 1) - (DEFAULT_DAYS - 1));
  if (!(since < until)) throw new CliError(`--since (${new Date(since).toISOString()}) is not before --until (${new Date(until).toISOString()})`, 'give an earlier --since or a later --until', EXIT.usage);
  return { since, until, timezone };
}
