/**
 * Nudges: advice about the session as a whole, not about the Bash call at hand (that is
 * advise.ts). One rule per nudge: the settings it reads (`nudges.*`, docs/configuration.md),
 * when it fires, and the claim key that keeps it from repeating until there is something new
 * to say. `NUDGES_AT` says which rules each hook looks at, in order: the first that fires is
 * the hook's one message. docs/telemetry.md ("Nudges") describes this table; the texts are
 * in messages.ts.
 */
import { cpus, totalmem } from 'node:os';
import type { NudgeSettings } from '../config/load.js';
import type { AdviceKind } from '../store/events.js';
import type { Decision } from '../store/hook-store.js';
import type { Connection } from '../store/connection.js';
import {
  runningTasks,
  sessionBashStats,
  taskTimes,
  uncheckedTasks,
  type SessionBashStats,
  type TaskTimes,
  type UncheckedTask,
} from '../store/queries.js';
import type { HookContext } from './hook-context.js';
import type { Intent } from './intents.js';
import { MESSAGES, taskLabel } from './messages.js';

/** When a hook looks for a nudge, with what it knows at that moment. */
export type Moment =
  | { at: 'bash-ended'; startedTask: boolean }
  | { at: 'task-checked'; taskId: string }
  | { at: 'user-turn'; intents: readonly Intent[] };

/** What nudges are decided on. The store's facts are read when a rule first asks for them. */
export interface SessionFacts {
  settings: NudgeSettings;
  now: number;
  /** False once the claim key was recorded in this session. */
  fresh(key: string): boolean;
  /** Background tasks with no sign of having ended. */
  activeTasks(): number;
  /** The parallel tasks this machine runs well (`machineCap`). */
  machineCap(): number;
  bashStats(): SessionBashStats;
  unchecked(): UncheckedTask[];
  taskTimes(taskId: string): TaskTimes | null;
}

/** What a rule says when it fires, and the claim keys that mark it as said (the first gates it). */
interface Said {
  text: string;
  claims: string[];
}

type At<A extends Moment['at']> = Extract<Moment, { at: A }>;

export interface Nudge<M extends Moment> {
  /** Recorded as `advice.kind`. */
  kind: AdviceKind;
  /** The settings it reads. */
  settings: readonly (keyof NudgeSettings)[];
  decide: (facts: SessionFacts, moment: M) => Said | null;
}

/** A new task brings the running ones above the cap: said again only at a new high. */
const tooManyTasks: Nudge<At<'bash-ended'>> = {
  kind: 'too-many-tasks',
  settings: ['maxActiveTasks'],
  decide: (f, moment) => {
    if (!moment.startedTask) return null;
    const active = f.activeTasks();
    const cap = Math.min(f.settings.maxActiveTasks, f.machineCap());
    const key = `too-many:${active}`;
    return active > cap && f.fresh(key) ? { text: MESSAGES.tooManyTasks(active, cap), claims: [key] } : null;
  },
};

/** Every Nth Bash call, when too few of the slow ones ran in the background. */
const underutilization: Nudge<Moment> = {
  kind: 'underutilization',
  settings: ['underutilizationEvery', 'underutilizationRatio'],
  decide: (f) => {
    const s = f.bashStats();
    const key = `underutilization:${s.calls}`;
    const due = s.calls > 0 && s.calls % f.settings.underutilizationEvery === 0;
    return due && s.slow > 0 && s.slowBackground / s.slow < f.settings.underutilizationRatio && f.fresh(key)
      ? { text: MESSAGES.underutilization(s), claims: [key] }
      : null;
  },
};

/** More unchecked tasks than allowed: name them, again only when the number grows. */
const uncheckedMany: Nudge<Moment> = {
  kind: 'unchecked-many',
  settings: ['uncheckedMax'],
  decide: (f) => {
    const unchecked = f.unchecked();
    const key = `unchecked-many:${unchecked.length}`;
    if (unchecked.length <= f.settings.uncheckedMax || !f.fresh(key)) return null;
    return { text: MESSAGES.uncheckedMany(unchecked.map((t) => taskLabel(t, f.now))), claims: [key] };
  },
};

