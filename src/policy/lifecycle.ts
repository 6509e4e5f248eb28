/**
 * Stop, SessionStart and SessionEnd: the turn and session boundaries. They record, and say
 * nothing: a Stop hook's output could keep the model from ending its turn.
 */
import { redactSecrets } from '../privacy/redact.js';
import { shortHash } from '../runtime/hash.js';
import { parseCommon } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import { eventBase, openContext, timeBucket } from './hook-context.js';

export async function handleLifecycle(raw: unknown, env: NodeJS.ProcessEnv = process.env): Promise<HookResult> {
  const input = parseCommon(raw);
  if (!input) return null;
  const payload = raw as Record<string, unknown>;
  const event = input.hook_event_name;
  if (event !== 'Stop' && event !== 'SessionStart' && event !== 'SessionEnd') return null;
  const ctx = await openContext(input, env);
  try {
    const session = input.session_id;
    if (event === 'SessionStart') {
      const source = typeof payload.source === 'string' ? payload.source : undefined;
      ctx.store.write({ ...eventBase(ctx, event, `start:${session}:${source ?? ''}:${timeBucket(ctx)}`), kind: 'session-start', source });
    } else if (event === 'SessionEnd') {
      ctx.store.write({ ...eventBase(ctx, event, `end:${session}`), kind: 'session-end', reason: typeof payload.reason === 'string' ? payload.reason : undefined });
    } else {
      // 2.1.145+ lists the tasks still running; older versions say nothing about them.
      const list = Array.isArray(payload.background_tasks) ? (payload.background_tasks as Record<string, unknown>[]) : null;
      const running = list
        ? list.filter((t) => typeof t?.id === 'string').map((t) => ({ id: t.id as string, command: typeof t.command === 'string' ? redactSecrets(t.command).slice(0, 2000) : undefined }))
        : null;
      const key = `${input.prompt_id ?? timeBucket(ctx)}:${shortHash(JSON.stringify(list ?? []) + String(payload.last_assistant_message ?? ''))}`;
      ctx.store.write({ ...eventBase(ctx, event, `stop:${session}:${key}`), kind: 'turn-end', running });
    }
    return null;
  } finally {
    ctx.store.done();
  }
}
