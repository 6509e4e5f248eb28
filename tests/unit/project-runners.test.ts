/**
 * The task-file runners (make, just, task, nx, deno, composer, pdm, hatch, poe, tox, nox, rake): a real
 * fixture project per runner, read by the real lookup and judged by the real classifier.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import { projectLookup } from '../../src/project/lookup.js';
import { projectFixture } from '../support/project-fixture.js';

const SERVER = 'python -m http.server 8000';
const QUICK = 'echo done';

/** Per runner: its task file, with `test` that never ends and `build` that only echoes, and the commands naming them. */
const RUNNERS: { runner: string; files: Record<string, string | object>; test: string; build: string }[] = [
  { runner: 'make', files: { Makefile: `test:\n\t${SERVER}\nbuild:\n\t@${QUICK}\n` }, test: 'make test', build: 'make build' },
  { runner: 'just', files: { justfile: `test:\n    ${SERVER}\n\nbuild:\n    ${QUICK}\n` }, test: 'just test', build: 'just build' },
  {
    runner: 'task',
    files: { 'Taskfile.yml': `version: '3'\ntasks:\n  test:\n    cmds:\n      - ${SERVER}\n  build:\n    cmds: ['${QUICK}']\n` },
    test: 'task test',
    build: 'go-task build',
  },
  {
    runner: 'nx',
    files: {
      'nx.json': {},
      'apps/web/project.json': {
        name: 'web',
        targets: { test: { command: SERVER }, build: { executor: 'nx:run-commands', options: { command: QUICK } } },
      },
    },
    test: 'nx run web:test',
    build: 'nx build web',
  },
  { runner: 'deno', files: { 'deno.json': { tasks: { test: SERVER, build: QUICK } } }, test: 'deno task test', build: 'deno task build' },
  {
    runner: 'composer',
    files: { 'composer.json': { scripts: { test: SERVER, build: QUICK } } },
    test: 'composer test',
    build: 'composer run-script build',
  },
  {
    runner: 'pdm',
    files: { 'pyproject.toml': `[tool.pdm.scripts]\ntest = "${SERVER}"\nbuild = "${QUICK}"\n` },
    test: 'pdm run test',
    build: 'pdm run build',
  },
  {
    runner: 'hatch',
    files: { 'pyproject.toml': `[tool.hatch.envs.default.scripts]\ntest = "${SERVER}"\nbuild = "${QUICK}"\n` },
    test: 'hatch run test',
    build: 'hatch run default:build',
  },
  {
    runner: 'poe',
    files: { 'pyproject.toml': `[tool.poe.tasks]\ntest = "${SERVER}"\nbuild = "${QUICK}"\n` },
    test: 'poe test',
    build: 'poe build',
  },
  {
    runner: 'tox',
    files: { 'tox.ini': `[tox]\nenvlist = test\n\n[testenv:test]\ncommands = ${SERVER}\n\n[testenv:build]\ncommands = ${QUICK}\n` },
    test: 'tox -e test',
    build: 'tox -e build',
  },
  {
    runner: 'nox',
    files: {
      'noxfile.py': `import nox\n\n@nox.session\ndef test(session):\n    session.run("python", "-m", "http.server", "8000")\n\n@nox.session\ndef build(session):\n    session.run("echo", "done")\n`,
    },
    test: 'nox -s test',
    build: 'nox -s build',
  },
  {
    runner: 'rake',
    files: { Rakefile: `task :test do\n  sh "${SERVER}"\nend\n\ntask :build do\n  sh "${QUICK}"\nend\n` },
    test: 'bundle exec rake test',
    build: 'rake build',
  },
];

const inProject = (dir: string, command: string) => analyze(command, { project: projectLookup(dir) });

