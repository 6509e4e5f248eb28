/**
 * When the event a handler serves began, for `hook_runs.wall_ms`. A hook process serves one event
 * from its start (Node's start-up included): process.uptime() is its time so far. The daemon has
 * been up for minutes: each request's events count from its arrival, keyed by the environment
 * object the daemon builds for that request (one per request, so concurrent requests keep theirs).
 */
const starts = new WeakMap<NodeJS.ProcessEnv, number>();

/** The daemon: the request with this environment arrived at `uptime` (seconds, process.uptime()). */
export function markEventStart(env: NodeJS.ProcessEnv, uptime: number): void {
  starts.set(env, uptime);
}

/** Milliseconds since the event began, to 0.1 ms. */
export function eventWallMs(env: NodeJS.ProcessEnv): number {
  return Math.round((process.uptime() - (starts.get(env) ?? 0)) * 10_000) / 10;
}
