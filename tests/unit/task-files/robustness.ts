/**
 * What every task-file parser owes the resolver: it never throws, on mangled real files or on
 * pathological input, and its work grows linearly (1 MB parses within a generous ceiling).
 */
import { describe, expect, it } from 'vitest';
import type { TaskFileParser } from '../../../src/project/task-table.js';

/** A ceiling a quadratic parser would break on 1 MB, and a linear one never nears. */
const ONE_MB_CEILING_MS = 5_000;

export function expectLinearAndTotal(name: string, parse: TaskFileParser, realFile: string, pathological: string[]): void {
  describe(`${name} robustness`, () => {
    it('never throws on a real file cut anywhere or with lines shuffled', () => {
      const lines = realFile.split('\n');
      for (let cut = 0; cut <= realFile.length; cut += Math.max(1, Math.floor(realFile.length / 97))) {
        expect(() => parse(realFile.slice(0, cut))).not.toThrow();
        expect(() => parse(realFile.slice(cut))).not.toThrow();
      }
      for (let k = 0; k < 20; k++) {
        // A fixed permutation per k (no randomness: a failure must reproduce).
        const shuffled = lines.map((line, i) => lines[(i * (2 * k + 1) + k) % lines.length] ?? line).join('\n');
        expect(() => parse(shuffled)).not.toThrow();
      }
      expect(parse(realFile).tasks.size).toBeGreaterThan(0);
    });

    it('parses 1 MB of pathological input in linear time, without throwing', () => {
      for (const input of [...pathological, realFile.repeat(Math.ceil(1_000_000 / Math.max(1, realFile.length)))]) {
        const started = performance.now();
        expect(() => parse(input)).not.toThrow();
        expect(performance.now() - started).toBeLessThan(ONE_MB_CEILING_MS);
      }
    });
  });
}
