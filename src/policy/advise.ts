/**
 * The PreToolUse decision: given a Bash call's analysis and the mode, what (if anything) to
 * tell the model, and whether to rewrite or refuse the call. Pure: every fact is asked for
 * through the request, and the caller records the returned claims so advice is not repeated.
 */
import type { Analysis } from '../analysis/types.js';
import type { Mode } from '../config/schema.js';
import type { BashToolInput, Generation } from '../runtime/payload.js';
import type { Dependency } from './dependencies.js';
import type { AdviceKind } from '../store/events.js';
import { MESSAGES } from './messages.js';
import type { PermissionOutcome } from './permissions.js';

interface Said {
  advice: AdviceKind;
  text: string;
  /** Keys that mark this advice as given; the first one gates it. */
  claims: string[];
}

export type Advice =
  | { kind: 'none' }
  | ({ kind: 'context' } & Said)
  | ({ kind: 'rewrite'; permission: 'allow' | 'ask'; updatedInput: BashToolInput } & Said)
  | ({ kind: 'deny' } & Said);

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
  /** The call's id, to key advice that is given every time it applies. */
  toolUseId?: string;
  /** Asked only in auto mode, only when a rewrite is on the table. */
  permission: () => PermissionOutcome;
  /** Asked only when nothing more specific applies to this call. */
  siblings: () => SiblingSummary | null;
  /** A background task still running that this command depends on. */
  dependency?: () => Dependency | null;
  /** False once the advice key was given in this session. */
  fresh: (key: string) => boolean;
}

/** Catalogue-known work this quick gains nothing from running in the background. */
export const TRIVIAL_SECONDS = 2;
const NONE: Advice = { kind: 'none' };

export function advise(req: AdviceRequest): Advice {
  const { analysis: a, mode, generation: g } = req;
  if (mode === 'off') return NONE;
  const background = req.toolInput.run_in_background === true;
  const call = req.toolUseId ?? a.signature;

  if (a.verdict === 'interactive') return context('interactive', MESSAGES.interactive(a), [`interactive:${call}`]);
  if (background && a.verdict === 'state-change')
    return context('background-state-change', MESSAGES.backgroundStateChange(a), [`state:${call}`]);

  // Before any backgrounding: running this now, in either place, races a task it needs.
  const dep = req.dependency?.();
  if (dep) return context('dependency', MESSAGES.dependency(a, dep, g), [`dependency:${call}`]);

  if (background) {
    const knownFast =
      a.verdict === 'foreground' &&
      a.estimateSeconds !== null &&
      a.estimateSeconds <= TRIVIAL_SECONDS &&
      (a.estimateSource === 'catalogue' || a.estimateSource === 'history');
    const key = `bg-fast:${a.signature}`;
    if (knownFast && req.fresh(key)) return context('background-fast', MESSAGES.backgroundFast(a), [key]);
    return NONE;
  }

  if (a.verdict === 'must-background' || a.verdict === 'suggest-background') {
    if (mode === 'enforce') return { kind: 'deny', advice: 'enforce-deny', text: MESSAGES.enforceDeny(a, g), claims: [`enforce:${call}`] };
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
          claims: [`auto:${call}`],
        };
      }
    }
    if (a.verdict === 'must-background') return context('never-ends', MESSAGES.neverEnds(a, g), [`never-ends:${call}`]);
  }

  const siblings = req.siblings();
  const parallelKey = `parallel:${siblings?.messageId ?? siblings?.slowSignatures.join(',')}`;
  if (siblings && siblings.count >= 2 && siblings.slowSignatures.length > 0 && req.fresh(parallelKey)) {
    // The siblings' own slow-command advice would repeat this; count it as given.
    return context('parallel', MESSAGES.parallel(siblings.count, siblings.slowSignatures), [
      parallelKey,
      ...siblings.slowSignatures.map((s) => `slow:${s}`),
    ]);
  }
  const slowKey = `slow:${a.signature}`;
  if (a.verdict === 'suggest-background' && req.fresh(slowKey)) return context('slow-foreground', MESSAGES.slowForeground(a, g), [slowKey]);
  if (a.verdict === 'already-background') {
    const shellBackgrounded = a.parts.find((p) => p.backgrounded && (p.effect === 'never-ends' || p.effect === 'work'));
    if (shellBackgrounded && req.fresh('shell-ampersand'))
      return context('shell-ampersand', MESSAGES.shellAmpersand({ ...a, signature: shellBackgrounded.signature }), ['shell-ampersand']);
  }
  return NONE;
}

function context(advice: AdviceKind, text: string, claims: string[]): Advice {
  return { kind: 'context', advice, text, claims };
}
