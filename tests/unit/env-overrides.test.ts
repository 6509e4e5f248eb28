/**
 * The table of BGTELEMETRY_* variables (src/runtime/env-overrides.ts) is complete: every one the
 * sources read is in it, docs/configuration.md lists exactly its rows, and its config keys exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configKeys } from '../../src/admin/config-keys.js';
import { ENV_OVERRIDES } from '../../src/runtime/env-overrides.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NAME = /\bBGTELEMETRY_[A-Z][A-Z_]*[A-Z]\b/g;
const tableNames = ENV_OVERRIDES.map((v) => v.name).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('environment overrides', () => {
  it('hold every BGTELEMETRY_* variable that src/ names', () => {
    const used = new Set(sourceFiles(path.join(ROOT, 'src')).flatMap((f) => fs.readFileSync(f, 'utf8').match(NAME) ?? []));
    expect([...used].sort()).toEqual(tableNames);
  });

  it('are listed in docs/configuration.md, one table row each, and nothing else is', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Environment variables'), doc.indexOf('\n## ', doc.indexOf('## Environment variables') + 1));
    const rows = [...section.matchAll(/^\| `(BGTELEMETRY_[A-Z_]+)` \| ([^|]+) \|\s*`?([\w.]*)`?\s*\|/gm)].map((m) => ({
      name: m[1],
      overrides: m[2].trim(),
      configKey: m[3] || undefined,
    }));
    expect(rows.map((r) => r.name).sort()).toEqual(tableNames);
    for (const v of ENV_OVERRIDES)
      expect(
        rows.find((r) => r.name === v.name),
        v.name,
      ).toEqual({ name: v.name, overrides: v.overrides, configKey: 'configKey' in v ? v.configKey : undefined });
    // Anywhere else in the docs, only variables of the table.
    const mentioned = new Set(
      fs
        .readdirSync(path.join(ROOT, 'docs'))
        .flatMap((f) => (f.endsWith('.md') ? (fs.readFileSync(path.join(ROOT, 'docs', f), 'utf8').match(NAME) ?? []) : [])),
    );
    for (const name of mentioned) expect(tableNames, name).toContain(name);
  });

  it('name config keys that exist', () => {
    const { leaves } = configKeys();
    for (const v of ENV_OVERRIDES) if ('configKey' in v) expect(leaves, v.name).toContain(v.configKey);
  });
});
