/** Entrypoint: PreToolUse (matcher Bash). */
import { handlePreToolUse } from '../policy/pre-tool-use.js';
import { runHook } from '../runtime/run.js';

void runHook('PreToolUse', (raw) => handlePreToolUse(raw));
