/** Durations as the model and the reports read them. Separate so hooks need not load the analyser. */
export function round1(s: number): number {
  return Math.round(s * 10) / 10;
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return 'forever';
  if (s < 90) return `${round1(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 360) / 10} h`;
}
