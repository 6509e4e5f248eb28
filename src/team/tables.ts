/**
 * The tables the team store mirrors, as data: each one's identity (the conflict key an event
 * applied twice collides on) and its columns with their PostgreSQL types. The schema
 * (pg-schema.ts), the ingest functions and the push (sync.ts) are all made from this table.
 * `developer`, `machine` and `project_id` are nullable identity columns: filled when the local
 * store has them (a push copies every column both sides have), left NULL otherwise.
 */
export interface TeamTable {
  name: string;
  key: readonly string[];
  /** Column name → PostgreSQL type. */
  columns: Readonly<Record<string, string>>;
}

const IDENTITY = { developer: 'text', machine: 'text', project_id: 'text' } as const;

export const TEAM_TABLES: readonly TeamTable[] = [
  { name: 'applied_events', key: ['id'], columns: { id: 'text', kind: 'text', at: 'bigint', ...IDENTITY } },
  {
    name: 'sessions',
    key: ['id'],
    columns: {
      id: 'text',
      project: 'text',
      cwd: 'text',
      started_at: 'bigint',
      ended_at: 'bigint',
      end_reason: 'text',
      generation: 'text',
      source: 'text',
      ...IDENTITY,
    },
  },
  {
    name: 'prompts',
    key: ['session_id', 'id'],
    columns: { id: 'text', session_id: 'text', at: 'bigint', kind: 'text', intents: 'text', chars: 'integer' },
  },
  {
    name: 'bash_calls',
    key: ['session_id', 'tool_use_id'],
    columns: {
      tool_use_id: 'text',
      session_id: 'text',
      prompt_id: 'text',
      message_id: 'text',
      project: 'text',
      started_at: 'bigint',
      ended_at: 'bigint',
      signature: 'text',
      command: 'text',
      verdict: 'text',
      category: 'text',
      estimate_s: 'double precision',
      estimate_source: 'text',
      timeout_ms: 'bigint',
      requested_background: 'integer',
      background: 'integer',
      background_reason: 'text',
      outcome: 'text',
      exit_code: 'integer',
      duration_ms: 'bigint',
      duration_source: 'text',
      task_id: 'text',
      threshold_ms: 'bigint',
      backfilled: 'integer',
      ...IDENTITY,
    },
  },
  {
    name: 'tasks',
    key: ['session_id', 'id'],
    columns: {
      session_id: 'text',
      id: 'text',
      tool_use_id: 'text',
      started_at: 'bigint',
      signature: 'text',
      command: 'text',
      category: 'text',
      status: 'text',
      exit_code: 'integer',
      finished_at: 'bigint',
      notified_at: 'bigint',
      stopped_at: 'bigint',
      stopped_by: 'text',
      running_at_turn_end: 'bigint',
    },
  },
  {
    name: 'task_checks',
    key: ['session_id', 'tool_use_id'],
    columns: {
      tool_use_id: 'text',
      session_id: 'text',
      task_id: 'text',
      at: 'bigint',
      tool: 'text',
      blocking: 'integer',
      status_seen: 'text',
    },
  },
  {
    name: 'advice',
    key: ['event_id'],
    columns: {
      event_id: 'text',
      session_id: 'text',
      prompt_id: 'text',
      tool_use_id: 'text',
      at: 'bigint',
      hook: 'text',
      kind: 'text',
      signature: 'text',
      text: 'text',
      chars: 'integer',
      deferred: 'integer',
      delivered_at: 'bigint',
    },
  },
  { name: 'hook_runs', key: ['event_id'], columns: { event_id: 'text', hook: 'text', at: 'bigint', wall_ms: 'double precision' } },
];

/** The views the report reads (pg-schema.ts, migration 2): the lead's role reads them too. */
export const TEAM_VIEWS = ['task_states', 'advice_outcomes'] as const;
/** Tables derived from the others, by triggers (pg-rollups.ts, pg-advice-facts.ts, pg-call-rollups.ts, pg-task-facts.ts): the lead's role reads them. */
export const TEAM_ROLLUPS = [
  'call_hours',
  'hook_hours',
  'advice_facts',
  'call_session_hours',
  'call_signature_hours',
  'task_facts',
] as const;

/** Columns holding a command as run (redacted): reduced to the signature when the team asks for it. */
export const COMMAND_COLUMNS: Readonly<Record<string, { command: string; signature: string }>> = {
  bash_calls: { command: 'command', signature: 'signature' },
  tasks: { command: 'command', signature: 'signature' },
};

/**
 * Columns holding a local absolute path (a home folder's name): what the push sends instead.
 * `project-id`: the row's portable project id (normalised git remote, else folder name), else the
 * path's last segment; `drop`: nothing.
 */
export const LOCAL_PATH_COLUMNS: Readonly<Record<string, Readonly<Record<string, 'project-id' | 'drop'>>>> = {
  sessions: { project: 'project-id', cwd: 'drop' },
  bash_calls: { project: 'project-id' },
};

/** Free text that may name local paths (a command run in the project): the paths are replaced. */
export const TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  bash_calls: ['command', 'signature'],
  tasks: ['command', 'signature'],
  advice: ['text', 'signature'],
};
