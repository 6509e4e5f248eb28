/** Entrypoint: PreToolUse (matcher Bash). */
import { handlePreToolUse } from '../policy/pre-tool-use.js';
import { runHook } from '../runtime/run.js';
import { startDaemonIfAsked } from './daemon-start.js';

void runHook(
  'PreToolUse',
  (raw) => handlePreToolUse(raw),
  () => startDaemonIfAsked(__dirname),
);
