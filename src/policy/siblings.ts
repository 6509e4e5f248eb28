/**
 * Finds the other Bash calls of the same assistant message. The transcript says it exactly when
 * it has caught up; otherwise a call that finished moments before this one started (faster than
 * any model turn) is taken to belong to the same message.
 */
import { analyze } from '../analysis/classify.js';
import type { AnalysisOptions } from '../analysis/types.js';
import type { FinishedCall } from '../store/queries.js';
import type { SiblingSummary } from './advise.js';
import type { SiblingCall } from './transcript.js';

/** Tool calls of one message follow each other within milliseconds; a model turn takes longer. */
export const SAME_MESSAGE_GAP_MS = 400;

export function findSiblings(
  calls: { messageId: string; calls: SiblingCall[] } | null,
  toolUseId: string | undefined,
  current: { signature: string; slow: boolean; promptId?: string },
  lastFinished: () => FinishedCall | null,
  options: Partial<AnalysisOptions>,
  now = Date.now(),
): SiblingSummary | null {
  if (calls && calls.calls.length >= 2) {
    const slow: string[] = [];
    for (const c of calls.calls) {
      if (c.runInBackground) continue;
      // This call's own analysis (with measured history) is at hand: only the others are analysed.
      const a = c.id === toolUseId ? null : analyze(c.command, options);
      const sig = a ? a.signature : current.signature;
      const isSlow = a ? a.verdict === 'suggest-background' || a.verdict === 'must-background' : current.slow;
      if (isSlow && !slow.includes(sig)) slow.push(sig);
    }
    return { count: calls.calls.length, slowSignatures: slow, messageId: calls.messageId };
  }
  if (calls) return null;
  const prev = lastFinished();
  if (!prev || now - prev.finishedAt > SAME_MESSAGE_GAP_MS || prev.promptId !== current.promptId) return null;
  const slow = [...new Set([...(prev.slow ? [prev.signature] : []), ...(current.slow ? [current.signature] : [])])];
  return { count: 2, slowSignatures: slow };
}
