/** Entrypoint: Stop, SessionStart and SessionEnd. */
import { handleLifecycle } from '../policy/lifecycle.js';
import { runHook } from '../runtime/run.js';
import { startDaemonIfAsked } from './daemon-start.js';

void runHook(
  'Lifecycle',
  (raw) => handleLifecycle(raw),
  () => startDaemonIfAsked(__dirname),
);
