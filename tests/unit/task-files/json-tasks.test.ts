/** deno.json(c) tasks and composer.json scripts, on real files (trimmed). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseComposerJson } from '../../../src/project/task-files/composer-json.js';
import { parseDenoJson } from '../../../src/project/task-files/deno-json.js';
import { expectLinearAndTotal } from './robustness.js';

const deno = readFileSync(new URL('./fixtures/std.deno.jsonc', import.meta.url), 'utf8');
const composer = readFileSync(new URL('./fixtures/laravel.composer.json', import.meta.url), 'utf8');

describe('parseDenoJson on denoland/std', () => {
  const table = parseDenoJson(deno);

  it('reads string tasks and task objects, comments and trailing commas allowed', () => {
    expect(table.runner).toBe('deno');
    expect([...table.tasks.keys()]).toEqual(['test', 'lint:tools-types', 'lint', 'ok', 'all', 'build:crypto']);
    expect(table.tasks.get('lint')).toEqual({
      commands: ['deno lint && deno task fmt:licence-headers --check && deno task lint:tools-types'],
      dependencies: [],
    });
    expect(table.tasks.get('ok')).toEqual({ commands: ['deno fmt --check'], dependencies: ['lint', 'test'] });
    expect(table.tasks.get('all')).toEqual({ commands: [], dependencies: ['ok'] });
  });

  it('text that is not a JSON object gives an empty table', () => {
    for (const text of ['', '[]', '{"tasks": 3}', '{"tasks": {"a": 1}', 'null']) expect(parseDenoJson(text).tasks.size).toBe(0);
  });
});

describe('parseComposerJson on laravel', () => {
  const table = parseComposerJson(composer);

  it('reads every script; @php is php; a PHP callback is kept as written', () => {
    expect(table.runner).toBe('composer');
    expect(table.tasks.get('post-autoload-dump')!.commands).toEqual([
      'Illuminate\\Foundation\\ComposerScripts::postAutoloadDump',
      'php artisan package:discover --ansi',
    ]);
    expect(table.tasks.get('post-root-package-install')!.commands[1]).toBe(`php -r "file_exists('.env') || copy('.env.example', '.env');"`);
    expect(table.tasks.get('build')!.commands).toEqual(['npm install', 'npm run production', 'php artisan doctrine:schema:update --force']);
  });

  it('@name references: leading ones are dependencies, later ones commands in place; @putenv and @composer', () => {
    const scripts = {
      scripts: {
        test: ['@putenv APP_ENV=testing', '@php vendor/bin/phpunit'],
        ci: ['@lint', '@stan', 'echo between', '@test --filter x', '@composer validate'],
        one: '@test',
      },
    };
    const t = parseComposerJson(JSON.stringify(scripts));
    expect(t.tasks.get('test')).toEqual({ commands: ['php vendor/bin/phpunit'], dependencies: [] });
    expect(t.tasks.get('ci')).toEqual({
      commands: ['echo between', 'composer run-script test -- --filter x', 'composer validate'],
      dependencies: ['lint', 'stan'],
    });
    expect(t.tasks.get('one')).toEqual({ commands: [], dependencies: ['test'] });
  });
});

const manyTrailingCommas = '{"tasks":{' + '"a":[0,],'.repeat(100_000) + '}}';
expectLinearAndTotal('parseDenoJson', parseDenoJson, deno, [
  manyTrailingCommas,
  '/*'.repeat(500_000),
  '"'.repeat(1_000_000),
  '{'.repeat(1_000_000),
]);
expectLinearAndTotal('parseComposerJson', parseComposerJson, composer, [
  '{"scripts":{' + '"a":["@b",],'.repeat(80_000) + '}}',
  '{"scripts":{"a":"' + '@'.repeat(1_000_000) + '"}}',
]);