describe.each(RUNNERS)('$runner: the task file says what a name runs', ({ files, test, build }) => {
  it(`${test}: a test task that serves never ends, whatever its name says`, () => {
    const dir = projectFixture(files);
    expect(analyze(test).verdict).not.toBe('must-background');
    const a = inProject(dir, test);
    expect(a.verdict).toBe('must-background');
    expect(a.reason).toContain(' → ');
  });

  it(`${build}: a build task that only echoes is quick`, () => {
    const dir = projectFixture(files);
    const a = inProject(dir, build);
    expect(a.verdict).toBe('foreground');
    expect(a.reason).toContain('echo');
  });

  it('outside any project, and for a task the file does not define, the name judges', () => {
    const empty = projectFixture({});
    expect(inProject(empty, test).verdict).toBe(analyze(test).verdict);
    const dir = projectFixture(files);
    const undefinedTask = test.replace(/test$/, 'undefined-task');
    expect(inProject(dir, undefinedTask).verdict).toBe(analyze(undefinedTask).verdict);
  });
});

describe('make', () => {
  const MAKEFILE = [
    'GO ?= go',
    'include tools.mk',
    '.PHONY: all check ci',
    'all: check',
    'check: .stamp',
    '\t$(GO) vet ./...',
    '.stamp:',
    '\t$(LINTER) run',
    'ci:',
    '\t$(MAKE) -C web dev',
    'loop-a: loop-b',
    '\techo a',
    'loop-b: loop-a',
    '\techo b',
    '',
  ].join('\n');
  const files = {
    Makefile: MAKEFILE,
    'tools.mk': 'LINTER = golangci-lint\nlint:\n\t$(LINTER) run\n',
    'web/Makefile': 'dev:\n\tvite\n',
  };

  it('runs the default goal with its prerequisites, variables expanded (included .mk files too)', () => {
    const a = inProject(projectFixture(files), 'make');
    expect(a.verdict).toBe('suggest-background');
    expect(a.reason).toContain('golangci-lint run');
  });

  it('a target from an included .mk file resolves', () => {
    expect(inProject(projectFixture(files), 'make lint').reason).toContain('make lint → golangci-lint run');
  });

  it('$(MAKE) -C dir target recurses into the other Makefile', () => {
    const a = inProject(projectFixture(files), 'make ci');
    expect(a.verdict).toBe('must-background');
    expect(a.reason).toContain('make -C web dev → vite');
  });

  it('-f names the Makefile; -n and --help run nothing of it', () => {
    const dir = projectFixture({ 'build.mk': 'serve:\n\tvite\n' });
    expect(inProject(dir, 'make -f build.mk serve').verdict).toBe('must-background');
    expect(inProject(projectFixture(files), 'make -n ci').verdict).toBe(analyze('make -n ci').verdict);
  });

  it('prerequisites that name each other end as a cycle, not a hang', () => {
    const a = inProject(projectFixture(files), 'make loop-a');
    expect(a.notes.some((n) => n.startsWith('cycle:'))).toBe(true);
  });

  it('make reads the Makefile of its directory only, not of a parent', () => {
    const dir = projectFixture({ ...files, 'sub/README': 'x' });
    expect(inProject(join(dir, 'sub'), 'make ci').verdict).toBe(analyze('make ci').verdict);
  });

  it('a huge Makefile, a FIFO and a folder named Makefile say nothing: the name judges', () => {
    const huge = projectFixture({ Makefile: `dev:\n\techo quick\n${'# filler line\n'.repeat(30_000)}` });
    expect(inProject(huge, 'make dev').verdict).toBe(analyze('make dev').verdict);
    const fifo = projectFixture({});
    execFileSync('mkfifo', [join(fifo, 'Makefile')]);
    const started = Date.now();
    expect(inProject(fifo, 'make dev').verdict).toBe(analyze('make dev').verdict);
    expect(Date.now() - started).toBeLessThan(5_000);
    const folder = projectFixture({ 'Makefile/x': 'y' });
    expect(inProject(folder, 'make dev').verdict).toBe(analyze('make dev').verdict);
  });
});

