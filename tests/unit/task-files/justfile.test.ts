/** The justfile parser on just's own justfile (trimmed) and on the current syntax's forms. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJustfile } from '../../../src/project/task-files/justfile.js';
import { expectLinearAndTotal } from './robustness.js';

const just = readFileSync(new URL('./fixtures/just.justfile', import.meta.url), 'utf8');

describe('parseJustfile on casey/just', () => {
  const table = parseJustfile(just);

  it('reads recipes in order, the first is the default', () => {
    expect(table.runner).toBe('just');
    expect([...table.tasks.keys()]).toEqual(['test', 'build', 'publish', 'clippy', 'sloc', 'create', 'polyglot', 'python', 'sh']);
    expect(table.defaultTask).toBe('test');
  });

  it('dependencies, comment lines dropped, @ removed', () => {
    expect(table.tasks.get('publish')!.dependencies).toEqual(['clippy', 'build']);
    expect(table.tasks.get('publish')!.commands).toHaveLength(3);
    expect(table.tasks.get('publish')!.commands[2]).toBe('cargo publish');
    expect(table.tasks.get('sloc')!.commands).toEqual(['cat src/*.rs | wc -l']);
    expect(table.tasks.get('polyglot')).toEqual({ commands: [], dependencies: ['python', 'sh'] });
  });

  it('a shebang recipe is one script', () => {
    expect(table.tasks.get('sh')!.commands).toEqual(['#!/usr/bin/env sh\nhello=\'Yo\'\necho "$hello from a shell script!"']);
  });

  it('a variable with = (old syntax) loses its quotes', () => {
    expect(table.variables.get('quine-text')).toBe('int printf(const char*, ...); int main() { return 0; }');
  });
});

describe('parseJustfile forms', () => {
  const text = [
    'set shell := ["bash", "-cu"]',
    'set dotenv-load',
    "import 'ci/common.just'",
    "import? 'local.just'",
    'mod docs',
    "mod? tools 'tools/justfile'",
    'export RUST_LOG := "debug"',
    "cargo := env('CARGO', 'cargo')",
    'alias t := test',
    '',
    '[private]',
    '_setup:',
    '    -mkdir -p out',
    '',
    '[group("ci")]',
    '[default]',
    'ci: _setup (test "--release") lint && report # comment',
    '    {{cargo}} build \\',
    '      --workspace',
    '',
    '    @echo done',
    '',
    'test *args:',
    '    cargo test {{args}}',
    'lint target="all": _setup',
    '  cargo clippy',
    '@report:',
    '  echo report',
  ].join('\n');
  const table = parseJustfile(text);

  it('imports and modules are includes; set lines ignored; variables with export', () => {
    expect(table.includes).toEqual(['ci/common.just', 'local.just', 'docs', 'tools/justfile']);
    expect(table.variables.get('RUST_LOG')).toBe('debug');
    expect(table.variables.get('cargo')).toBe("env('CARGO', 'cargo')");
    expect(table.variables.has('shell')).toBe(false);
  });

  it('parameterised dependencies, && after, continuations and blank lines in a body', () => {
    expect(table.tasks.get('ci')).toEqual({
      commands: ['{{cargo}} build --workspace', 'echo done'],
      dependencies: ['_setup', 'test', 'lint'],
      after: ['report'],
    });
    expect(table.tasks.get('_setup')!.commands).toEqual(['mkdir -p out']);
    expect(table.tasks.get('lint')).toEqual({ commands: ['cargo clippy'], dependencies: ['_setup'] });
    expect(table.tasks.get('report')!.commands).toEqual(['echo report']);
    expect(table.tasks.get('t')).toEqual({ commands: [], dependencies: ['test'] });
  });

  it('[default] names the default recipe', () => {
    expect(table.defaultTask).toBe('ci');
  });
});

expectLinearAndTotal('parseJustfile', parseJustfile, just, [
  'a:\n' + '\n'.repeat(1_000_000),
  'a: ' + '('.repeat(1_000_000),
  'a:\n' + ' \\\n'.repeat(300_000),
  'a:\n' + '  x \\\n'.repeat(200_000),
  'x := "' + '"'.repeat(1_000_000),
  '[' + ' '.repeat(1_000_000),
]);
