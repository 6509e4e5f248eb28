/**
 * Everything bgtelemetry says to the model. Short (well under 400 characters), concrete, and
 * naming the command by its signature only, never the full text (it may carry secrets).
 */
import { formatSeconds } from '../analysis/classify.js';
import type { Analysis } from '../analysis/types.js';
import type { Generation } from '../runtime/payload.js';

export type AdviceKind =
  | 'slow-foreground'
  | 'never-ends'
  | 'interactive'
  | 'background-state-change'
  | 'background-fast'
  | 'shell-ampersand'
  | 'parallel'
  | 'auto-background'
  | 'enforce-deny';

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

function about(a: Analysis): string {
  return a.estimateSeconds === null ? '' : ` (~${formatSeconds(a.estimateSeconds)}${a.estimateSource === 'history' ? ' measured here' : ''})`;
}

function name(a: Analysis): string {
  return '`' + clip(a.signature || 'this command', 60) + '`';
}

export const MESSAGES = {
  slowForeground: (a: Analysis, g: Generation) =>
    `${PREFIX} ${name(a)} is slow: ${clip(a.reason)}${about(a)}. Next time start it with run_in_background: true and keep working meanwhile; ${checkLater(g)}.`,
  neverEnds: (a: Analysis, g: Generation) =>
    `${PREFIX} ${name(a)} never exits on its own (${clip(a.reason)}), so in the foreground it blocks until the Bash timeout kills it. Run it with run_in_background: true, then ${checkLater(g)}.`,
  interactive: (a: Analysis) =>
    `${PREFIX} ${name(a)} waits for terminal input (${clip(a.reason)}) and will hang until it times out.` +
    (a.alternative ? ` Use instead: ${clip(a.alternative)}.` : ' Use a non-interactive form.'),
  backgroundStateChange: (a: Analysis) =>
    `${PREFIX} ${name(a)} changes the shell itself (${clip(a.reason)}); run in the background, that change is lost. Run it in the foreground.`,
  backgroundFast: (a: Analysis) =>
    `${PREFIX} ${name(a)} finishes in about ${formatSeconds(a.estimateSeconds ?? 1)}; in the background it only adds a step to read its output. Run quick commands in the foreground.`,
  shellAmpersand: (a: Analysis) =>
    `${PREFIX} ${name(a)} was put in the background with & inside the command, so Claude Code cannot track, check or stop it. Prefer run_in_background: true.`,
  parallel: (count: number, signatures: string[]) =>
    `${PREFIX} this message runs ${count} Bash calls one after another. Independent slow ones (${clip(signatures.map((s) => '`' + s + '`').join(', '), 120)}) can each start with run_in_background: true so they run in parallel; then check each.`,
  autoBackground: (a: Analysis, g: Generation) =>
    `${PREFIX} ran ${name(a)} in the background for you (${clip(a.reason)}); ${checkLater(g)}.`,
  enforceDeny: (a: Analysis, g: Generation) =>
    `${PREFIX} (enforce mode) ${name(a)} must not block the session: ${clip(a.reason)}${about(a)}. Rerun this exact command with run_in_background: true, then ${checkLater(g)}.`,
} as const;
