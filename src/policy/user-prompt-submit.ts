/**
 * UserPromptSubmit: record the turn. A `<task-notification>` (Claude Code 2.1) is a machine turn
 * that reports a task's end: recorded, never answered. A user's turn may earn one short
 * message: tasks left unchecked, or guidance for what the prompt asks for.
 */
import { shortHash } from '../runtime/hash.js';
import { parseUserPromptSubmit } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import type { Decision } from '../store/hook-store.js';
import type { DB } from '../store/open.js';
import { uncheckedTasks } from '../store/queries.js';
import { eventBase, openContext, timeBucket, type HookContext } from './hook-context.js';
import { detectIntents, type Intent } from './intents.js';
import { MESSAGES, taskLabel } from './messages.js';
import { uncheckedNudge } from './post-tool-use.js';
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
        notification: notification ? { taskId: notification.taskId, status: notification.status, exitCode: notification.exitCode } : undefined,
      },
      notification || ctx.config.mode === 'off' ? undefined : (db) => turnNudge(db, ctx, intents),
    );
    return result.advice ? { hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: result.advice.text } } : null;
  } finally {
    ctx.store.done();
  }
}

function turnNudge(db: DB, ctx: HookContext, intents: Intent[]): Decision | null {
  const session = ctx.input.session_id;
  const fresh = (key: string) => !ctx.store.claimed(session, key);
  const unchecked = uncheckedTasks(db, session);
  const due = unchecked.filter((t) => t.turns >= ctx.config.nudges.uncheckedAfterTurns && fresh(`remind:${t.id}`));
  if (due.length) {
    const turns = Math.min(...due.map((t) => t.turns));
    return { advice: { kind: 'unchecked-reminder', text: MESSAGES.uncheckedReminder(due.map((t) => taskLabel(t, ctx.now)), turns) }, claims: due.map((t) => `remind:${t.id}`) };
  }
  const many = uncheckedNudge(db, ctx, unchecked);
  if (many) return many;
  const freshIntents = intents.filter((i) => fresh(`intent:${i.name}`));
  if (!freshIntents.length) return null;
  return { advice: { kind: 'intent', text: MESSAGES.intent(freshIntents.map((i) => i.guidance)) }, claims: freshIntents.map((i) => `intent:${i.name}`) };
}