describe('task (go-task)', () => {
  const TASKFILE = [
    "version: '3'",
    'vars:',
    '  GO: go',
    'includes:',
    '  web: ./web',
    '  docs:',
    '    taskfile: ./docs/Taskfile.docs.yml',
    'tasks:',
    '  default:',
    '    deps: [vet]',
    '    cmds:',
    '      - task: web:build',
    '  vet: "{{.GO}} vet ./..."',
    '  test:',
    '    desc: a watch loop, whatever the name says',
    '    aliases: [t]',
    '    cmds:',
    '      - cmd: gotestsum --watch ./...',
    '  serve:',
    '    desc: compiles once and exits',
    '    cmds: [echo compiled]',
    '  ci:',
    '    deps: [vet]',
    '    cmds:',
    '      - task: test',
    '  assets:',
    '    watch: true',
    "    sources: ['src/**/*.css']",
    '    cmds: [echo bundled]',
    '  loop-a:',
    '    cmds: [{task: loop-b}]',
    '  loop-b:',
    '    deps: [loop-a]',
    '',
  ].join('\n');
  const files = {
    'Taskfile.yml': TASKFILE,
    'web/Taskfile.yml': "version: '3'\ntasks:\n  build:\n    cmds:\n      - echo built\n  dev:\n    cmds:\n      - vite\n",
    'docs/Taskfile.docs.yml': "version: '3'\ntasks:\n  serve: mkdocs serve\n",
  };

  it('misleading names both ways: a `test` that watches never ends, a `serve` that compiles once is quick', () => {
    const dir = projectFixture(files);
    expect(inProject(dir, 'task test').verdict).toBe('must-background');
    expect(inProject(dir, 'task t').verdict).toBe('must-background');
    const serve = inProject(dir, 'task serve');
    expect(analyze('task serve').verdict).not.toBe('foreground');
    expect(serve.verdict).toBe('foreground');
    expect(serve.reason).toContain('task serve → ');
  });

  it('the default task runs its deps (variables replaced) and a task of an included file', () => {
    const a = inProject(projectFixture(files), 'task');
    expect(a.verdict).toBe('suggest-background');
    expect(a.reason).toContain('go vet');
  });

  it('`ns:task` resolves in the included Taskfile, whether the include names a folder or a file', () => {
    const dir = projectFixture(files);
    const web = inProject(dir, 'task web:dev');
    expect(web.verdict).toBe('must-background');
    expect(web.reason).toContain('vite');
    expect(inProject(dir, 'task docs:serve').verdict).toBe('must-background');
    expect(inProject(dir, 'task web:build').verdict).toBe('foreground');
    expect(inProject(dir, 'task web:undefined').verdict).toBe(analyze('task web:undefined').verdict);
  });

  it('`task --watch T` and a task with `watch: true` run until stopped, whatever their commands', () => {
    const dir = projectFixture(files);
    expect(inProject(dir, 'task serve').verdict).toBe('foreground');
    for (const command of ['task --watch serve', 'task -w serve', 'task -w web:build', 'task assets']) {
      const a = inProject(dir, command);
      expect(a.verdict, command).toBe('must-background');
      expect(a.reason, command).toContain('until stopped');
    }
  });

  it('a task calling another resolves the chain; tasks that call each other end as a cycle', () => {
    const dir = projectFixture(files);
    expect(inProject(dir, 'task ci').verdict).toBe('must-background');
    const loop = inProject(dir, 'task loop-a');
    expect(loop.notes.some((n) => n.startsWith('cycle:'))).toBe(true);
  });

  it('found from a sub-folder; -t names the Taskfile; --list and --dry run nothing of it', () => {
    const dir = projectFixture({
      ...files,
      'cmd/x/main.go': 'package main\n',
      'ci/tasks.yml': "version: '3'\ntasks:\n  up: docker compose up\n",
    });
    expect(inProject(join(dir, 'cmd/x'), 'task test').verdict).toBe('must-background');
    expect(inProject(dir, 'task -t ci/tasks.yml up').verdict).toBe(analyze('docker compose up').verdict);
    expect(inProject(dir, 'task --list').verdict).toBe(analyze('task --list').verdict);
    expect(inProject(dir, 'task --dry test').verdict).toBe(analyze('task --dry test').verdict);
  });

  it('a Taskfile it cannot read (unparseable, huge, a folder) says nothing: the name judges', () => {
    const anchors = projectFixture({ 'Taskfile.yml': 'tasks:\n  test: &t\n    cmds: [vite]\n  dev: *t\n' });
    expect(inProject(anchors, 'task test').verdict).toBe(analyze('task test').verdict);
    const huge = projectFixture({ 'Taskfile.yml': `tasks:\n  dev: echo quick\n${'# filler line\n'.repeat(30_000)}` });
    expect(inProject(huge, 'task dev').verdict).toBe(analyze('task dev').verdict);
    const folder = projectFixture({ 'Taskfile.yml/x': 'y' });
    expect(inProject(folder, 'task dev').verdict).toBe(analyze('task dev').verdict);
  });
});

