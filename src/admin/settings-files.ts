/** Reading a Claude Code settings file as Claude Code does: JSON with comments and trailing commas. */
// The ES module build: the UMD `main` cannot be bundled (see src/install/jsonc-text.ts).
import { parse, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { describeParseError, locate } from '../install/jsonc-text.js';
import { MAX_SETTINGS_BYTES } from '../install/settings-io.js';
import { readRegularFile } from '../runtime/regular-file.js';

export type SettingsRead = { state: 'missing' } | { state: 'invalid'; error: string } | { state: 'ok'; value: Record<string, unknown> };

/** A FIFO or a huge file is reported, never read. */
export function readSettings(path: string): SettingsRead {
  let text: string;
  try {
    text = readRegularFile(path, MAX_SETTINGS_BYTES).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'invalid', error: `cannot read it: ${(error as Error).message}` };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    return { state: 'invalid', error: `not valid JSON: ${describeParseError(errors[0])} at ${locate(text, errors[0].offset)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { state: 'invalid', error: 'not a JSON object' };
  return { state: 'ok', value: value as Record<string, unknown> };
}
