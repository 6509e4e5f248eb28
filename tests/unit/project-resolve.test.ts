/**
 * Project-aware resolution: real package.json files and scripts in a temporary folder, read by
 * the real lookup (src/project/), analysed by the real classifier.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import { ProjectFiles } from '../../src/project/files.js';
import { projectLookup } from '../../src/project/lookup.js';
import { parsePackageJson } from '../../src/project/task-files/package-json.js';
import { projectFixture } from '../support/project-fixture.js';

const MISLEADING = {
  'package.json': {
    name: 'app',
    scripts: {
      test: 'vitest watch',
      start: 'tsc -p .',
      lint: 'prettier --check src/index.ts',
      check: 'npm run lint && tsc --noEmit && npm run test:ci',
      'test:ci': 'vitest run',
      dev: 'echo ready',
    },
  },
};

function verdictIn(dir: string, command: string) {
  return analyze(command, { project: projectLookup(dir) });
}

describe('misleading script names, both ways', () => {
  const cases: [string, string, string][] = [
    // command, verdict by its name alone, verdict by what the project runs
    ['npm test', 'suggest-background', 'must-background'],
    ['npm start', 'must-background', 'suggest-background'],
    ['npm run lint', 'suggest-background', 'foreground'],
    ['npm run dev', 'must-background', 'foreground'],
  ];
  it.each(cases)('%s: %s by name, %s by the project', (command, byName, byProject) => {
    const dir = projectFixture(MISLEADING);
    expect(analyze(command).verdict).toBe(byName);
    expect(verdictIn(dir, command).verdict).toBe(byProject);
  });

  it('a check that runs the whole CI is slow, and the reason names the chain', () => {
    const dir = projectFixture(MISLEADING);
    const a = verdictIn(dir, 'npm run check');
    expect(a.verdict).toBe('suggest-background');
    expect(a.signature).toBe('npm run check');
    expect(a.reason).toBe('npm run check → npm run test:ci → vitest run → vitest run: runs a test suite');
  });
});

describe('package managers and their options', () => {
  const workspaces = {
    'package.json': { name: 'root', workspaces: ['packages/*'], scripts: { dev: 'echo root' } },
    'packages/web/package.json': { name: '@acme/web', scripts: { dev: 'vite', build: 'echo built' } },
    'packages/api/package.json': { name: '@acme/api', scripts: { dev: 'nodemon server.js' } },
  };
  it.each([
    'npm run dev -w @acme/web',
    'npm --workspace=packages/web run dev',
    'pnpm --filter @acme/web dev',
    'pnpm -F @acme/web run dev',
    'yarn workspace @acme/web dev',
    'cd packages/web && npm run dev',
    'pushd packages/web && pnpm dev',
    'npm --prefix packages/web run dev',
    'pnpm -C packages/web dev',
    'yarn --cwd packages/web dev',
    'bun run --cwd packages/web dev',
    'pnpm -r dev',
    'turbo run dev',
  ])('%s reaches the workspace dev server', (command) => {
    const dir = projectFixture(workspaces);
    expect(verdictIn(dir, command).verdict).toBe('must-background');
  });

  it('the root script is what runs without a workspace option', () => {
    const dir = projectFixture(workspaces);
    expect(verdictIn(dir, 'npm run dev').verdict).toBe('foreground');
  });

  it('npm run X -- args passes the arguments to the script', () => {
    const dir = projectFixture({ 'package.json': { scripts: { t: 'vitest run' } } });
    expect(verdictIn(dir, 'npm run t -- --watch').verdict).toBe('must-background');
    expect(verdictIn(dir, 'npm run t').verdict).toBe('suggest-background');
  });

  it('pre and post scripts run around a script under npm, not under pnpm', () => {
    const dir = projectFixture({ 'package.json': { scripts: { greet: 'echo hi', pregreet: 'sleep 20', postgreet: 'echo done' } } });
    const npm = verdictIn(dir, 'npm run greet');
    expect(npm.verdict).toBe('suggest-background');
    expect(npm.reason).toContain('sleep 20');
    expect(verdictIn(dir, 'pnpm greet').verdict).toBe('foreground');
  });

  it('run-s, run-p, concurrently and start-server-and-test run the scripts they name', () => {
    const dir = projectFixture({
      'package.json': { scripts: { 'build:a': 'echo a', 'build:b': 'webpack', serve: 'vite', quick: 'echo q', e2e: 'playwright test' } },
    });
    expect(verdictIn(dir, 'run-s build:*').verdict).toBe('suggest-background');
    expect(verdictIn(dir, 'run-p quick serve').verdict).toBe('must-background');
    expect(verdictIn(dir, 'concurrently "npm:quick" "echo x"').verdict).toBe('foreground');
    expect(verdictIn(dir, 'concurrently "npm:serve" "npm:quick"').verdict).toBe('must-background');
    expect(verdictIn(dir, 'start-server-and-test serve http://localhost:5173 quick').verdict).toBe('foreground');
    expect(verdictIn(dir, 'start-server-and-test serve http://localhost:5173 e2e').verdict).toBe('suggest-background');
  });

  it('cross-env in a script is a prefix: the program after it decides', () => {
    const dir = projectFixture({ 'package.json': { scripts: { test: 'cross-env NODE_ENV=test CI=1 vitest watch' } } });
    expect(verdictIn(dir, 'yarn test').verdict).toBe('must-background');
  });

  it('a built-in command of the package manager is never taken for a script', () => {
    const dir = projectFixture({ 'package.json': { scripts: { install: 'echo x', add: 'echo y' } } });
    expect(verdictIn(dir, 'pnpm install').verdict).toBe(analyze('pnpm install').verdict);
    expect(verdictIn(dir, 'yarn add left-pad').reason).toBe(analyze('yarn add left-pad').reason);
  });
});

describe('bounds, cycles and files that say nothing', () => {
  it('a cycle (a → b → a) ends, and is noted', () => {
    const dir = projectFixture({ 'package.json': { scripts: { a: 'npm run b', b: 'npm run a' } } });
    const a = verdictIn(dir, 'npm run a');
    expect(a.notes).toContain('cycle: npm run a → npm run b → npm run a');
    expect(a.exact).toBe(false);
  });

  it('a script calling itself through a shell file is a cycle too', () => {
    const dir = projectFixture({ 'package.json': { scripts: { ci: './ci.sh' } }, 'ci.sh': '#!/bin/sh\nnpm run ci\n' });
    expect(verdictIn(dir, 'npm run ci').notes.some((n) => n.startsWith('cycle: npm run ci → ./ci.sh → npm run ci'))).toBe(true);
  });

  it.each([
    ['no package.json', {}],
    ['a package.json that does not parse', { 'package.json': '{ "scripts": ' }],
    [
      'a package.json over the size cap',
      { 'package.json': JSON.stringify({ scripts: { test: 'vitest watch' }, pad: 'x'.repeat(300 * 1024) }) },
    ],
  ])('%s: the catalogue judges', (_name, files) => {
    const dir = projectFixture(files);
    for (const command of ['npm test', 'npm run build', 'pnpm dev', './run.sh']) expect(verdictIn(dir, command)).toEqual(analyze(command));
  });

  it('a FIFO named package.json is refused at once, not waited on', () => {
    const dir = projectFixture({});
    execFileSync('mkfifo', [join(dir, 'package.json')]);
    const started = Date.now();
    expect(verdictIn(dir, 'npm test')).toEqual(analyze('npm test'));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('commands that are not project-defined are analysed as before', () => {
    const dir = projectFixture(MISLEADING);
    for (const command of ['ls -la', 'git status', 'cargo build', 'npm install', 'npx vitest', 'python tool.py'])
      expect(verdictIn(dir, command)).toEqual(analyze(command));
  });

  it('the task file is found upward from a sub-folder, and read once however often it is named', () => {
    const dir = projectFixture(MISLEADING);
    const files = new ProjectFiles();
    const lookup = projectLookup(join(dir, 'src', 'deep'), files);
    const a = analyze('npm test; npm test && npm run check', { project: lookup });
    expect(a.verdict).toBe('must-background');
    // src/deep, src (missing), then the project's package.json: three opens, each once.
    expect(files.reads).toBe(3);
  });

  it('the budget of reads per lookup stops a long search', () => {
    const dir = projectFixture(MISLEADING);
    const files = new ProjectFiles(1);
    expect(analyze('npm test', { project: projectLookup(join(dir, 'a'), files) })).toEqual(analyze('npm test'));
  });

  it('the bytes read per lookup are bounded across files', () => {
    const dir = projectFixture(MISLEADING);
    expect(analyze('npm test', { project: projectLookup(dir, new ProjectFiles(96, 100)) })).toEqual(analyze('npm test'));
    expect(analyze('npm test', { project: projectLookup(dir, new ProjectFiles(96, 100_000)) }).verdict).toBe('must-background');
  });

  it('measured history wins over what the project says', () => {
    const dir = projectFixture(MISLEADING);
    const history = new Map([['npm test', { seconds: 2, samples: 4, completes: true }]]);
    const a = analyze('npm test', { project: projectLookup(dir), history });
    expect(a.verdict).toBe('foreground');
    expect(a.estimateSource).toBe('history');
  });
});

describe('scripts named by path', () => {
  const files = {
    'scripts/ci.sh': '#!/usr/bin/env bash\nset -euo pipefail\nnpm ci\ncargo test\n',
    'scripts/serve.sh': '#!/bin/sh\nexec python -m http.server 8000\n',
    'scripts/quick.sh': 'echo hello\n',
    'scripts/tool.py': '#!/usr/bin/env python3\nimport time\n',
    'bin/dev': '#!/bin/bash\nvite --port 3000\n',
    'scripts/huge.sh': `#!/bin/sh\n${'echo x\n'.repeat(10_000)}tail -f /var/log/x\n`,
  };
  it.each([
    ['./scripts/ci.sh', 'suggest-background'],
    ['bash scripts/ci.sh', 'suggest-background'],
    ['sh ./scripts/serve.sh', 'must-background'],
    ['./scripts/serve.sh', 'must-background'],
    ['bin/dev', 'must-background'],
    ['scripts/quick.sh', 'foreground'],
  ])('%s is analysed by its body: %s', (command, verdict) => {
    const dir = projectFixture(files);
    const a = verdictIn(dir, command);
    expect(a.verdict).toBe(verdict);
    expect(a.reason.startsWith(`${command} → `)).toBe(true);
  });

  it('a python shebang and a script over the cap are left to the catalogue', () => {
    const dir = projectFixture(files);
    for (const command of ['./scripts/tool.py', './scripts/huge.sh']) expect(verdictIn(dir, command)).toEqual(analyze(command));
  });

  it('a script runs in the directory the command changed to', () => {
    const dir = projectFixture({ 'app/scripts/dev.sh': '#!/bin/sh\nnpm run dev\n', 'app/package.json': { scripts: { dev: 'next dev' } } });
    expect(verdictIn(dir, 'cd app && ./scripts/dev.sh').verdict).toBe('must-background');
  });
});

describe('the package.json parser', () => {
  it('reads scripts with their pre and post scripts, workspaces in both forms, and the name', () => {
    const t = parsePackageJson(
      JSON.stringify({
        name: '@a/b',
        scripts: { build: 'tsc', prebuild: 'rm -rf dist', postbuild: 'echo ok', bad: 3 },
        workspaces: { packages: ['libs/*'] },
      }),
    );
    expect(t.tasks.get('build')).toEqual({ commands: ['tsc'], dependencies: ['prebuild'], after: ['postbuild'] });
    expect(t.tasks.has('bad')).toBe(false);
    expect(t.includes).toEqual(['libs/*']);
    expect(t.variables.get('name')).toBe('@a/b');
    expect(parsePackageJson('{"workspaces":["a","b/*"]}').includes).toEqual(['a', 'b/*']);
  });

  it('never throws on what does not parse', () => {
    for (const text of ['', 'null', '[1]', '{"scripts": "x"}', '{']) expect(parsePackageJson(text).tasks.size).toBe(0);
  });
});
