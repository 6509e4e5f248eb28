/**
 * The labelled project-defined commands (tests/fixtures/eval-projects, issue 12): the set is
 * well-formed, and command analysis never advises an interactive or state-changing command into
 * the background. Precision and recall are benchmarks (bench/verdicts-projects.mjs), not tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import { VERDICTS } from '../../src/analysis/types.js';
import { projectLookup } from '../../src/project/lookup.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'eval-projects');
const LABELS: readonly string[] = [...VERDICTS, 'unclear'];
const BACKGROUND = new Set(['must-background', 'suggest-background']);
const MUST_STAY = new Set(['interactive', 'state-change']);

interface LabelledCommand {
  project: string;
  cwd: string;
  command: string;
  label: string;
  why: string;
  misleading?: boolean;
}

const lines = readFileSync(path.join(fixtures, 'commands.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());
const cases = lines.map((line) => JSON.parse(line) as LabelledCommand);

describe('labelled project-defined commands', () => {
  it('has at least 300 commands from 20 projects, each with its source noted', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const projects = [...new Set(cases.map((c) => c.project))];
    expect(projects).toHaveLength(20);
    for (const p of projects) expect(existsSync(path.join(fixtures, p, 'SOURCE.md')), p).toBe(true);
  });

  it('gives every line the fields, a valid label and an existing cwd inside its project', () => {
    const problems: string[] = [];
    for (const c of cases) {
      const where = `${c.project}: ${c.command}`;
      if (typeof c.command !== 'string' || !c.command.trim()) problems.push(`${where}: no command`);
      if (!LABELS.includes(c.label)) problems.push(`${where}: label ${c.label}`);
      if (typeof c.why !== 'string' || !c.why.trim()) problems.push(`${where}: no why`);
      if (c.misleading !== undefined && c.misleading !== true) problems.push(`${where}: misleading is ${c.misleading}`);
      const dir = path.resolve(fixtures, c.project, c.cwd);
      if (path.isAbsolute(c.cwd) || !dir.startsWith(path.join(fixtures, c.project)) || !existsSync(dir) || !statSync(dir).isDirectory())
        problems.push(`${where}: cwd ${c.cwd}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists each command once per project and directory', () => {
    const keys = cases.map((c) => `${c.project}\t${c.cwd}\t${c.command}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has misleading names both ways: slow or endless behind a quick name, and quick behind a slow one', () => {
    const misleading = cases.filter((c) => c.misleading);
    expect(misleading.some((c) => BACKGROUND.has(c.label))).toBe(true);
    expect(misleading.some((c) => c.label === 'foreground')).toBe(true);
  });

  it('never advises an interactive or state-changing command into the background, by its words alone', () => {
    const advised = cases
      .filter((c) => MUST_STAY.has(c.label))
      .map((c) => ({ command: c.command, label: c.label, verdict: analyze(c.command, { slowThresholdSeconds: 5 }).verdict }))
      .filter((r) => BACKGROUND.has(r.verdict));
    expect(advised).toEqual([]);
  });

  it('with the project read (cwd), advises no interactive or state-changing command into the background', () => {
    const advised = cases
      .filter((c) => MUST_STAY.has(c.label))
      .map((c) => {
        const project = projectLookup(path.join(fixtures, c.project, c.cwd));
        return { command: c.command, verdict: analyze(c.command, { slowThresholdSeconds: 5, project }).verdict };
      })
      .filter((r) => BACKGROUND.has(r.verdict));
    expect(advised).toEqual([]);
  });

  it('analyses every command to a valid verdict', () => {
    for (const c of cases) expect(VERDICTS).toContain(analyze(c.command, { slowThresholdSeconds: 5 }).verdict);
  });
});
