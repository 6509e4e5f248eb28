/**
 * Everything bgtelemetry says to the model. Short (well under 400 characters), concrete, and
 * naming the command by its signature only, never the full text (it may carry secrets).
 */
import { formatSeconds } from '../analysis/format.js';
import type { Analysis } from '../analysis/types.js';
import { redactSecrets } from '../privacy/redact.js';
import type { Generation } from '../runtime/payload.js';
import type { Dependency } from './dependencies.js';

const PREFIX = 'bgtelemetry:';

function checkLater(generation: Generation): string {
  return generation === '2.0'
    ? 'check it later with TaskOutput (BashOutput on older versions) or by reading its output file'
    : 'check it later by reading its output file (Read) or with TaskOutput';
}

/** Reasons and alternatives can come from user configuration: keep each message short. */
function clip(text: string, max = 110): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** `(~30 s)`; measured timings are already in the reason ("measured here: about …"). */
function about(a: Analysis): string {
  return a.estimateSeconds === null || a.estimateSource === 'history' ? '' : ` (~${formatSeconds(a.estimateSeconds)})`;
}

/** The reason can quote the project's own files (a script's body, in a chain): never a secret of theirs. */
function why(a: Analysis): string {
  return clip(redactSecrets(a.reason));
}

function name(a: Analysis): string {
  return '`' + clip(a.signature || 'this command', 60) + '`';
}

/** `b7k2m9x1q (npm test, 3 min)`: how a task is named to the model. */
export function taskLabel(t: { id: string; signature: string | null; startedAt: number | null }, now: number): string {
  const age = t.startedAt ? `, ${formatSeconds((now - t.startedAt) / 1000)}` : '';
  return `${t.id} (\`${clip(t.signature ?? 'unknown', 40)}\`${age})`;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export const MESSAGES = {
  dependency: (a: Analysis, d: Dependency, g: Generation) =>
    `${PREFIX} ${name(a)} may race background task ${taskLabel(d.task, Date.now())}: ${d.why}. Wait for that task first (${g === '2.0' ? 'TaskOutput with block: true' : 'TaskOutput with block: true, or its completion notice'}), then run this.`,
  underutilization: (s: { calls: number; slow: number; slowBackground: number; blockedMs: number }) =>
    `${PREFIX} this session made ${s.calls} Bash calls; ${s.slowBackground} of ${s.slow} slow ones (${percent(s.slow ? s.slowBackground / s.slow : 0)}) ran in the background, target over 30%. About ${formatSeconds(s.blockedMs / 1000)} went to waiting on slow foreground commands. Start tests, builds and installs with run_in_background: true.`,
  uncheckedReminder: (tasks: string[], turns: number) =>
    `${PREFIX} background task${tasks.length > 1 ? 's' : ''} ${clip(tasks.join(', '), 200)} started ${turns}+ prompts ago and ${tasks.length > 1 ? 'were' : 'was'} never checked: read the output file (or TaskOutput), or stop ${tasks.length > 1 ? 'them' : 'it'} if no longer needed.`,
  uncheckedMany: (tasks: string[]) =>
    `${PREFIX} ${tasks.length} background tasks were never checked: ${clip(tasks.join(', '), 240)}. Check them or stop the ones no longer needed.`,
  tooManyTasks: (active: number, cap: number) =>
    `${PREFIX} ${active} background tasks are running at once (this machine handles about ${cap}). Wait for some to finish or stop the ones no longer needed before starting more.`,
  polling: (label: string, detail: string) =>
    `${PREFIX} task ${label} was checked ${detail}; each check blocks you. Do other work first and check once, later (you are told when it finishes).`,
  intent: (guidance: string[]) => `${PREFIX} ${clip(guidance.join('; '), 340)}.`,
  slowForeground: (a: Analysis, g: Generation) =>
    `${PREFIX} ${name(a)} is slow: ${why(a)}${about(a)}. Next time start it with run_in_background: true and keep working meanwhile; ${checkLater(g)}.`,
  neverEnds: (a: Analysis, g: Generation) =>
    `${PREFIX} ${name(a)} never exits on its own (${why(a)}), so in the foreground it blocks until the Bash timeout kills it. Run it with run_in_background: true, then ${checkLater(g)}.`,
  interactive: (a: Analysis) =>
    `${PREFIX} ${name(a)} waits for terminal input (${why(a)}) and will hang until it times out.` +
    (a.alternative ? ` Use instead: ${clip(a.alternative)}.` : ' Use a non-interactive form.'),
  backgroundStateChange: (a: Analysis) =>
    `${PREFIX} ${name(a)} changes the shell itself (${why(a)}); run in the background, that change is lost. Run it in the foreground.`,
  backgroundFast: (a: Analysis) =>
    `${PREFIX} ${name(a)} finishes in about ${formatSeconds(a.estimateSeconds ?? 1)}; in the background it only adds a step to read its output. Run quick commands in the foreground.`,
  shellAmpersand: (a: Analysis) =>
    `${PREFIX} ${name(a)} was put in the background with & inside the command, so Claude Code cannot track, check or stop it. Prefer run_in_background: true.`,
  parallel: (count: number, signatures: string[]) =>
    `${PREFIX} this message runs ${count} Bash calls one after another. Independent slow ones (${clip(signatures.map((s) => '`' + s + '`').join(', '), 120)}) can each start with run_in_background: true so they run in parallel; then check each.`,
  autoBackground: (a: Analysis, g: Generation) => `${PREFIX} ran ${name(a)} in the background for you (${why(a)}); ${checkLater(g)}.`,
  enforceDeny: (a: Analysis, g: Generation) =>
    `${PREFIX} (enforce mode) ${name(a)} must not block the session: ${why(a)}${about(a)}. Rerun this exact command with run_in_background: true, then ${checkLater(g)}.`,
} as const;
