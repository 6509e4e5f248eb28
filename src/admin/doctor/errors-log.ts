/**
 * The hooks' own problems (src/runtime/internal-errors.ts: one JSON line each, never shown in a
 * session), grouped by where they happened, latest last.
 */
import { oneLine } from '../../console/table.js';
import { readRegularTail } from '../../runtime/regular-file.js';
import { shellQuote } from '../quote.js';
import { section, type Section } from './section.js';

export interface LoggedError {
  time: string;
  where: string;
  message: string;
}

/** Messages shown per place. */
const LAST = 3;
/** The log is rotated past 1 MB (internal-errors.ts); read no more than twice that. */
const MAX_LOG_BYTES = 2 * 1024 * 1024;

export function readErrorLog(path: string): LoggedError[] {
  let text: string;
  try {
    text = readRegularTail(path, MAX_LOG_BYTES).data.toString('utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line): LoggedError => {
      try {
        const v = JSON.parse(line) as Partial<LoggedError>;
        return { time: String(v.time ?? '?'), where: String(v.where ?? '?'), message: String(v.message ?? '') };
      } catch {
        return { time: '?', where: '(unreadable line)', message: line };
      }
    });
}

export function checkErrorLog(path: string, errors: readonly LoggedError[]): Section {
  const s = section('Internal errors');
  s.facts.push(path);
  if (!errors.length) {
    s.facts.push('none recorded');
    return s;
  }
  const groups = new Map<string, LoggedError[]>();
  for (const e of errors) groups.set(e.where, [...(groups.get(e.where) ?? []), e]);
  const details = [...groups].flatMap(([where, list]) => [
    `${where}: ${list.length}`,
    ...list.slice(-LAST).map((e) => `  ${e.time}  ${oneLine(e.message, 160)}`),
  ]);
  s.problems.push({
    text: `${errors.length} recorded since ${errors[0].time}, by where they happened (the latest ${LAST} of each)`,
    details,
    fix: `deal with the causes shown above, then clear the log so new ones stand out: rm ${shellQuote(path)}`,
  });
  return s;
}
