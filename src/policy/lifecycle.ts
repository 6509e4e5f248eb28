/**
 * Stop, SessionStart and SessionEnd: the turn and session boundaries. They record, and say
 * nothing: a Stop hook's output could keep the model from ending its turn. With a team store
 * configured, Stop and SessionEnd start a detached sync when one is due (store/background-sync.ts).
 */
import { redactSecrets } from '../privacy/redact.js';
import { shortHash } from '../runtime/hash.js';
import { recordInternalError } from '../runtime/internal-errors.js';
import { databasePath } from '../runtime/paths.js';
import { parseLifecycle } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import { startAutoSync } from '../store/background-sync.js';
import { eventBase, type HookContext, openContext, timeBucket } from './hook-context.js';

export async function handleLifecycle(
  raw: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HookResult<'Stop' | 'SessionStart' | 'SessionEnd'>> {
  const input = parseLifecycle(raw);
  if (!input) return null;
  const ctx = await openContext(input, env);
  try {
    const session = input.session_id;
    if (input.hook_event_name === 'SessionStart') {
      const source = input.source;
      ctx.store.write({
        ...eventBase(ctx, 'SessionStart', `start:${session}:${source ?? ''}:${timeBucket(ctx)}`),
        kind: 'session-start',
        source,
      });
    } else if (input.hook_event_name === 'SessionEnd') {
      ctx.store.write({ ...eventBase(ctx, 'SessionEnd', `end:${session}`), kind: 'session-end', reason: input.reason });
    } else {
      // 2.1.145+ lists the tasks still running; older versions say nothing about them.
      const list = input.background_tasks ?? null;
      const running = list
        ? list
            .filter((t) => typeof t?.id === 'string')
            .map((t) => ({
              id: t.id as string,
              command: typeof t.command === 'string' ? redactSecrets(t.command).slice(0, 2000) : undefined,
            }))
        : null;
      const key = `${input.prompt_id ?? timeBucket(ctx)}:${shortHash(JSON.stringify(list ?? []) + (input.last_assistant_message ?? ''))}`;
      ctx.store.write({ ...eventBase(ctx, 'Stop', `stop:${session}:${key}`), kind: 'turn-end', running });
    }
    return null;
  } finally {
    ctx.store.done();
    if (input.hook_event_name !== 'SessionStart') autoSync(ctx, input.hook_event_name === 'SessionEnd');
  }
}

/** After the event is written (the sync pushes it too); a failure to start is logged, never thrown. */
function autoSync(ctx: HookContext, sessionEnd: boolean): void {
  // The hook bundles' folder (where the CLI is found); code run from src/ has none, and starts nothing.
  if (typeof __dirname !== 'string') return;
  const { team, database } = ctx.config;
  const settings = {
    url: ctx.env.BGTELEMETRY_TEAM_URL || team.url,
    intervalMinutes: team.syncIntervalMinutes,
    command: team.syncCommand,
    sessionEnd,
  };
  try {
    startAutoSync(databasePath(ctx.env, database), settings, ctx.env, __dirname, ctx.projectDir);
  } catch (error) {
    recordInternalError('team-sync', `could not start the team sync: ${(error as Error).message}`, ctx.env);
  }
}
