/**
 * Time flags, read one way by every command: the report's range (--since, --until, --timezone),
 * export's and prune's bounds. Dates and wall-clock times without an offset are read in the
 * command's zone, so day boundaries match the report's per-day rows.
 */
import { CliError, EXIT } from '../console/errors.js';
import { dayNumber, dayStart, isValidZone, localZone, zonedTime } from './zone.js';

/** Days the default range covers: today and the six before it. */
const DEFAULT_DAYS = 7;

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

const DAY = 86_400_000;
/** Duration units, each written one way only: `m` could be minutes or months, so it is neither. */
const UNITS: Record<string, number> = { min: 60_000, h: 3_600_000, d: DAY, w: 7 * DAY, mo: 30 * DAY, y: 365 * DAY };
const UNIT_LIST = 'min (minutes), h, d, w, mo (30 days), y (365 days)';

/** Which end of a range a flag gives: a bare date is the start of its day, or (until) the end of it. */
export type Bound = 'since' | 'until';

/**
 * The one reading of every time flag (report, export, prune): `30min`, `24h`, `7d`, `2w`,
 * `6mo` (30 days each), `1y` (that long before `now`); a date or a date-time without offset, in `zone`; or an ISO date-time with
 * an offset. A bare date is midnight starting that day, but for an `until` bound midnight ending
 * it, so `--until 2026-11-12` includes the whole of the 12th. Bad values: exit 2.
 */
export function parseBound(value: string, flag: string, bound: Bound, zone: string, now = Date.now()): number {
  const rel = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(value.trim());
  if (rel) {
    if (UNITS[rel[2]] === undefined)
      throw new CliError(`${flag}: "${value}": unknown unit "${rel[2]}"`, `use one of ${UNIT_LIST}, as in 30min or 6mo`, EXIT.usage);
    return now - Number(rel[1]) * UNITS[rel[2]];
  }
  const m = WALL.exec(value.trim());
  if (!m) {
    const t = Date.parse(value);
    if (Number.isNaN(t))
      throw new CliError(
        `${flag}: "${value}" is not a date or a duration`,
        'use a date like 2026-11-01, or a duration like 7d, 24h, 30min, 6mo',
        EXIT.usage,
      );
    return t;
  }
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDate() !== d || mo! > 12 || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) {
    throw new CliError(`${flag}: "${value}" is not a valid date`, 'use a date like 2026-11-01 or 2026-11-01T09:30', EXIT.usage);
  }
  if (h === undefined && bound === 'until') return dayStart(zone, dayNumber(zone, zonedTime(zone, y!, mo!, d!)) + 1);
  return zonedTime(zone, y!, mo!, d!, h ?? 0, mi ?? 0, s ?? 0);
}

/** The zone of --timezone (default: the local one), or exit 2. */
export function rangeZone(timezone: string | undefined): string {
  const zone = timezone ?? localZone();
  if (!isValidZone(zone))
    throw new CliError(
      `--timezone: "${zone}" is not an IANA time zone`,
      'use a name like Europe/Paris, America/New_York or UTC',
      EXIT.usage,
    );
  return zone;
}

function checkOrder(since: number, until: number): void {
  if (!(since < until))
    throw new CliError(
      `--since (${new Date(since).toISOString()}) is not before --until (${new Date(until).toISOString()})`,
      'give an earlier --since or a later --until',
      EXIT.usage,
    );
}

/** --since and --until as given, each optional (export): parsed, and in order when both are. */
export function resolveBounds(flags: RangeFlags, now = Date.now()): { since?: number; until?: number } {
  const zone = rangeZone(flags.timezone);
  const since = flags.since === undefined ? undefined : parseBound(flags.since, '--since', 'since', zone, now);
  const until = flags.until === undefined ? undefined : parseBound(flags.until, '--until', 'until', zone, now);
  if (since !== undefined && until !== undefined) checkOrder(since, until);
  return { since, until };
}

/** Now; but a --since still to come covers the rest of its day: nothing there yet, not a mistake. */
function defaultUntil(since: number | undefined, zone: string, now: number): number {
  return since !== undefined && since >= now ? dayStart(zone, dayNumber(zone, since) + 1) : now;
}

/** The report's range: the flags, with a default for each end (the last 7 calendar days, to now). */
export function resolveRange(flags: RangeFlags, now = Date.now()): Range {
  const timezone = rangeZone(flags.timezone);
  const from = flags.since === undefined ? undefined : parseBound(flags.since, '--since', 'since', timezone, now);
  const until = flags.until === undefined ? defaultUntil(from, timezone, now) : parseBound(flags.until, '--until', 'until', timezone, now);
  const since = from ?? dayStart(timezone, dayNumber(timezone, until - 1) - (DEFAULT_DAYS - 1));
  checkOrder(since, until);
  return { since, until, timezone };
}
