/** The top-level object of a JSON(C) task file, or undefined for text that is not one. */
import { parseJsonc } from '../../runtime/jsonc.js';

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parseJsonc(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
