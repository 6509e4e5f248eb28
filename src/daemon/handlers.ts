/**
 * The hook programs the daemon answers, by the name the shim sends (`/hook/<name>`): the same
 * handlers, under the same error-log names, as the entrypoints in src/hooks/ that each command
 * hook bundle runs. Each takes the request's environment, not the daemon's.
 */
import { handleLifecycle } from '../policy/lifecycle.js';
import { handlePostToolUse } from '../policy/post-tool-use.js';
import { handlePreToolUse } from '../policy/pre-tool-use.js';
import { handleUserPromptSubmit } from '../policy/user-prompt-submit.js';
import type { HookHandler } from '../runtime/run.js';

export interface DaemonHandler {
  /** The name errors.log gives it, as its entrypoint does. */
  name: string;
  handler: (env: NodeJS.ProcessEnv) => HookHandler;
}

export const DAEMON_HANDLERS: Readonly<Record<string, DaemonHandler>> = {
  'pre-tool-use': { name: 'PreToolUse', handler: (env) => (raw) => handlePreToolUse(raw, env) },
  'post-tool-use': { name: 'PostToolUse', handler: (env) => (raw) => handlePostToolUse(raw, env) },
  'user-prompt-submit': { name: 'UserPromptSubmit', handler: (env) => (raw) => handleUserPromptSubmit(raw, env) },
  lifecycle: { name: 'Lifecycle', handler: (env) => (raw) => handleLifecycle(raw, env) },
};
