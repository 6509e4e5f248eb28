/**
 * The PreToolUse decision: given a Bash call's analysis and the mode, what (if anything) to
 * tell the model, and whether to rewrite or refuse the call. Pure: all I/O is passed in.
 */
import type { Analysis } from '../analysis/types.js';
import type { Mode } from '../config/schema.js';
import type { BashToolInput, Generation } from '../runtime/payload.js';
import { MESSAGES, type AdviceKind } from './messages.js';
import type { PermissionOutcome } from './permissions.js';

export type Advice =
  | { kind: 'none' }
  | { kind: 'context'; advice: AdviceKind; text: string }
  | { kind: 'rewrite'; advice: AdviceKind; permission: 'allow' | 'ask'; updatedInput: BashToolInput; text: string }
  | { kind: 'deny'; advice: AdviceKind; text: string };

export interface SiblingSummary {
  /** Bash calls in this assistant message, this one included. */
  count: number;
  /** Signatures of the slow foreground calls among them. */
  slowSignatures: string[];
  /** The assistant message id, when the transcript showed it. */
  messageId?: string;
}

export interface AdviceRequest {
  analysis: Analysis;
  toolInput: BashToolInput;
  mode: Mode;
  generation: Generation;
  /** Asked only in auto mode, only when a rewrite is on the table. */
  permission: () => PermissionOutcome;
  /** Asked only when nothing more specific applies to this call. */
  siblings: () => SiblingSummary | null;
  /** True the first time a key is claimed in this session; keeps advice from repeating. */
  once: (key: string) => boolean;
}

/** Catalogue-known work this quick gains nothing from running in the background. */
export const TRIVIAL_SECONDS = 2;
const NONE: Advice = { kind: 'none' };

export function advise(req: AdviceRequest): Advice {
  const { analysis: a, mode, generation: g } = req;
  if (mode === 'off') return NONE;
  const background = req.toolInput.run_in_background === true;

  if (a.verdict === 'interactive') return context('interactive', MESSAGES.interactive(a));
  if (background) {
    if (a.verdict === 'state-change') return context('background-state-change', MESSAGES.backgroundStateChange(a));
    const knownFast =
      a.verdict === 'foreground' && a.estimateSeconds !== null && a.estimateSeconds <= TRIVIAL_SECONDS && (a.estimateSource === 'catalogue' || a.estimateSource === 'history');
    if (knownFast && req.once(`bg-fast:${a.signature}`)) return context('background-fast', MESSAGES.backgroundFast(a));
    return NONE;
  }

  if (a.verdict === 'must-background' || a.verdict === 'suggest-background') {
    if (mode === 'enforce') return { kind: 'deny', advice: 'enforce-deny', text: MESSAGES.enforceDeny(a, g) };
    if (mode === 'auto') {
      const permission = req.permission();
      if (permission !== 'deny') {
        return {
          kind: 'rewrite',
          advice: 'auto-background',
          permission,
          // Every original field is resent: Claude Code replaces the input wholesale.
          updatedInput: { ...req.toolInput, run_in_background: true },
          text: MESSAGES.autoBackground(a, g),
        };
      }
    }
    if (a.verdict === 'must-background') return context('never-ends', MESSAGES.neverEnds(a, g));
  }

  const siblings = req.siblings();
  if (siblings && siblings.count >= 2 && siblings.slowSignatures.length > 0 && req.once(`parallel:${siblings.messageId ?? siblings.slowSignatures.join(',')}`)) {
    // The siblings' own slow-command advice would repeat this; count it as given.
    for (const sig of siblings.slowSignatures) req.once(`slow:${sig}`);
    return context('parallel', MESSAGES.parallel(siblings.count, siblings.slowSignatures));
  }
  if (a.verdict === 'suggest-background' && req.once(`slow:${a.signature}`)) return context('slow-foreground', MESSAGES.slowForeground(a, g));
  if (a.verdict === 'already-background') {
    const shellBackgrounded = a.parts.find((p) => p.backgrounded && (p.effect === 'never-ends' || p.effect === 'work'));
    if (shellBackgrounded && req.once('shell-ampersand')) return context('shell-ampersand', MESSAGES.shellAmpersand({ ...a, signature: shellBackgrounded.signature }));
  }
  return NONE;
}

function context(advice: AdviceKind, text: string): Advice {
  return { kind: 'context', advice, text };
}
