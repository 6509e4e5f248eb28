/** Entrypoint: PostToolUse and PostToolUseFailure (matcher Bash). */
import { handlePostToolUse } from '../policy/post-tool-use.js';
import { runHook } from '../runtime/run.js';

void runHook('PostToolUse', (raw) => handlePostToolUse(raw));
