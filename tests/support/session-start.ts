/** A SessionStart event as the lifecycle hook records it: the smallest event that makes a session. */
import type { TelemetryEvent } from '../../src/store/events.js';

export function sessionStart(id: string, session: string, at: number, project: string): TelemetryEvent {
  return {
    kind: 'session-start',
    id,
    at,
    session,
    hook: 'SessionStart',
    wallMs: 1,
    generation: '2.1',
    cwd: project,
    project,
    source: 'startup',
  } as unknown as TelemetryEvent;
}
