/** Call counts and times of a group, and the foreground slow calls by signature: what adds up across databases. */

export interface CallSums {
  bashCalls: number;
  backgroundCalls: number;
  slowCalls: number;
  slowBackgroundCalls: number;
  foregroundSlowMs: number;
  timedOutCalls: number;
}

export function addSums(into: CallSums, from: CallSums): void {
  for (const f of Object.keys(into) as (keyof CallSums)[]) into[f] += from[f];
}

export type SlowSignatures = Map<string, { calls: number; blockedMs: number }>;

export function addSlow(into: SlowSignatures, signature: string, s: { calls: number; blockedMs: number }): void {
  const had = into.get(signature) ?? { calls: 0, blockedMs: 0 };
  into.set(signature, { calls: had.calls + s.calls, blockedMs: had.blockedMs + s.blockedMs });
}
