/**
 * The tools around background work, across Claude Code generations (docs/architecture.md):
 * which input field names the task, and whether a call checks or stops it. Data, not branches.
 */
export interface TaskTool {
  role: 'check' | 'stop';
  /** Input fields that may hold the task id, in order. */
  idFields: readonly string[];
  /** Input field that makes a check wait for the task (TaskOutput `block`). */
  blockingField?: string;
}

export const TASK_TOOLS: Readonly<Record<string, TaskTool>> = {
  TaskOutput: { role: 'check', idFields: ['task_id', 'shell_id', 'bash_id'], blockingField: 'block' },
  BashOutput: { role: 'check', idFields: ['bash_id', 'shell_id'] },
  TaskStop: { role: 'stop', idFields: ['task_id', 'shell_id'] },
  KillShell: { role: 'stop', idFields: ['shell_id', 'task_id'] },
  Monitor: { role: 'check', idFields: ['task_id', 'shell_id', 'bash_id', 'id'] },
};

/** Claude Code writes a background task's output to `…/tasks/<id>.output` (`…\\tasks\\<id>.output` on Windows). */
export const OUTPUT_FILE = /[\\/]tasks[\\/]([A-Za-z0-9_-]+)\.output\b/;

export function taskIdFrom(tool: TaskTool, input: Record<string, unknown>): string | undefined {
  for (const field of tool.idFields) {
    const v = input[field];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

/** Status and exit code a check's response reports, when it reports them. */
export function statusFrom(response: unknown): { status?: string; exitCode?: number } {
  if (typeof response !== 'object' || response === null) return {};
  const r = response as Record<string, unknown>;
  const task = (typeof r.task === 'object' && r.task !== null ? r.task : r) as Record<string, unknown>;
  const status = typeof task.status === 'string' ? task.status : undefined;
  const code = task.exitCode ?? task.exit_code;
  return { status, exitCode: typeof code === 'number' ? code : undefined };
}

export interface TaskNotification {
  taskId: string;
  status: string;
  exitCode?: number;
  toolUseId?: string;
}

/** The `<task-notification>` Claude Code 2.1 sends through UserPromptSubmit when a task ends. */
export function parseNotification(prompt: string): TaskNotification | null {
  if (!prompt.trimStart().startsWith('<task-notification>')) return null;
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(prompt)?.[1]?.trim();
  const taskId = tag('task-id');
  if (!taskId) return null;
  const code = /\(exit code (-?\d+)\)/.exec(tag('summary') ?? '')?.[1];
  return {
    taskId,
    status: tag('status') ?? 'completed',
    exitCode: code === undefined ? undefined : Number(code),
    toolUseId: tag('tool-use-id'),
  };
}