describe('other runners', () => {
  it('just: dependencies run first; the first recipe is the default', () => {
    const dir = projectFixture({ justfile: 'default: lint\n    echo ok\n\nlint:\n    cargo clippy --all-targets\n' });
    expect(inProject(dir, 'just').verdict).toBe('suggest-background');
    expect(inProject(dir, 'just --list').verdict).toBe(analyze('just --list').verdict);
  });

  it('tox alone runs every environment; nox -s takes several sessions', () => {
    const tox = projectFixture({
      'tox.ini': '[tox]\nenvlist = lint, docs\n\n[testenv:lint]\ncommands = echo ok\n\n[testenv:docs]\ncommands = mkdocs serve\n',
    });
    expect(inProject(tox, 'tox').verdict).toBe('must-background');
    expect(inProject(tox, 'tox -e lint').verdict).toBe('foreground');
    const nox = projectFixture({
      'noxfile.py':
        'import nox\n\n@nox.session\ndef a(session):\n    session.run("echo", "a")\n\n@nox.session\ndef b(session):\n    session.run("mkdocs", "serve")\n',
    });
    expect(inProject(nox, 'nox -s a b').verdict).toBe('must-background');
    expect(inProject(nox, 'nox -s a').verdict).toBe('foreground');
  });

  it('rake: dependencies defined in files the Rakefile loads are still run by name', () => {
    const dir = projectFixture({ Rakefile: "Dir['tasks/*.rake'].each { |f| load f }\ntask default: %i[spec]\n" });
    const a = inProject(dir, 'rake');
    expect(a.verdict).toBe('suggest-background');
    expect(a.reason).toContain('rake spec');
  });

  it("pdm's own commands are not scripts of the same name", () => {
    const dir = projectFixture({ 'pyproject.toml': '[tool.pdm.scripts]\nbuild = "echo done"\n' });
    expect(inProject(dir, 'pdm build').verdict).toBe('suggest-background');
    expect(inProject(dir, 'pdm build').reason).not.toContain('echo');
  });

  it('a task whose body this reading cannot see is judged by its name', () => {
    const dir = projectFixture({ Rakefile: 'task :spec do\n  RSpec::Core::RakeTask.new\nend\n' });
    expect(inProject(dir, 'rake spec').verdict).toBe(analyze('rake spec').verdict);
  });

  it('pnpm: a /regex/ runs the scripts it selects at once; pnpm-workspace.yaml names the workspaces', () => {
    const dir = projectFixture({
      'package.json': { scripts: { 'dev:a': 'echo a', 'dev:b': 'vite', dev: "pnpm run '/^dev:.*/'" } },
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
      'apps/web/package.json': { name: 'web', scripts: { start: 'vite' } },
    });
    expect(inProject(dir, 'pnpm dev').verdict).toBe('must-background');
    expect(inProject(dir, 'pnpm --filter web start').reason).toContain('vite');
  });

  it('a script that only sources a library and calls its functions is judged by the name that runs it', () => {
    const dir = projectFixture({ Makefile: 'build:\n\t./scripts/build.sh\n', 'scripts/build.sh': '#!/bin/sh\nsource ./scripts/lib.sh\n' });
    expect(inProject(dir, 'make build').verdict).toBe(analyze('make build').verdict);
  });

  it('a loop reading from a process substitution is fed, not waiting on the terminal', () => {
    const dir = projectFixture({
      Makefile: 'spell:\n\t./check.sh\n',
      'check.sh': '#!/usr/bin/env bash\nwhile IFS= read -r f; do echo "$f"; done < <(git ls-files)\n',
    });
    expect(inProject(dir, 'make spell').verdict).toBe('foreground');
  });
});
