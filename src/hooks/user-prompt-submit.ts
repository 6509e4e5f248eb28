/** Entrypoint: UserPromptSubmit. */
import { handleUserPromptSubmit } from '../policy/user-prompt-submit.js';
import { runHook } from '../runtime/run.js';

void runHook('UserPromptSubmit', (raw) => handleUserPromptSubmit(raw));
