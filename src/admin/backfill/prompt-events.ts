/**
 * A user's turn in a transcript as the UserPromptSubmit hook would have recorded it: a prompt
 * with its intents, or a background task's completion notice (`<task-notification>` in 2.1.x,
 * `<bash-notification>` in 2.0.7x), which marks the task finished.
 */
import { detectIntents } from '../../policy/intents.js';
import { shortHash } from '../../runtime/hash.js';
import type { TelemetryEvent } from '../../store/events.js';
import type { LineContext } from './transcript-line.js';

/** The notice of each generation: its tag and the tag naming the task. */
const NOTICES = [
  { tag: 'task-notification', id: 'task-id' },
  { tag: 'bash-notification', id: 'shell-id' },
] as const;

interface Notice {
  taskId: string;
  status: string;
  exitCode?: number;
}

export function parseNotice(text: string): Notice | null {
  const start = text.trimStart();
  const form = NOTICES.find((n) => start.startsWith(`<${n.tag}>`));
  if (!form) return null;
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(start)?.[1]?.trim();
  const taskId = tag(form.id);
  if (!taskId) return null;
  const code = /\(?exit code (-?\d+)\)?/.exec(tag('summary') ?? '')?.[1];
  return { taskId, status: tag('status') ?? 'completed', exitCode: code === undefined ? undefined : Number(code) };
}

/**
 * The prompt's event. Its id is the hook's when the line has the prompt id (2.1.x), so a prompt
 * the hook recorded counts once; otherwise it is made of the text and the time.
 */
export function promptEvent(text: string, line: LineContext, project: string, notice: Notice | null): TelemetryEvent {
  const promptId = line.promptId ?? `transcript:${shortHash(text)}:${line.at}`;
  return {
    id: `prompt:${line.session}:${promptId}`,
    at: line.at,
    session: line.session,
    hook: 'UserPromptSubmit',
    wallMs: 0,
    cwd: line.cwd,
    project,
    promptId,
    backfilled: true,
    kind: 'prompt',
    promptKind: notice ? 'task-notification' : 'user',
    intents: notice ? [] : detectIntents(text).map((i) => i.name),
    chars: text.length,
    notification: notice ?? undefined,
  };
}
