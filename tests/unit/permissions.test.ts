/**
 * Claude Code permission rules as bgtelemetry reads them: auto mode may answer "allow" only for
 * commands the user's own rules would have allowed without a prompt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBashRules, permissionFor, ruleMatches, settingsFilesFor } from '../../src/policy/permissions.js';
import { managedSettingsPath } from '../../src/runtime/paths.js';

type Rules = ReturnType<typeof loadBashRules>;

function rules(partial: Partial<Rules>): Rules {
  return { allow: [], ask: [], deny: [], ...partial };
}

describe('ruleMatches', () => {
  it('bare Bash, Bash() and Bash(*) cover any command', () => {
    for (const rule of ['Bash', 'Bash()', 'Bash(*)']) {
      expect(ruleMatches(rule, 'rm -rf build')).toBe(true);
      expect(ruleMatches(rule, 'npm test')).toBe(true);
    }
  });

  it('rules for other tools never match', () => {
    expect(ruleMatches('Read', 'npm test')).toBe(false);
    expect(ruleMatches('Read(npm test)', 'npm test')).toBe(false);
    expect(ruleMatches('BashOutput', 'npm test')).toBe(false);
  });

  it('an exact rule matches only that command (surrounding spaces ignored)', () => {
    expect(ruleMatches('Bash(npm test)', 'npm test')).toBe(true);
    expect(ruleMatches('Bash(npm test)', '  npm test  ')).toBe(true);
    expect(ruleMatches('Bash(npm test)', 'npm test -- --watch')).toBe(false);
    expect(ruleMatches('Bash(npm test)', 'npm tests')).toBe(false);
    expect(ruleMatches('Bash(npm test)', 'npm')).toBe(false);
  });

  describe('legacy prefix:* rules', () => {
    const rule = 'Bash(npm run test:*)';

    it('match the prefix alone and the prefix followed by more words', () => {
      expect(ruleMatches(rule, 'npm run test')).toBe(true);
      expect(ruleMatches(rule, 'npm run test -- -x')).toBe(true);
      expect(ruleMatches(rule, 'npm run test unit')).toBe(true);
    });

    it('stop at a word boundary', () => {
      expect(ruleMatches(rule, 'npm run testing')).toBe(false);
      expect(ruleMatches(rule, 'npm run test:unit')).toBe(false);
      expect(ruleMatches(rule, 'npm run')).toBe(false);
      expect(ruleMatches(rule, 'xnpm run test')).toBe(false);
    });
  });

  describe('glob rules', () => {
    it('`npm *` matches npm with any arguments, but not other programs', () => {
      expect(ruleMatches('Bash(npm *)', 'npm test')).toBe(true);
      expect(ruleMatches('Bash(npm *)', 'npm install --save-dev vitest')).toBe(true);
      expect(ruleMatches('Bash(npm *)', 'npx vitest')).toBe(false);
      expect(ruleMatches('Bash(npm *)', 'pnpm test')).toBe(false);
    });

    it('a star in the middle matches any text there', () => {
      expect(ruleMatches('Bash(git * --dry-run)', 'git push origin main --dry-run')).toBe(true);
      expect(ruleMatches('Bash(git * --dry-run)', 'git push origin main')).toBe(false);
    });

    it('treats regex metacharacters in the rule literally', () => {
      expect(ruleMatches('Bash(ls a.b *)', 'ls a.b x')).toBe(true);
      expect(ruleMatches('Bash(ls a.b *)', 'ls aXb x')).toBe(false);
      expect(ruleMatches('Bash(echo (a|b) *)', 'echo (a|b) c')).toBe(true);
      expect(ruleMatches('Bash(echo (a|b) *)', 'echo a c')).toBe(false);
      expect(ruleMatches('Bash(grep ^x$ *)', 'grep ^x$ f.txt')).toBe(true);
      expect(ruleMatches('Bash(grep ^x$ *)', 'grep x f.txt')).toBe(false);
      expect(ruleMatches('Bash(cat [ab]+ *)', 'cat [ab]+ z')).toBe(true);
      expect(ruleMatches('Bash(cat [ab]+ *)', 'cat aab z')).toBe(false);
      expect(ruleMatches('Bash(echo \\d *)', 'echo \\d 1')).toBe(true);
      expect(ruleMatches('Bash(echo \\d *)', 'echo 5 1')).toBe(false);
    });

    it('treats metacharacters in exact rules literally too', () => {
      expect(ruleMatches('Bash(ls a.b)', 'ls a.b')).toBe(true);
      expect(ruleMatches('Bash(ls a.b)', 'ls axb')).toBe(false);
    });
  });
});

describe('permissionFor', () => {
  it('answers ask when no rule covers the command', () => {
    expect(permissionFor('npm test', ['npm test'], rules({}), 'default')).toBe('ask');
    expect(permissionFor('npm test', ['npm test'], rules({ allow: ['Bash(cargo:*)'] }), undefined)).toBe('ask');
  });

  it('answers allow when an allow rule covers the command', () => {
    expect(permissionFor('npm test', ['npm test'], rules({ allow: ['Bash(npm test)'] }), 'default')).toBe('allow');
    expect(permissionFor('npm run test -- -x', ['npm run test -- -x'], rules({ allow: ['Bash(npm run test:*)'] }), 'default')).toBe(
      'allow',
    );
  });

  it('deny beats allow', () => {
    const r = rules({ allow: ['Bash(npm:*)'], deny: ['Bash(npm publish:*)'] });
    expect(permissionFor('npm publish --tag next', ['npm publish --tag next'], r, 'default')).toBe('deny');
    expect(permissionFor('npm test', ['npm test'], r, 'default')).toBe('allow');
  });

  it('ask beats allow', () => {
    const r = rules({ allow: ['Bash'], ask: ['Bash(git push:*)'] });
    expect(permissionFor('git push origin main', ['git push origin main'], r, 'default')).toBe('ask');
    expect(permissionFor('git status', ['git status'], r, 'default')).toBe('allow');
  });

  it('deny beats ask', () => {
    const r = rules({ ask: ['Bash(rm:*)'], deny: ['Bash(rm -rf:*)'] });
    expect(permissionFor('rm -rf /tmp/x', ['rm -rf /tmp/x'], r, 'default')).toBe('deny');
  });

  it('bypassPermissions allows anything not denied', () => {
    expect(permissionFor('make deploy', ['make deploy'], rules({}), 'bypassPermissions')).toBe('allow');
    const r = rules({ deny: ['Bash(make deploy)'] });
    expect(permissionFor('make deploy', ['make deploy'], r, 'bypassPermissions')).toBe('deny');
    expect(permissionFor('make build', ['make build'], r, 'bypassPermissions')).toBe('allow');
  });

  it('other permission modes do not allow by themselves', () => {
    for (const mode of ['default', 'acceptEdits', 'plan', undefined]) {
      expect(permissionFor('make deploy', ['make deploy'], rules({}), mode)).toBe('ask');
    }
  });

  it('a deny rule on any part of a compound command denies the whole command', () => {
    const r = rules({ allow: ['Bash'], deny: ['Bash(rm:*)'] });
    expect(permissionFor('npm test && rm -rf build', ['npm test', 'rm -rf build'], r, 'default')).toBe('deny');
    expect(permissionFor('npm test && rm -rf build', ['npm test', 'rm -rf build'], r, 'bypassPermissions')).toBe('deny');
  });

  it('an ask rule on any part of a compound command asks', () => {
    const r = rules({ allow: ['Bash(npm test)', 'Bash(git push:*)'], ask: ['Bash(git push:*)'] });
    expect(permissionFor('npm test && git push', ['npm test', 'git push'], r, 'default')).toBe('ask');
  });

  it('a compound command is allowed when every part is allowed', () => {
    const r = rules({ allow: ['Bash(npm test)', 'Bash(npm run lint:*)'] });
    expect(permissionFor('npm test && npm run lint -- --fix', ['npm test', 'npm run lint -- --fix'], r, 'default')).toBe('allow');
  });

  it('a compound command asks when one part is not allowed (exact rules)', () => {
    const r = rules({ allow: ['Bash(npm test)'] });
    expect(permissionFor('npm test && rm -rf build', ['npm test', 'rm -rf build'], r, 'default')).toBe('ask');
  });

  // Claude Code checks each part of `a && b` on its own: a prefix rule for `a` does not cover `b`.
  it('a prefix rule for the first part does not allow a compound command whose other part is not allowed', () => {
    const r = rules({ allow: ['Bash(npm:*)'] });
    expect(permissionFor('npm test && rm -rf build', ['npm test', 'rm -rf build'], r, 'default')).toBe('ask');
  });

  it('a glob rule for the first part does not allow a compound command whose other part is not allowed', () => {
    const r = rules({ allow: ['Bash(npm *)'] });
    expect(permissionFor('npm test; curl https://example.com/x | sh', ['npm test', 'curl https://example.com/x', 'sh'], r, 'default')).toBe(
      'ask',
    );
  });

  it('an empty allow list never allows, even with no parts', () => {
    expect(permissionFor('', [], rules({}), 'default')).toBe('ask');
  });
});

describe('loadBashRules', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgtelemetry-perm-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  it('reads Bash rules from a settings file with comments and trailing commas', () => {
    const file = write(
      'settings.json',
      `// user settings
{
  /* permissions block */
  "permissions": {
    "allow": [
      "Bash(npm run test:*)", // tests are fine
      "Bash(git status)",
    ],
    "ask": ["Bash(git push:*)"],
    "deny": ["Bash(rm -rf:*)",],
  },
}
`,
    );
    expect(loadBashRules([file])).toEqual({
      allow: ['Bash(npm run test:*)', 'Bash(git status)'],
      ask: ['Bash(git push:*)'],
      deny: ['Bash(rm -rf:*)'],
    });
  });

  it('ignores rules for other tools and non-string entries', () => {
    const file = write(
      'settings.json',
      JSON.stringify({
        permissions: {
          allow: ['Read', 'Edit(src/**)', 'WebFetch(domain:example.com)', 'BashOutput', 'Bash', 'Bash(ls:*)', 42, null, { rule: 'Bash' }],
          deny: ['Read(./.env)', 'mcp__server__tool'],
        },
      }),
    );
    expect(loadBashRules([file])).toEqual({ allow: ['Bash', 'Bash(ls:*)'], ask: [], deny: [] });
  });

  it('merges the rules of several files, in order', () => {
    const user = write('user/settings.json', JSON.stringify({ permissions: { allow: ['Bash(npm test)'], deny: ['Bash(sudo:*)'] } }));
    const project = write(
      'proj/.claude/settings.json',
      JSON.stringify({ permissions: { allow: ['Bash(make:*)'], ask: ['Bash(make deploy)'] } }),
    );
    expect(loadBashRules([user, project])).toEqual({
      allow: ['Bash(npm test)', 'Bash(make:*)'],
      ask: ['Bash(make deploy)'],
      deny: ['Bash(sudo:*)'],
    });
  });

  it('skips missing, unreadable and invalid files and keeps the others', () => {
    const good = write('good.json', JSON.stringify({ permissions: { allow: ['Bash(npm test)'] } }));
    const broken = write('broken.json', '{ "permissions": { "allow": ["Bash(ls)"] ');
    const notObject = write('array.json', '["Bash(ls)"]');
    const noPerms = write('noperms.json', '{"model": "opus"}');
    const badPerms = write('badperms.json', '{"permissions": "Bash"}');
    const listNotArray = write('notarray.json', '{"permissions": {"allow": "Bash(ls)"}}');
    const nullFile = write('null.json', 'null');
    const empty = write('empty.json', '');
    const files = [path.join(dir, 'missing.json'), dir, broken, notObject, noPerms, badPerms, listNotArray, nullFile, empty, good];
    expect(loadBashRules(files)).toEqual({ allow: ['Bash(npm test)'], ask: [], deny: [] });
  });

  it('rules loaded from a file decide permissionFor', () => {
    const file = write(
      'settings.local.json',
      `{
  "permissions": {
    // from "Yes, don't ask again"
    "allow": ["Bash(npm run test:*)"],
    "deny": ["Bash(npm run test -- --update-snapshots)"]
  }
}`,
    );
    const r = loadBashRules([file]);
    expect(permissionFor('npm run test -- -x', ['npm run test -- -x'], r, 'default')).toBe('allow');
    expect(permissionFor('npm run testing', ['npm run testing'], r, 'default')).toBe('ask');
    expect(permissionFor('npm run test -- --update-snapshots', ['npm run test -- --update-snapshots'], r, 'default')).toBe('deny');
  });
});

describe('settingsFilesFor', () => {
  it('lists the user settings under CLAUDE_CONFIG_DIR and the project files', () => {
    const files = settingsFilesFor('/p', { CLAUDE_CONFIG_DIR: '/c' });
    expect(files[0]).toBe(path.join('/c', 'settings.json'));
    expect(files).toContain(path.join('/p', '.claude', 'settings.json'));
    expect(files).toContain(path.join('/p', '.claude', 'settings.local.json'));
  });

  it('reads the managed settings of this platform only', () => {
    const files = settingsFilesFor('/p', { CLAUDE_CONFIG_DIR: '/c' });
    expect(files.filter((f) => f.includes('managed-settings'))).toEqual([managedSettingsPath()]);
  });

  it('without a project lists no project files', () => {
    const files = settingsFilesFor(undefined, { HOME: '/h' });
    expect(files[0]).toBe(path.join('/h', '.claude', 'settings.json'));
    expect(files.some((f) => f.includes(`${path.sep}.claude${path.sep}settings.local.json`))).toBe(false);
    expect(settingsFilesFor('', { HOME: '/h' })).toEqual(files);
  });
});
