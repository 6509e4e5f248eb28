/** What of a command is stored, per `commandStorage`; secrets are removed in every mode. */
import type { CommandStorage } from '../config/schema.js';
import { redactSecrets } from './redact.js';

/** Nothing past this is ever stored, even with `full`. */
const MAX_STORED_CHARS = 64 * 1024;
const REDACTED_MODE_CHARS = 2000;
/** Redaction reads this far past the cut, so a secret or key block across the cut is still whole. */
const MARGIN = 16 * 1024;

export function storedCommand(command: string, signature: string, mode: CommandStorage): string {
  if (mode === 'signature') return signature;
  // Redact before cutting, so a cut can never leave half a secret behind.
  const clean = redactSecrets(command.length > MAX_STORED_CHARS + MARGIN ? command.slice(0, MAX_STORED_CHARS + MARGIN) : command);
  const limit = mode === 'full' ? MAX_STORED_CHARS : REDACTED_MODE_CHARS;
  return clean.length > limit ? clean.slice(0, limit - 1) + '…' : clean;
}
