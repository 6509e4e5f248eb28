import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/classify.js';
import type { VerdictCase } from './case.js';

const suites = import.meta.glob<{ CASES: readonly VerdictCase[] }>('./cases/*.ts', { eager: true });

describe.each(Object.entries(suites).map(([file, mod]) => [file.replace(/^.*\/|\.ts$/g, ''), mod.CASES] as const))(
  'verdicts: %s',
  (_name, cases) => {
    it.each(cases.map((c) => [c[0], c] as const))('%s', (_cmd, [command, verdict, category, signature]) => {
      const a = analyze(command);
      expect({
        verdict: a.verdict,
        ...(category ? { category: a.category } : {}),
        ...(signature ? { signature: a.signature } : {}),
      }).toEqual({
        verdict,
        ...(category ? { category } : {}),
        ...(signature ? { signature } : {}),
      });
    });
  },
);

it('has at least 400 labelled commands', () => {
  const total = Object.values(suites).reduce((n, m) => n + m.CASES.length, 0);
  expect(total).toBeGreaterThanOrEqual(400);
});
