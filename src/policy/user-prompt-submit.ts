/**
 * UserPromptSubmit: record the turn. A `<task-notification>` (Claude Code 2.1) is a machine turn
 * that reports a task's end: recorded, never answered. A user's turn may earn one short
 * message: tasks left unchecked, or guidance for what the prompt asks for (nudges.ts).
 */
import { shortHash } from '../runtime/hash.js';
import { parseUserPromptSubmit } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import { eventBase, openContext, timeBucket } from './hook-context.js';
import { detectIntents } from './intents.js';
import { nudge } from './nudges.js';
import { parseNotification } from './task-tools.js';

export async function handleUserPromptSubmit(raw: unknown, env: NodeJS.ProcessEnv = process.env): Promise<HookResult<'UserPromptSubmit'>> {
  const input = parseUserPromptSubmit(raw);
  if (!input) return null;
  const prompt = input.prompt;
  const ctx = await openContext(input, env);
  try {
    const notification = parseNotification(prompt);
    const intents = notification ? [] : detectIntents(prompt);
    const id = `prompt:${input.session_id}:${input.prompt_id ?? `${shortHash(prompt)}:${timeBucket(ctx)}`}`;
    const result = ctx.store.write(
      {
        ...eventBase(ctx, 'UserPromptSubmit', id),
        kind: 'prompt',
        promptKind: notification ? 'task-notification' : 'user',
        intents: intents.map((i) => i.name),
        chars: prompt.length,
        notification: notification
          ? { taskId: notification.taskId, status: notification.status, exitCode: notification.exitCode }
          : undefined,
      },
      notification || ctx.config.mode === 'off' ? undefined : (db) => nudge(db, ctx, { at: 'user-turn', intents }),
    );
    return result.advice ? { hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: result.advice.text } } : null;
  } finally {
    ctx.store.done();
  }
}
