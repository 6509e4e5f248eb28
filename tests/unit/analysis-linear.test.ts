/**
 * Every phase of the analysis is linear in the command: a megabyte of each pathological shape
 * is analysed within a ceiling only a super-linear blow-up would break (64 KiB of blank lines
 * once took 16 s). The precise timings are in bench/pathological.mjs.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { PATHOLOGICAL_SHAPES } from '../fixtures/pathological-commands.js';

const MEGABYTE = 1024 * 1024;
const CEILING_MS = 2000;

describe('a megabyte of', () => {
  for (const [shape, make] of Object.entries(PATHOLOGICAL_SHAPES)) {
    it(shape, { timeout: 60_000 }, () => {
      const command = make(MEGABYTE);
      expect(command.length).toBeGreaterThan(MEGABYTE * 0.99);
      const started = performance.now();
      const analysis = analyze(command);
      expect(performance.now() - started).toBeLessThan(CEILING_MS);
      expect(analysis.notes).toContain('only the first 65536 characters were analysed');
    });
  }
});
