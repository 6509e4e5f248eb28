/**
 * The configuration keys, read from the file schema itself so that `config get/set/list` know
 * every key the schema knows and no other: dotted paths to leaves (`nudges.uncheckedMax`),
 * and the objects holding them (`nudges`).
 */
import type * as z from 'zod/mini';
import { ConfigFile } from '../config/schema.js';

export interface ConfigKeys {
  /** Settable values, in schema order. */
  leaves: string[];
  /** Objects of leaves: readable as a whole. */
  branches: string[];
}

/** Editor hint only: never listed nor read back. */
const HIDDEN = new Set(['$schema']);

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def;
  return def.type === 'optional' ? unwrap((def as z.core.$ZodOptionalDef).innerType) : schema;
}

function walk(schema: z.core.$ZodType, prefix: string, into: ConfigKeys): void {
  const def = unwrap(schema)._zod.def;
  if (def.type !== 'object') {
    into.leaves.push(prefix);
    return;
  }
  if (prefix) into.branches.push(prefix);
  for (const [key, child] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
    if (!HIDDEN.has(key)) walk(child, prefix ? `${prefix}.${key}` : key, into);
  }
}

let cached: ConfigKeys | undefined;
export function configKeys(): ConfigKeys {
  if (!cached) walk(ConfigFile, '', (cached = { leaves: [], branches: [] }));
  return cached;
}

export function getPath(value: unknown, key: string): unknown {
  let v = value;
  for (const part of key.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}
