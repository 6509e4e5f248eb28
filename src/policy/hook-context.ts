/**
 * What every hook handler starts from: its configuration, the session's project and Claude Code
 * generation, the store, and the common fields of the event it records.
 */
import { loadConfig, type Config } from '../config/load.js';
import { eventWallMs } from '../runtime/event-start.js';
import { recordInternalError } from '../runtime/internal-errors.js';
import { generationOf, type CommonInput, type Generation } from '../runtime/payload.js';
import { projectOf } from '../runtime/project.js';
import type { HookName } from '../store/events.js';
import { HookStore } from '../store/hook-store.js';
import { type Identity, identityOf } from './identity.js';

export interface HookContext {
  env: NodeJS.ProcessEnv;
  input: CommonInput;
  config: Config;
  project: string;
  /** Developer, machine and portable project id, recorded on every event. */
  identity: Identity;
  generation: Generation;
  store: HookStore;
  now: number;
  /** Where project configuration and settings live: CLAUDE_PROJECT_DIR, else the cwd. */
  projectDir: string;
}

export async function openContext(input: CommonInput, env: NodeJS.ProcessEnv): Promise<HookContext> {
  const projectDir = env.CLAUDE_PROJECT_DIR || input.cwd;
  const { config, problems } = await loadConfig(projectDir, env);
  const store = HookStore.open(env, config);
  if (problems.length) {
    // Once per session and file state, not on every call.
    const key = `config-problems:${problems.join('|').length}:${problems[0]}`;
    if (store.claim(input.session_id, key)) recordInternalError('config', problems.join('; '), env);
  }
  const project = projectOf(input.cwd);
  const identity = identityOf(project, config.identity, env);
  return { env, input, config, project, identity, generation: generationOf(input), store, now: Date.now(), projectDir };
}

/**
 * Events Claude Code gives no id of their own (2.0.x prompts, session starts, stops) are keyed by
 * a 5-second bucket of the time: the processes of a hook registered twice fall into one bucket.
 */
export function timeBucket(ctx: HookContext): number {
  return Math.floor(ctx.now / 5000);
}

/**
 * Fields every event carries. `wallMs` is the hook's own time so far (runtime/event-start.ts):
 * from process.uptime(), as the first use of the `performance` global loads perf_hooks (about
 * 2 ms per hook).
 */
export function eventBase(ctx: HookContext, hook: HookName, id: string) {
  return {
    id,
    at: ctx.now,
    session: ctx.input.session_id,
    hook,
    wallMs: eventWallMs(ctx.env),
    generation: ctx.input.hook_event_name === 'SessionStart' || ctx.input.hook_event_name === 'SessionEnd' ? undefined : ctx.generation,
    cwd: ctx.input.cwd,
    project: ctx.project,
    projectId: ctx.identity.projectId,
    developer: ctx.identity.developer,
    machine: ctx.identity.machine,
    promptId: ctx.input.prompt_id,
  };
}
