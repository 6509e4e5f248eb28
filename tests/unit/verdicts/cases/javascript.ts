import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  ['npm test', 'suggest-background', 'test', 'npm test'],
  ['npm run dev', 'must-background', 'server', 'npm run dev'],
  ['npm --version', 'foreground'],
];
