/** The Makefile parser on a real Makefile (etcd, trimmed) and on the forms make allows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandMakeVariables, parseMakefile } from '../../../src/project/task-files/makefile.js';
import { expectLinearAndTotal } from './robustness.js';

const etcd = readFileSync(new URL('./fixtures/etcd.Makefile', import.meta.url), 'utf8');

describe('parseMakefile on etcd', () => {
  const table = parseMakefile(etcd);

  it('reads every target with its recipe, .PHONY not a task, first target the default', () => {
    expect(table.runner).toBe('make');
    expect([...table.tasks.keys()]).toEqual(['build', 'clean', 'docker-kill', 'build-docker-test', 'test', 'build-docker-release-master']);
    expect(table.defaultTask).toBe('build');
    expect(table.tasks.get('build')!.commands).toEqual(['GO_BUILD_FLAGS="-v" ./build', './bin/etcd --version', './bin/etcdctl version']);
  });

  it('joins continuations, drops @ and leaves ! and $(…) in the text', () => {
    const docker = table.tasks.get('build-docker-test')!.commands;
    expect(docker[1]).toBe("sed -i.bak 's|REPLACE_ME_GO_VERSION|$(GO_VERSION)|g' ./tests/Dockerfile");
    expect(docker[2]).toBe('docker build --tag gcr.io/etcd-development/etcd-test:go$(GO_VERSION) --file ./tests/Dockerfile .');
    expect(table.tasks.get('test')!.commands[2]).toMatch(/^! egrep /);
  });

  it('a blank line does not end a recipe', () => {
    const release = table.tasks.get('build-docker-release-master')!.commands;
    expect(release).toHaveLength(3);
    expect(release[2]).toMatch(/^docker run --rm gcr\.io/);
  });

  it('reads variables: ?= keeps the first value, a tab-indented line outside a rule is an assignment', () => {
    expect(table.variables.get('GO_VERSION')).toBe('1.13.3');
    expect(table.variables.get('TEST_OPTS')).toBe("PASSES='unit'");
    expect(table.variables.get('TMP_DIR_MOUNT_FLAG')).toBe('--mount type=bind,source=$(HOST_TMP_DIR),destination=/tmp');
  });
});

describe('parseMakefile forms', () => {
  const text = [
    'include common.mk other.mk',
    '-include local.mk',
    'GO := go',
    'GOFLAGS = -v',
    'GOFLAGS += -race',
    'export CGO_ENABLED = 0',
    'override LDFLAGS ::= -s',
    'define HELP',
    'all: not a rule',
    '\techo not a recipe',
    'endef',
    '%.o: %.c',
    '\t$(CC) -c $<',
    '.SUFFIXES:',
    'all check: deps | order',
    '\t+$(MAKE) -C sub build',
    '\t-rm -f x # kept: recipes go to the shell',
    'deps: ; @echo inline',
    'test: GOFLAGS = -count=1',
    'test:: deps',
    '\t$(GO) test $(GOFLAGS) ./...',
    '.DEFAULT_GOAL := test',
  ].join('\n');
  const table = parseMakefile(text);

  it('includes, assignment operators and define blocks', () => {
    expect(table.includes).toEqual(['common.mk', 'other.mk', 'local.mk']);
    expect(table.variables.get('GOFLAGS')).toBe('-v -race');
    expect(table.variables.get('CGO_ENABLED')).toBe('0');
    expect(table.variables.get('LDFLAGS')).toBe('-s');
    expect(table.variables.get('HELP')).toBe('all: not a rule\n\techo not a recipe');
  });

  it('pattern and special rules are no tasks; several targets share a rule; prefixes removed', () => {
    expect([...table.tasks.keys()]).toEqual(['all', 'check', 'deps', 'test']);
    expect(table.tasks.get('all')).toEqual({
      commands: ['$(MAKE) -C sub build', 'rm -f x # kept: recipes go to the shell'],
      dependencies: ['deps', 'order'],
    });
    expect(table.tasks.get('check')).toEqual(table.tasks.get('all'));
    expect(table.tasks.get('deps')!.commands).toEqual(['echo inline']);
  });

  it('a target-specific variable is neither a task line nor a global variable; .DEFAULT_GOAL wins', () => {
    expect(table.tasks.get('test')).toEqual({ commands: ['$(GO) test $(GOFLAGS) ./...'], dependencies: ['deps'] });
    expect(table.defaultTask).toBe('test');
  });

  it('expands variables from the table, recursively and bounded', () => {
    expect(expandMakeVariables(table.tasks.get('test')!.commands[0], table.variables)).toBe('go test -v -race ./...');
    expect(expandMakeVariables('${GO} vet $$HOME $(UNSET) $(shell ls)', table.variables)).toBe('go vet $HOME $(UNSET) $(shell ls)');
    const loop = new Map([['A', '$(A)$(A)']]);
    expect(expandMakeVariables('$(A)', loop).length).toBeLessThanOrEqual(64 * 1024);
    const self = new Map([['A', 'x $(A)']]);
    expect(expandMakeVariables('$(A)', self)).toMatch(/^(x )+\$\(A\)$/);
  });
});

expectLinearAndTotal('parseMakefile', parseMakefile, etcd, [
  'a:'.repeat(500_000),
  '\\\n'.repeat(500_000),
  'a:\n' + '\tx \\\n'.repeat(200_000),
  'x = $('.repeat(200_000),
  'define X\n' + '\tfoo\n'.repeat(200_000),
  '#'.repeat(1_000_000),
]);
