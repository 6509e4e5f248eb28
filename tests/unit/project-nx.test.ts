/**
 * nx: a real fixture workspace (nx.json, project.json and package.json files) read by the real
 * lookup and judged by the real classifier; targets resolve through their executor.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import { projectLookup } from '../../src/project/lookup.js';
import { projectFixture } from '../support/project-fixture.js';

const WORKSPACE = {
  'nx.json': { targetDefaults: { build: { dependsOn: ['^build'] }, e2e: { dependsOn: ['build'] } } },
  'package.json': { name: 'ws', workspaces: ['tools/*'], scripts: { dev: 'nx serve web', 'build:all': 'nx run-many -t build' } },
  'apps/web/project.json': {
    name: 'web',
    targets: {
      build: { executor: '@nx/vite:build' },
      serve: { executor: '@nx/vite:dev-server' },
      // Misleading names both ways: a `test` that watches, a `dev` that compiles once.
      test: { executor: '@nx/vite:test', options: { watch: true } },
      dev: { executor: 'nx:run-commands', options: { command: 'tsc -p apps/web' } },
      e2e: { executor: 'nx:run-commands', options: { commands: ['echo a', 'echo b'] } },
      api: { command: 'node dist/server.js', continuous: true },
      custom: { executor: '@acme/tools:thing' },
      'loop-a': { executor: 'nx:noop', dependsOn: ['loop-b'] },
      'loop-b': { executor: 'nx:run-commands', dependsOn: ['loop-a'], options: { command: 'echo b' } },
    },
  },
  'libs/ui/project.json': { name: 'ui', targets: { build: { executor: '@nx/js:tsc' }, test: { executor: '@nrwl/jest:jest' } } },
  'tools/gen/package.json': { name: '@org/gen', scripts: { test: 'vitest', serve: 'echo served' } },
};

const inProject = (dir: string, command: string) => analyze(command, { project: projectLookup(dir) });

describe('nx', () => {
  it('a target resolves through its executor, and the chain says so', () => {
    const dir = projectFixture(WORKSPACE);
    const a = inProject(dir, 'nx run web:build');
    expect(a.verdict).toBe('suggest-background');
    expect(a.reason).toContain('nx run web:build → vite build');
    expect(inProject(dir, 'nx serve web').verdict).toBe('must-background');
    expect(inProject(dir, 'npx nx test ui').reason).toContain('→ jest');
  });

  it('misleading names both ways: a `test` in watch mode never ends, a `dev` that compiles once ends', () => {
    const dir = projectFixture(WORKSPACE);
    expect(analyze('nx test web').verdict).not.toBe('must-background');
    expect(inProject(dir, 'nx test web').verdict).toBe('must-background');
    expect(analyze('nx dev web').verdict).toBe('must-background');
    expect(inProject(dir, 'nx dev web').verdict).toBe('suggest-background');
    expect(inProject(dir, 'nx dev web').reason).toContain('nx dev web → tsc -p apps/web');
  });

  it('`continuous: true` runs until stopped, whatever its command looks like', () => {
    const a = inProject(projectFixture(WORKSPACE), 'nx api web');
    expect(a.verdict).toBe('must-background');
    expect(a.reason).toContain('continuous');
  });

  it('flags nx does not know go on to the command: `nx test ui --watch` watches', () => {
    expect(inProject(projectFixture(WORKSPACE), 'nx test ui --watch').verdict).toBe('must-background');
    expect(inProject(projectFixture(WORKSPACE), 'nx test ui --skip-nx-cache').verdict).toBe('suggest-background');
  });

  it("dependsOn (nx.json's targetDefaults too) runs the project's own targets first; `^build` is not followed", () => {
    const a = inProject(projectFixture(WORKSPACE), 'nx e2e web');
    expect(a.reason).toContain('nx run web:build');
    expect(a.verdict).toBe('suggest-background');
  });

  it('targets that depend on each other end as a cycle, not a hang', () => {
    const a = inProject(projectFixture(WORKSPACE), 'nx loop-a web');
    expect(a.notes.some((n) => n.startsWith('cycle:'))).toBe(true);
  });

  it('package.json scripts are targets (workspaces folders too); nx called from a script resolves', () => {
    const dir = projectFixture(WORKSPACE);
    expect(inProject(dir, 'nx test @org/gen').reason).toContain('npm run test → vitest');
    expect(inProject(dir, 'nx serve @org/gen').verdict).toBe('foreground');
    const dev = inProject(dir, 'npm run dev');
    expect(dev.verdict).toBe('must-background');
    expect(dev.reason).toContain('npm run dev → nx serve web → vite');
  });

  it('run-many and affected run the target in every project that has it (or those -p names)', () => {
    const dir = projectFixture(WORKSPACE);
    expect(inProject(dir, 'nx run-many -t test').verdict).toBe('must-background');
    expect(inProject(dir, 'nx affected --target=test').verdict).toBe('must-background');
    expect(inProject(dir, 'nx run-many -t test -p ui').verdict).toBe('suggest-background');
    expect(inProject(dir, 'npm run build:all').reason).toContain('vite build');
  });

  it("without a project, the directory's project: `nx serve` inside apps/web", () => {
    expect(inProject(join(projectFixture(WORKSPACE), 'apps/web/src'), 'nx serve').verdict).toBe('must-background');
  });

  it('an unknown executor, an unknown project or target, nx own commands: the name judges', () => {
    const dir = projectFixture(WORKSPACE);
    for (const command of ['nx custom web', 'nx build nowhere', 'nx run web:nothing', 'nx graph', 'nx show projects', 'nx test web --help'])
      expect(inProject(dir, command).verdict, command).toBe(analyze(command).verdict);
  });

  it('no nx.json, an unparseable or huge project.json: the name judges', () => {
    const noRoot = projectFixture({ 'apps/web/project.json': WORKSPACE['apps/web/project.json'] });
    expect(inProject(noRoot, 'nx test web').verdict).toBe(analyze('nx test web').verdict);
    const broken = projectFixture({ 'nx.json': {}, 'apps/web/project.json': '{ "name": "web", "targets": { "test": ' });
    expect(inProject(broken, 'nx test web').verdict).toBe(analyze('nx test web').verdict);
    const huge = projectFixture({
      'nx.json': {},
      'apps/web/project.json': JSON.stringify({ name: 'web', targets: { serve: { command: 'echo quick' } }, pad: 'x'.repeat(400_000) }),
    });
    expect(inProject(huge, 'nx serve web').verdict).toBe(analyze('nx serve web').verdict);
  });
});
