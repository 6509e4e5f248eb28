/**
 * `config set`: changes one key of the user or project file. The whole resulting file is
 * validated before anything is written, and written atomically, so a running hook never reads
 * half a file or a file the schema rejects.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MAX_CONFIG_BYTES } from '../config/load.js';
import { validateConfigFile } from '../config/schema.js';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { FileRefusedError, readRegularFile } from '../runtime/regular-file.js';
import { configKeys } from './config-keys.js';

export class ConfigKeyError extends Error {}
export class ConfigFileError extends Error {}

/** VALUE as JSON when it parses (`3`, `true`, `["a"]`), else the string itself (`auto`). */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * `privateDir`: the user file's directory is bgtelemetry's data directory, which also holds the
 * database: created 0700 as the store would create it.
 */
export function setConfigValue(file: string, key: string, value: unknown, privateDir: boolean): void {
  const { leaves } = configKeys();
  if (!leaves.includes(key)) throw new ConfigKeyError(`${key}: unknown key`);
  const current = readCurrent(file);
  const next = structuredClone(current);
  const parts = key.split('.');
  let node = next;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    if (child === undefined) node[part] = {};
    else if (typeof child !== 'object' || child === null || Array.isArray(child))
      throw new ConfigFileError(`${file}: ${part} is not an object; fix or remove it first`);
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
  const result = validateConfigFile(next);
  if (!result.ok) {
    // A problem with the new value names its key; any other was in the file already.
    const own = result.problems.find((p) => p.startsWith(`${key}:`) || p.startsWith(`${key}.`));
    if (own) throw new ConfigKeyError(own);
    throw new ConfigFileError(`${file}: ${result.problems[0]}; fix that first (the file is ignored until then)`);
  }
  mkdirSync(dirname(file), { recursive: true, ...(privateDir ? { mode: 0o700 } : {}) });
  // The user file sits beside the database, this user's alone; a project file is shared.
  writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n', { mode: privateDir ? 0o600 : 0o644 });
}

/** Null when the file does not exist; a FIFO, a device or a file over the loader's bound is refused. */
function readText(file: string): string | null {
  try {
    return readRegularFile(file, MAX_CONFIG_BYTES).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof FileRefusedError) throw new ConfigFileError(`${error.message}; replace it with a JSON file or remove it first`);
    throw error;
  }
}

function readCurrent(file: string): Record<string, unknown> {
  const text = readText(file);
  if (text === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`${file} is not valid JSON (${(error as Error).message}); fix or delete it first`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigFileError(`${file} does not hold a JSON object; fix or delete it first`);
  return parsed as Record<string, unknown>;
}
