/** Entrypoint: UserPromptSubmit. */
import { handleUserPromptSubmit } from '../policy/user-prompt-submit.js';
import { runHook } from '../runtime/run.js';
import { startDaemonIfAsked } from './daemon-start.js';

void runHook(
  'UserPromptSubmit',
  (raw) => handleUserPromptSubmit(raw),
  () => startDaemonIfAsked(__dirname),
);