/** Tasks never checked nor stopped, started some user turns ago: once per task. */
const uncheckedReminder: Nudge<Moment> = {
  kind: 'unchecked-reminder',
  settings: ['uncheckedAfterTurns'],
  decide: (f) => {
    const due = f.unchecked().filter((t) => t.turns >= f.settings.uncheckedAfterTurns && f.fresh(`remind:${t.id}`));
    if (!due.length) return null;
    const turns = Math.min(...due.map((t) => t.turns));
    return {
      text: MESSAGES.uncheckedReminder(
        due.map((t) => taskLabel(t, f.now)),
        turns,
      ),
      claims: due.map((t) => `remind:${t.id}`),
    };
  },
};

/**
 * A check right after the task started, or right after the previous check, is polling; a check
 * after the model was told the task ended (or after it ended) is the check we ask for.
 */
const polling: Nudge<At<'task-checked'>> = {
  kind: 'polling',
  settings: ['pollingSeconds'],
  decide: (f, { taskId }) => {
    const times = f.taskTimes(taskId);
    if (!times) return null;
    const window = f.settings.pollingSeconds * 1000;
    const now = times.checks[times.checks.length - 1] ?? f.now;
    if (times.notifiedAt !== null || (times.finishedAt !== null && times.finishedAt < now)) return null;
    const previous = times.checks[times.checks.length - 2];
    let detail: string | null = null;
    if (previous === undefined && times.startedAt !== null && now - times.startedAt < window)
      detail = `${Math.round((now - times.startedAt) / 1000)} s after it started`;
    else if (previous !== undefined && now - previous < window)
      detail = `again ${Math.round((now - previous) / 1000)} s after the previous check`;
    const key = `polling:${taskId}`;
    if (!detail || !f.fresh(key)) return null;
    return { text: MESSAGES.polling(taskLabel({ id: taskId, signature: times.signature, startedAt: null }, now), detail), claims: [key] };
  },
};

/** Guidance for what the user's prompt asks for: once per intent per session. */
const intent: Nudge<At<'user-turn'>> = {
  kind: 'intent',
  settings: [],
  decide: (f, { intents }) => {
    const fresh = intents.filter((i) => f.fresh(`intent:${i.name}`));
    return fresh.length ? { text: MESSAGES.intent(fresh.map((i) => i.guidance)), claims: fresh.map((i) => `intent:${i.name}`) } : null;
  },
};

/** The rules each moment looks at, in order of precedence. */
export const NUDGES_AT: { readonly [A in Moment['at']]: readonly Nudge<At<A>>[] } = {
  'bash-ended': [tooManyTasks, underutilization, uncheckedMany],
  'task-checked': [polling],
  'user-turn': [uncheckedReminder, uncheckedMany, intent],
};

/** The first nudge due at this moment, or null. */
export function decideNudge(facts: SessionFacts, moment: Moment): Decision | null {
  const rules = NUDGES_AT[moment.at] as readonly Nudge<Moment>[];
  for (const rule of rules) {
    const fired = rule.decide(facts, moment);
    if (fired) return { advice: { kind: rule.kind, text: fired.text }, claims: fired.claims };
  }
  return null;
}

/** The machine's cap on parallel tasks (a task per 2 cores and per 2 GB of memory), at least 2. */
function machineCap(): number {
  return Math.max(2, Math.min(Math.floor(cpus().length / 2), Math.floor(totalmem() / 2 ** 31)));
}

/** The session's facts from the store: a read two rules share (`unchecked`) runs once per hook run. */
function storeFacts(db: Connection, ctx: HookContext): SessionFacts {
  const session = ctx.input.session_id;
  const once = <T>(read: () => T): (() => T) => {
    let value: { v: T } | undefined;
    return () => (value ??= { v: read() }).v;
  };
  return {
    settings: ctx.config.nudges,
    now: ctx.now,
    fresh: (key) => !ctx.store.claimed(session, key),
    activeTasks: once(() => runningTasks(db, session).length),
    machineCap,
    bashStats: once(() => sessionBashStats(db, session, ctx.config.slowThresholdSeconds * 1000)),
    unchecked: once(() => uncheckedTasks(db, session)),
    taskTimes: (taskId) => taskTimes(db, session, taskId),
  };
}

/** The nudge a hook gives at this moment, deciding inside its write transaction. */
export function nudge(db: Connection, ctx: HookContext, moment: Moment): Decision | null {
  return decideNudge(storeFacts(db, ctx), moment);
}
