/** tox.ini, noxfile.py and Rakefile parsers, on real files (trimmed). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNoxfile } from '../../../src/project/task-files/noxfile.js';
import { parseRakefile } from '../../../src/project/task-files/rakefile.js';
import { parseToxIni } from '../../../src/project/task-files/tox-ini.js';
import { expectLinearAndTotal } from './robustness.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const tox = fixture('black.tox.ini');
const nox = fixture('pip.noxfile.py');
const rake = fixture('rubocop.Rakefile');

describe('parseToxIni on psf/black', () => {
  const table = parseToxIni(tox);

  it('one task per environment; envlist names without a section run the base commands', () => {
    expect(table.runner).toBe('tox');
    expect([...table.tasks.keys()]).toEqual(['fuzz', 'py36', 'py37', 'py38', 'py39']);
    expect(table.tasks.get('fuzz')!.commands).toEqual(['pip install -e .[d]', 'coverage erase', 'coverage run fuzz.py', 'coverage report']);
    expect(table.tasks.get('py39')!.commands[2]).toBe('coverage run -m pytest tests');
    expect(table.defaultTask).toBeUndefined();
  });

  it('generative envlists expand, bounded', () => {
    const names = (envlist: string) => [...parseToxIni(`[tox]\nenvlist = ${envlist}\n`).tasks.keys()];
    expect(names('py{311,312}-{lint, test}\n  docs')).toEqual(['py311-lint', 'py311-test', 'py312-lint', 'py312-test', 'docs']);
    const fifty = Array.from({ length: 50 }, (_, i) => i).join(',');
    expect(names(`e{${fifty}}-{${fifty}}`)).toHaveLength(64);
  });

  it('commands_pre/post, continuations, {posargs:default} and the - prefix', () => {
    const text =
      '[testenv:lint]\ncommands_pre = pip list\ncommands =\n    - ruff check \\\n      src\n    mypy {posargs:src tests}\ncommands_post = echo done\n';
    expect(parseToxIni(text).tasks.get('lint')!.commands).toEqual(['pip list', 'ruff check src', 'mypy src tests', 'echo done']);
  });
});

describe('parseNoxfile on pypa/pip', () => {
  const table = parseNoxfile(nox);

  it('each @nox.session is a task, named by name= or the function; helpers are not sessions', () => {
    expect(table.runner).toBe('nox');
    expect([...table.tasks.keys()]).toEqual(['test', 'docs', 'lint', 'upload-release']);
  });

  it('run and install calls with their literal arguments, across lines', () => {
    expect(table.tasks.get('test')!.commands).toEqual(['python setup.py sdist --formats=zip --dist-dir', 'pytest']);
    expect(table.tasks.get('docs')!.commands).toEqual(['pip install .', 'pip install -r']);
    expect(table.tasks.get('lint')!.commands).toEqual(['pip install pre-commit', 'pre-commit run']);
    expect(table.tasks.get('upload-release')).toEqual({
      commands: ['pip install twine', 'twine upload'],
      dependencies: [],
      after: ['lint'],
    });
  });
});

describe('parseRakefile on rubocop', () => {
  const table = parseRakefile(rake);

  it('plain tasks in each form with their dependencies; default is the task named default', () => {
    expect(table.runner).toBe('rake');
    expect(table.tasks.get('release')!.dependencies).toEqual(['changelog:check_clean']);
    expect(table.tasks.get('default')!.dependencies).toEqual([
      'documentation_syntax_check',
      'spec',
      'ascii_spec',
      'internal_investigation',
    ]);
    expect(table.tasks.get('bench_cop')!.dependencies).toEqual([]);
    expect(table.tasks.get('documentation_syntax_check')!.dependencies).toEqual(['yard_for_generate_documentation']);
    expect(table.defaultTask).toBe('default');
  });

  it('sh and system calls with literal strings are commands; interpolated ones and Ruby code are not', () => {
    expect(table.tasks.get('spec')).toEqual({
      commands: ['bundle exec rspec --format progress', 'bundle exec rspec spec/project_spec.rb'],
      dependencies: ['yard', 'build'],
    });
    expect(table.tasks.get('bench_cop')!.commands).toEqual([]);
  });
});

expectLinearAndTotal('parseToxIni', parseToxIni, tox, [
  '[tox]\nenvlist = ' + 'a{1,2}'.repeat(100_000),
  '[tox]\nenvlist = ' + '{'.repeat(500_000),
  '[testenv:a]\ncommands =\n' + '  x \\\n'.repeat(200_000),
  '['.repeat(1_000_000),
  '{posargs:'.repeat(100_000),
]);
expectLinearAndTotal('parseNoxfile', parseNoxfile, nox, [
  '@nox.session\ndef a(session):\n' + '  session.run("x", '.repeat(50_000),
  '@nox.session\n'.repeat(80_000),
  '@nox.session\ndef a(s):\n  session.run(' + '"'.repeat(1_000_000) + ')',
  '@nox.session\ndef a(s):\n  session.run(' + '(('.repeat(300_000),
]);
expectLinearAndTotal('parseRakefile', parseRakefile, rake, [
  'task :a do\n' + '  sh "x" '.repeat(100_000),
  'task ' + ':'.repeat(1_000_000),
  'task a: %i[' + ' '.repeat(1_000_000),
]);
