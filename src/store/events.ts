/**
 * What hooks record: one event per hook run. Events are the unit of writing and of spooling;
 * `apply.ts` projects each into the tables exactly once (by `id`), whatever order they arrive in.
 * Every text field is already redacted when an event is built.
 */
import type { Category, EstimateSource, Verdict } from '../analysis/types.js';
import type { HookEventName } from '../runtime/hook-input.js';
import type { Generation } from '../runtime/payload.js';

export type HookName = HookEventName;

/**
 * Everything bgtelemetry may say, as recorded in `advice.kind` (texts in policy/messages.ts).
 * Stored and reported: never rename one.
 */
export const ADVICE_KINDS = [
  'dependency',
  'slow-foreground',
  'never-ends',
  'interactive',
  'background-state-change',
  'background-fast',
  'shell-ampersand',
  'parallel',
  'auto-background',
  'enforce-deny',
  'underutilization',
  'unchecked-reminder',
  'unchecked-many',
  'too-many-tasks',
  'polling',
  'intent',
] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

export interface AdviceRecord {
  kind: AdviceKind;
  text: string;
  signature?: string;
  toolUseId?: string;
  /** Held back for PostToolUse (Claude Code 2.0.x ignores PreToolUse context). */
  deferred?: boolean;
}

interface Base {
  /** Deterministic, so that the same hook run twice (duplicate registration, replay) counts once. */
  id: string;
  at: number;
  session: string;
  hook: HookName;
  /** The hook process's own time until the event was written. */
  wallMs: number;
  generation?: Generation;
  cwd?: string;
  /** The repository root on this machine: local only, reports show projectId. */
  project?: string;
  /** Portable: normalised remote URL, else the repository folder's name (policy/identity.ts). */
  projectId?: string;
  /** Configured name, else a hash of git's user.email (or the address, if configured). */
  developer?: string;
  /** Random id made once per data directory, with the host name before it if configured. */
  machine?: string;
  promptId?: string;
  advice?: AdviceRecord;
  /** Advice keys to mark as given in this session (the first one gated the advice). */
  claims?: string[];
  /** Event id of deferred advice this hook delivered. */
  delivered?: string;
  /**
   * Rebuilt from a Claude Code transcript by `bgtelemetry backfill`: no hook ran and no advice
   * was given (docs/telemetry.md, "Backfilled history").
   */
  backfilled?: boolean;
}

export interface CallFacts {
  toolUseId: string;
  command: string;
  signature: string;
  verdict: Verdict;
  category: Category;
  estimateS: number | null;
  estimateSource: EstimateSource;
  timeoutMs?: number;
  requestedBackground: boolean;
  messageId?: string;
  /** The slow threshold in force, so "was the advice right" can be answered later. */
  thresholdMs: number;
}

export type TelemetryEvent = Base &
  (
    | { kind: 'session-start'; source?: string }
    | { kind: 'session-end'; reason?: string }
    | {
        kind: 'prompt';
        promptKind: 'user' | 'task-notification';
        intents: string[];
        chars: number;
        notification?: { taskId: string; status: string; exitCode?: number };
      }
    | ({ kind: 'bash-pre' } & CallFacts)
    | ({
        kind: 'bash-post';
        outcome: 'ok' | 'failed' | 'timed-out' | 'interrupted';
        exitCode?: number;
        durationMs?: number;
        durationSource?: 'claude' | 'hooks' | 'transcript';
        background: boolean;
        backgroundReason?: 'requested' | 'user' | 'timeout' | 'shell';
        taskId?: string;
        /** A background task whose output file this command reads. */
        readsTask?: string;
      } & CallFacts)
    | { kind: 'task-check'; toolUseId: string; taskId: string; tool: string; blocking: boolean; statusSeen?: string; exitCode?: number }
    | { kind: 'task-stop'; toolUseId: string; taskId: string; tool: string }
    | { kind: 'turn-end'; running: { id: string; command?: string }[] | null }
  );
