/** The Taskfile parser (go-task) and the YAML subset it reads, on a v3 Taskfile and on the forms it must refuse. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaskfile } from '../../../src/project/task-files/taskfile.js';
import { parseYamlSubset } from '../../../src/project/task-files/yaml-subset.js';
import { expectLinearAndTotal } from './robustness.js';

const service = readFileSync(new URL('./fixtures/service.Taskfile.yml', import.meta.url), 'utf8');

describe('parseTaskfile on a v3 Taskfile', () => {
  const table = parseTaskfile(service);

  it('reads the tasks, their aliases, and `default` as the default task', () => {
    expect(table.runner).toBe('task');
    expect([...table.tasks.keys()]).toEqual(['default', 'build', 'test', 't', 'lint', 'generate', 'dev', 'release', 'ci']);
    expect(table.defaultTask).toBe('default');
    expect(table.tasks.get('t')).toEqual({ commands: [], dependencies: ['test'] });
  });

  it('`task:` entries run the task by name; deps are read; {{.VAR}} is replaced where the file says its value', () => {
    expect(table.tasks.get('default')!.commands).toEqual(['task lint', 'task test']);
    expect(table.tasks.get('test')).toEqual({ commands: ['go test -race ./...'], dependencies: ['generate'] });
    // GIT_COMMIT comes from `sh:`: its value is not in the file, so it stays as written.
    expect(table.tasks.get('build')!.commands).toEqual(['go build -ldflags="-X main.version={{.GIT_COMMIT}}" -o bin/server ./cmd/server']);
  });

  it('`cmd:` maps are commands, `defer:` is not; a task-level var wins', () => {
    expect(table.tasks.get('lint')!.commands).toEqual(['golangci-lint run']);
    expect(table.tasks.get('release')!.commands).toEqual(['goreleaser release --clean', 'git tag v1.2.3']);
  });

  it('`dir:` runs the commands there; a `|` block stays one script', () => {
    expect(table.tasks.get('dev')!.commands).toEqual([`cd 'cmd/server' && echo "starting"\nair -c .air.toml`]);
  });

  it('a task written as a list of commands; includes by namespace, in either form', () => {
    expect(table.tasks.get('ci')!.commands).toEqual(['task lint', 'task test']);
    expect(table.namespaces).toEqual(
      new Map([
        ['docs', './docs'],
        ['web', './web/Taskfile.yml'],
        ['tools', './tools.yml'],
      ]),
    );
  });

  it('what the subset does not read gives no tasks, not a wrong table', () => {
    for (const text of [
      'tasks:\n  a: &anchor\n    cmds: [echo]\n  b: *anchor\n',
      'tasks:\n  a:\n    cmds: [echo a,\n      echo b]\n',
      'tasks:\n\ta:\n\t\tcmds: [echo]\n',
      'tasks:\n  a: !!str x\n',
      'tasks:\n  a:\n    cmds:\n      - echo\n   bad: indentation\n',
      'tasks: [a, b]\n',
      '',
      'just a string',
    ])
      expect(parseTaskfile(text).tasks.size, text).toBe(0);
  });
});

describe('parseYamlSubset', () => {
  it('quoted scalars, escapes and comments', () => {
    expect(parseYamlSubset(`a: 'it''s # not a comment' # a comment\nb: "tab\\tx"\nc: plain # gone\n"d e": [x, 'y, z', {k: v}]\n`)).toEqual({
      a: "it's # not a comment",
      b: 'tab\tx',
      c: 'plain',
      'd e': ['x', 'y, z', { k: 'v' }],
    });
  });

  it('sequences under a key at the same indentation, nested items, empty values', () => {
    expect(parseYamlSubset('a:\n- x\n- k: v\n  w: u\nb:\nc: ~\n')).toEqual({ a: ['x', { k: 'v', w: 'u' }], b: null, c: '~' });
  });

  it('`>` folds lines, `|` keeps them; a plain scalar continues on deeper lines', () => {
    expect(parseYamlSubset('a: >-\n  one\n  two\n\n  three\nb: |\n  x\n    y\nc: long\n  line\n')).toEqual({
      a: 'one two\nthree',
      b: 'x\n  y',
      c: 'long line',
    });
  });
});

expectLinearAndTotal('parseTaskfile', parseTaskfile, service, [
  `tasks:\n${'  a:\n    cmds:\n      - echo x\n'.repeat(40_000)}`,
  `tasks:\n  a:\n    cmds: [${'x, '.repeat(330_000)}y]\n`,
  `${' '.repeat(1_000_000)}x`,
  `a: "${'\\\\'.repeat(500_000)}"`,
  `${'- '.repeat(500_000)}x`,
  `${'a:\n '.repeat(300_000)}`,
  `a: ${'['.repeat(500_000)}`,
  `tasks:\n  a:\n    cmds:\n      - |\n${'        line\n'.repeat(80_000)}`,
]);
