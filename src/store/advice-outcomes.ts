/**
 * How the report judges each kind of advice: the definition behind the `advice_outcomes` view
 * (schema.ts) and docs/telemetry.md ("Derived views"). The view's SQL was shipped in migration
 * 0 → 1 and is never edited; tests/unit/advice-outcomes.test.ts checks that the view judges
 * every kind as this table says. A change here needs a new migration recreating the view.
 */
import type { AdviceKind } from './events.js';

export interface AdviceJudging {
  /**
   * When the advice counts as followed: a later Bash call of the same prompt ran in the
   * background, with the advised signature (`same-signature`) or any (`any-signature`).
   * null: not a suggestion, `followed` stays empty.
   */
  followed: 'same-signature' | 'any-signature' | null;
  /**
   * Whether `right` is judged: the advised call timed out, or took the slow threshold in force
   * or longer (in the background: its task from start to finish).
   */
  right: boolean;
}

const NOT_JUDGED: AdviceJudging = { followed: null, right: false };

/** Every advice kind, so that a new kind cannot be left out. */
export const ADVICE_JUDGING: Readonly<Record<AdviceKind, AdviceJudging>> = {
  'slow-foreground': { followed: 'same-signature', right: true },
  'never-ends': { followed: 'same-signature', right: true },
  parallel: { followed: 'any-signature', right: false },
  'auto-background': { followed: null, right: true },
  'enforce-deny': { followed: null, right: true },
  dependency: NOT_JUDGED,
  interactive: NOT_JUDGED,
  'background-state-change': NOT_JUDGED,
  'background-fast': NOT_JUDGED,
  'shell-ampersand': NOT_JUDGED,
  underutilization: NOT_JUDGED,
  'unchecked-reminder': NOT_JUDGED,
  'unchecked-many': NOT_JUDGED,
  'too-many-tasks': NOT_JUDGED,
  polling: NOT_JUDGED,
  intent: NOT_JUDGED,
};

const kinds = (keep: (j: AdviceJudging) => boolean): AdviceKind[] =>
  (Object.keys(ADVICE_JUDGING) as AdviceKind[]).filter((k) => keep(ADVICE_JUDGING[k]));

/** Suggestions: the kinds whose `followed` the view judges (the report's `suggestionsShown`). */
export const FOLLOWED_KINDS = kinds((j) => j.followed !== null);
/** The kinds whose `right` the view judges. */
export const RIGHT_KINDS = kinds((j) => j.right);
