/** Entrypoint: PostToolUse and PostToolUseFailure (matcher Bash). */
import { handlePostToolUse } from '../policy/post-tool-use.js';
import { runHook } from '../runtime/run.js';
import { startDaemonIfAsked } from './daemon-start.js';

void runHook(
  'PostToolUse',
  (raw) => handlePostToolUse(raw),
  () => startDaemonIfAsked(__dirname),
);
