/** pyproject.toml runners: pdm on pdm's own file (trimmed); hatch, poe and poetry in their documented forms. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHatchScripts, parsePdmScripts, parsePoeTasks, parsePoetryScripts } from '../../../src/project/task-files/pyproject.js';
import { expectLinearAndTotal } from './robustness.js';

const pdm = readFileSync(new URL('./fixtures/pdm.pyproject.toml', import.meta.url), 'utf8');

describe('pyproject.toml task runners', () => {
  it('pdm: strings and {shell}; a {call} (Python function) is no command', () => {
    const table = parsePdmScripts(pdm);
    expect(table.runner).toBe('pdm');
    expect([...table.tasks.keys()]).toEqual(['release', 'test', 'doc', 'lint', 'benchmark']);
    expect(table.tasks.get('doc')!.commands).toEqual(['cd docs && mkdocs serve']);
    const composite = parsePdmScripts(
      '[tool.pdm.scripts]\nlint = {cmd = ["ruff", "check", "."]}\nall = {composite = ["lint", "pytest -x"]}\n',
    );
    expect(composite.tasks.get('lint')!.commands).toEqual(['ruff check .']);
    expect(composite.tasks.get('all')!.commands).toEqual(['pdm run lint', 'pytest -x']);
  });

  it('hatch: env:script names, and plain names for the default env', () => {
    const text =
      '[tool.hatch.envs.default.scripts]\ntest = "pytest {args:tests}"\ncov = ["coverage run -m pytest", "coverage report"]\n[tool.hatch.envs.docs.scripts]\nserve = "mkdocs serve"\n';
    const table = parseHatchScripts(text);
    expect([...table.tasks.keys()]).toEqual(['default:test', 'test', 'default:cov', 'cov', 'docs:serve']);
    expect(table.tasks.get('cov')!.commands).toEqual(['coverage run -m pytest', 'coverage report']);
  });

  it('poe: string, cmd, shell, sequence and ref', () => {
    const text = [
      '[tool.poe.tasks]',
      'test = "pytest"',
      'lint = { cmd = "ruff check .", deps = ["fmt"] }',
      'fmt.shell = "ruff format . && echo ok"',
      'check = ["lint", { cmd = "mypy src" }]',
      'ci = { sequence = ["check", "test"] }',
      'again = { ref = "test" }',
    ].join('\n');
    const table = parsePoeTasks(text);
    expect(table.tasks.get('lint')).toEqual({ commands: ['ruff check .'], dependencies: ['fmt'] });
    expect(table.tasks.get('fmt')!.commands).toEqual(['ruff format . && echo ok']);
    expect(table.tasks.get('check')!.commands).toEqual(['poe lint', 'mypy src']);
    expect(table.tasks.get('ci')!.commands).toEqual(['poe check', 'poe test']);
    expect(table.tasks.get('again')!.commands).toEqual(['poe test']);
  });

  it('poetry: entry points as python -m module', () => {
    const table = parsePoetryScripts('[tool.poetry.scripts]\nserve = "app.server:main"\n');
    expect(table.tasks.get('serve')!.commands).toEqual(['python -m app.server']);
  });

  it('text that is not TOML gives empty tables', () => {
    expect(parsePdmScripts('[tool.pdm.scripts\n= =').tasks.size).toBe(0);
  });
});

expectLinearAndTotal('parsePdmScripts', parsePdmScripts, pdm, [
  '['.repeat(1_000_000),
  'a = "' + '\\'.repeat(1_000_000),
  'a = [' + '['.repeat(100_000),
]);
