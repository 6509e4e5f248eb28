/**
 * What Claude Code runs (`dist/hooks/<hook>.cjs`): loads the hook's bundle
 * (`<hook>.bundle.cjs`) through V8's code cache. The build defines both constants per hook.
 */
import { runBundle } from '../runtime/code-cache.js';

declare const __HOOK_BUNDLE__: string;
declare const __BUNDLE_HASH__: string;

runBundle(__dirname, __HOOK_BUNDLE__, __BUNDLE_HASH__, require);
