/**
 * Calendar days in an IANA time zone. SQLite knows no zones, so a range's UTC offsets are
 * computed here (with their DST transitions) and handed to SQL as a CASE expression.
 * A "day number" counts local days since 1970-01-01; weeks start on Monday.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Local time minus UTC, in ms, at instant `t`. */
function offsetAt(zone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return local - (t - (((t % 1000) + 1000) % 1000));
}

/** The instant a local wall-clock time occurs in the zone (the later offset when ambiguous). */
export function zonedTime(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, first);
}

export function dayNumber(zone: string, t: number): number {
  return Math.floor((t + offsetAt(zone, t)) / DAY_MS);
}

/** The instant local day `day` starts. */
export function dayStart(zone: string, day: number): number {
  const d = new Date(day * DAY_MS);
  return zonedTime(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Monday-based: day 0 (1970-01-01) was a Thursday. */
export function weekOfDay(day: number): number {
  return Math.floor((day + 3) / 7);
}

export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A week is named by its Monday. */
export function weekKey(week: number): string {
  return dayKey(week * 7 - 3);
}

/** The offsets in force over [since, until): `from[k]` is when `offset[k]` starts (from[0] = since). */
function offsetsBetween(zone: string, since: number, until: number): { from: number[]; offset: number[] } {
  const from = [since];
  const offset = [offsetAt(zone, since)];
  // Transitions are months apart: a 12-hour step cannot skip one, bisection finds its millisecond.
  const STEP = DAY_MS / 2;
  for (let t = since; t < until; t += STEP) {
    const next = Math.min(t + STEP, until);
    if (offsetAt(zone, next) === offset[offset.length - 1]) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(zone, mid) === offset[offset.length - 1]) lo = mid;
      else hi = mid;
    }
    from.push(hi);
    offset.push(offsetAt(zone, hi));
  }
  return { from, offset };
}

/** SQL for the local day number of the integer ms column `expr`, valid for instants in [since, until). */
export function localDaySql(expr: string, zone: string, since: number, until: number): string {
  const { from, offset } = offsetsBetween(zone, since, until);
  if (offset.length === 1) return `((${expr} + ${offset[0]}) / ${DAY_MS})`;
  const cases = from
    .slice(1)
    .map((f, k) => `WHEN ${expr} < ${f} THEN ${offset[k]}`)
    .join(' ');
  return `((${expr} + CASE ${cases} ELSE ${offset[offset.length - 1]} END) / ${DAY_MS})`;
}
