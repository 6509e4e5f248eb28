/** nx's command line and project.json reading, on their own. */
import { describe, expect, it } from 'vitest';
import { nxCall } from '../../../src/project/nx/command-line.js';
import { executorCommand } from '../../../src/project/task-files/nx-executors.js';
import { parseNxJson, parseProjectJson } from '../../../src/project/task-files/project-json.js';

describe('nxCall', () => {
  it.each([
    ['run web:build', ['web:build'], []],
    ['run web:build:production', ['web:build'], []],
    ['web:build', ['web:build'], []],
    ['build web', ['web:build'], []],
    ['build', [':build'], []],
    ['run build', [':build'], []],
    ['test web --watch -c ci', ['web:test'], ['--watch']],
    ['test web --skip-nx-cache -- --coverage', ['web:test'], ['--coverage']],
    ['run-many -t build test -p a,b', ['a:build', 'b:build', 'a:test', 'b:test'], []],
    ['run-many -t build -p a b --verbose', ['a:build', 'b:build'], []],
    ['run-many --target=lint --all', ['*:lint'], []],
    ['affected -t test --base=main', ['*:test'], []],
    ['affected --targets=e2e,lint', ['*:e2e', '*:lint'], []],
  ])('nx %s', (line, tasks, extra) => {
    const call = nxCall(line.split(' '));
    expect(call?.tasks).toEqual(tasks);
    expect(call?.extra).toEqual(extra);
  });

  it("nx's own commands and --help name no target", () => {
    for (const line of [
      'graph',
      'show projects',
      'generate @nx/react:app x',
      'migrate latest',
      'reset',
      'build web --help',
      'run-many',
      '',
    ])
      expect(nxCall(line ? line.split(' ') : []), line).toBeUndefined();
  });
});

describe('parseProjectJson', () => {
  const project = parseProjectJson(
    JSON.stringify({
      name: 'web',
      targets: {
        a: { executor: 'nx:run-commands', options: { commands: ['echo 1', { command: 'echo 2' }], cwd: 'apps/web' } },
        b: { executor: 'nx:run-commands', options: { command: 'tsc', parallel: false } },
        c: { command: 'vite', continuous: true, dependsOn: ['^build', 'a', { target: 'b' }, { target: 'x', projects: ['o'] }] },
        d: { executor: 'nx:run-script', options: { script: 'dev' } },
        e: { executor: '@angular-devkit/build-angular:karma' },
        f: { executor: '@angular-devkit/build-angular:karma', options: { watch: false } },
        g: { executor: '@acme/x:y' },
      },
    }),
  )!;

  it('run-commands, run-script, the shorthand `command`, dependsOn and continuous', () => {
    expect(project.name).toBe('web');
    expect(project.targets.get('a')).toMatchObject({ commands: ['echo 1', 'echo 2'], parallel: true, cwd: 'apps/web', known: true });
    expect(project.targets.get('b')).toMatchObject({ commands: ['tsc'], parallel: false, cwd: '.' });
    expect(project.targets.get('c')).toMatchObject({ commands: ['vite'], continuous: true, dependsOn: ['a', 'b'] });
    expect(project.targets.get('d')!.commands).toEqual(['npm run dev']);
    expect(project.targets.get('d')!.cwd).toBeUndefined();
  });

  it('executors through the table, with their watch option; an unknown one is not known', () => {
    expect(project.targets.get('e')!.commands).toEqual(['karma start']);
    expect(project.targets.get('f')!.commands).toEqual(['karma start --single-run']);
    expect(project.targets.get('g')).toMatchObject({ commands: [], known: false });
    expect(executorCommand('@nrwl/jest:jest', { watch: true })).toBe('jest --watch');
    expect(executorCommand('@angular/build:dev-server', {})).toBe('ng serve');
  });

  it('text that is no JSON object reads as no project; nx.json gives targetDefaults', () => {
    expect(parseProjectJson('{ "targets": ')).toBeUndefined();
    expect(parseProjectJson('[1]')).toBeUndefined();
    expect(parseNxJson('{"targetDefaults": {"e2e": {"dependsOn": ["build", "^build"]}}}').tasks.get('e2e')).toEqual({
      commands: [],
      dependencies: ['build'],
    });
    expect(parseNxJson('not json').tasks.size).toBe(0);
  });
});
