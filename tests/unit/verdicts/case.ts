/**
 * One row of the labelled verdict suite: the command, the verdict we expect, and optionally the
 * category and signature. Labels were assigned by hand, reading each command as a person would.
 */
import type { Category, Verdict } from '../../../src/analysis/types.js';

export type VerdictCase = readonly [command: string, verdict: Verdict, category?: Category, signature?: string];
