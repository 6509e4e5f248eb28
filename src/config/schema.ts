/**
 * The configuration file schema, shared by hooks and CLI. Written with zod/mini: hooks load it
 * only when a config file exists, and mini keeps that import to a few milliseconds.
 */
import * as z from 'zod/mini';
import { CATEGORIES, EFFECTS } from '../analysis/types.js';
import { COMMAND_STORAGE, MAX_SLOW_THRESHOLD_SECONDS, MODES, TRANSPORTS } from './values.js';

export { COMMAND_STORAGE, MODES, type CommandStorage, type Mode } from './values.js';

const Pattern = z.strictObject({
  /** Program name as typed, e.g. `make`, `./scripts/e2e.sh` matches `e2e.sh`. */
  program: z.string().check(z.minLength(1)),
  /** Positional words that must follow: `test`, `test*`, `a|b`, `*`. */
  args: z.optional(z.array(z.string())),
  /** Only when one of these options is present. */
  ifFlags: z.optional(z.array(z.string())),
  /** Not when one of these options is present. */
  unlessFlags: z.optional(z.array(z.string())),
  effect: z.enum(EFFECTS),
  category: z.optional(z.enum(CATEGORIES)),
  estimateSeconds: z.optional(z.number().check(z.gte(0))),
  reason: z.optional(z.string().check(z.maxLength(200))),
  alternative: z.optional(z.string().check(z.maxLength(200))),
});

const Nudges = z.strictObject({
  /** Look at the background ratio every N Bash calls of a session. */
  underutilizationEvery: z.optional(z.number().check(z.int(), z.gte(1))),
  /** Nudge when fewer than this share of the session's slow commands ran in the background. */
  underutilizationRatio: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Remind about a task nobody checked after this many user turns. */
  uncheckedAfterTurns: z.optional(z.number().check(z.int(), z.gte(1))),
  /** List unchecked tasks once there are more than this many. */
  uncheckedMax: z.optional(z.number().check(z.int(), z.gte(0))),
  /** Warn above this many active background tasks (and above the machine's own cap). */
  maxActiveTasks: z.optional(z.number().check(z.int(), z.gte(1))),
  /** A check this soon after a task started, or after the previous check, is polling. */
  pollingSeconds: z.optional(z.number().check(z.gt(0))),
});

const Identity = z.strictObject({
  /** Display name recorded as the developer, instead of anything derived from git. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Record a hash of git's user.email (default), or the address itself when false. */
  hash: z.optional(z.boolean()),
  /** Put this machine's host name before its random id. */
  hostname: z.optional(z.boolean()),
});
/** A PostgreSQL URL without a password in it: config files are shown and shared. */
const TeamUrl = z.string().check(
  z.regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL'),
  z.refine(
    (url) => !/^[^/]*\/\/[^/@]*:[^/@]*@/.test(url) && !/[?&]password=/i.test(url),
    'no password in the URL: use PGPASSWORD or ~/.pgpass',
  ),
);

export const ConfigFile = z.strictObject({
  $schema: z.optional(z.string()),
  mode: z.optional(z.enum(MODES)),
  slowThresholdSeconds: z.optional(z.number().check(z.gt(0), z.lte(MAX_SLOW_THRESHOLD_SECONDS))),
  patterns: z.optional(z.array(Pattern)),
  /** Where the telemetry database lives (BGTELEMETRY_DB wins). */
  database: z.optional(z.string().check(z.minLength(1))),
  /** What of a command is stored: always with secrets removed. */
  commandStorage: z.optional(z.enum(COMMAND_STORAGE)),
  nudges: z.optional(Nudges),
  /** How the developer and machine are named on every event (docs/telemetry.md, "Identity"). */
  identity: z.optional(Identity),
  /** The team store (docs/team.md); a password never goes here: PGPASSWORD or ~/.pgpass. */
  /** How `install` writes the hooks: through the daemon (a bash shim), or a Node process per event. */
  transport: z.optional(z.enum(TRANSPORTS)),
  /** The daemon behind the shim (docs/architecture.md, "The daemon"). */
  daemon: z.optional(
    z.strictObject({
      /** Minutes without a request after which the daemon exits. */
      idleMinutes: z.optional(z.number().check(z.gt(0), z.maximum(24 * 60))),
    }),
  ),
  team: z.optional(
    z.strictObject({
      url: z.optional(TeamUrl),
      /** Minutes between the syncs Stop hooks start (SessionEnd starts one whenever none backs off). */
      syncIntervalMinutes: z.optional(z.number().check(z.minimum(1), z.maximum(24 * 60))),
      /** The bgtelemetry CLI the hooks run as `… sync --background` where none is beside them (the plugin). */
      syncCommand: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
    }),
  ),
});

export type ConfigFileShape = z.infer<typeof ConfigFile>;
export type PatternShape = z.infer<typeof Pattern>;

/** Validates parsed JSON; returns the problems as `key.path: message` lines. */
export function validateConfigFile(value: unknown): { ok: true; value: ConfigFileShape } | { ok: false; problems: string[] } {
  const result = ConfigFile.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(describeIssue),
  };
}

/** zod/mini carries no message text; say what was expected in plain words. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.length ? issue.path.join('.') : '(top level)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${[...issue.path, k].join('.')}: unknown key`).join('; ');
    case 'invalid_value':
      return `${key}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${key}: expected ${issue.expected}`;
    case 'too_small':
      return `${key}: must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `${key}: must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    default:
      return `${key}: invalid value`;
  }
}
