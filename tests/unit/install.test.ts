/**
 * Installing into Claude Code settings files: real files in temp directories whose paths hold
 * spaces, the library for the fine detail, and the CLI end to end, in this process with the built
 * hooks (tests/support/cli-run.ts; HOME and CLAUDE_CONFIG_DIR point into the temp directory, so
 * real settings are never touched). Run by another node binary: tests/process/cli.test.ts.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/console/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { HOOKS } from '../../src/hooks/registry.js';
import { unifiedDiff } from '../../src/install/diff.js';
import { hookScript, ourHookScript, ourScript } from '../../src/install/hook-command.js';
import { bashOnPath, chooseTransport } from '../../src/install/transport.js';
import { ownerFor } from '../../src/install/ownership.js';
import { hookCommand, hooksSection, planSettings, quoteForShell, registrations, writeWithBackup } from '../../src/install/settings-file.js';
import { parseJsonc } from '../../src/runtime/jsonc.js';
import { managedSettingsPath, settingsFiles, settingsPath } from '../../src/runtime/paths.js';
import { runCli } from '../support/cli-run.js';
import { stopDaemonIn } from '../support/stop-daemon.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
/** node_modules/.bin: the real Claude Code 2.1.197 as `claude`. */
const BIN = join(ROOT, 'node_modules', '.bin');
if (!existsSync(join(DIST, 'cli.mjs')) || !existsSync(join(DIST, 'hooks', 'pre-tool-use.cjs'))) {
  throw new Error('dist is missing: run `npm run build` (npm test does it first)');
}

/** Another user's settings: other tools on our events (one with a Bash matcher), comments everywhere, unknown keys, trailing commas. */
const OTHER_TOOLS = `// My settings. Hand-edited: keep the comments.
{
  "model": "opus",
  /* permissions, by hand */
  "permissions": { "allow": ["Bash(npm test)"], "deny": [] },
  "someFutureKey": { "nested": [1, 2, 3,], },
  "hooks": {
    "PreToolUse": [
      // guard rails from another tool
      {
        "matcher": "Bash",
        "hooks": [
          { "type": "command", "command": "/opt/guard/bin/guard --check", "timeout": 10 }, // keep me
          /* second */ { "type": "command", "command": "echo pre" }
        ]
      },
      { "matcher": "Edit|Write", "hooks": [{ "type": "command", "command": "prettier-hook" }] },
    ],
    "Stop": [
      { "hooks": [{ "type": "command", "command": "notify-send done" }] } // desktop notification
    ],
    "Notification": [{ "hooks": [{ "type": "command", "command": "say hi" }] }]
  },
  "statusLine": { "type": "command", "command": "~/.claude/statusline.sh" },
}
`;

const COMMENTS = OTHER_TOOLS.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)!;

let root: string;
beforeEach(() => {
  // A space in every path: commands must quote them.
  root = mkdtempSync(join(tmpdir(), 'bgt install '));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const NODE = '/usr/local/bin/node';
/** Our test installation: its directory is never created, so another installation sees it as gone (stale). */
const HERE = () => join(root, 'bgtelemetry', 'dist', 'hooks');
function ours(dir = HERE(), form: 'exec' | 'shell' = 'shell') {
  return registrations(dir, NODE, form);
}

/** Whose hooks are whose, for the installation in `dir` (src/install/ownership.ts). */
function owner(dir = HERE()) {
  return ownerFor(dir);
}

type Hook = { command: string; args?: string[] };
type Settings = { hooks: Record<string, { matcher?: string; hooks: Hook[] }[]> } & Record<string, unknown>;
function value(text: string): Settings {
  return parseJsonc(text) as Settings;
}

/** Every command hook in a settings text, as `event matcher: command` (exec form: `[program, ...args]`), with the hook. */
function hookEntries(text: string): { line: string; hook: Hook }[] {
  return Object.entries(value(text).hooks ?? {}).flatMap(([event, groups]) =>
    groups.flatMap((g) =>
      g.hooks.map((hook) => ({
        line: `${event} ${g.matcher ?? ''}: ${hook.args ? JSON.stringify([hook.command, ...hook.args]) : hook.command}`,
        hook,
      })),
    ),
  );
}

function commands(text: string): string[] {
  return hookEntries(text).map((e) => e.line);
}

function ourCommands(text: string): string[] {
  return hookEntries(text)
    .filter((e) => ourHookScript(e.hook))
    .map((e) => e.line);
}

function otherCommands(text: string): string[] {
  return hookEntries(text)
    .filter((e) => !ourHookScript(e.hook))
    .map((e) => e.line);
}

/** `line` itself, or `line` with one comma added (the separator before a group of ours). */
function sameOrCommaAdded(installed: string, line: string): boolean {
  if (installed === line) return true;
  return [...installed].some((ch, k) => ch === ',' && installed.slice(0, k) + installed.slice(k + 1) === line);
}

describe('planSettings', () => {
  it('a missing file becomes exactly the registry, one matcher group per entry', () => {
    const plan = planSettings('settings.json', null, ours(), owner());
    expect(plan.changed).toBe(true);
    expect(plan.added).toHaveLength(HOOKS.length);
    expect(JSON.parse(plan.after)).toEqual({
      hooks: hooksSection((e) => hookCommand(join(HERE(), e.script), NODE)),
    });
    const first = value(plan.after).hooks.PreToolUse[0];
    expect(first).toEqual({
      matcher: 'Bash',
      hooks: [{ type: 'command', command: `"${NODE}" "${join(HERE(), 'pre-tool-use.cjs')}"`, timeout: 5 }],
    });
    expect(value(plan.after).hooks.PostToolUse[1]).toMatchObject({ matcher: 'Read', hooks: [{ async: true }] });
    expect(value(plan.after).hooks.Stop[0]).not.toHaveProperty('matcher');
  });

  it('keeps every other key, hook and comment byte for byte, and adds groups of its own', () => {
    const plan = planSettings('settings.json', OTHER_TOOLS, ours(), owner());
    const after = value(plan.after);
    const before = value(OTHER_TOOLS);
    for (const key of ['model', 'permissions', 'someFutureKey', 'statusLine']) expect(after[key]).toEqual(before[key]);
    // Their groups stay first and untouched; ours follow, never inside theirs.
    expect(after.hooks.PreToolUse.slice(0, 2)).toEqual(before.hooks.PreToolUse);
    expect(after.hooks.PreToolUse).toHaveLength(3);
    expect(after.hooks.PreToolUse[2].hooks).toHaveLength(1);
    expect(after.hooks.Stop.slice(0, 1)).toEqual(before.hooks.Stop);
    expect(after.hooks.Notification).toEqual(before.hooks.Notification);
    expect(ourCommands(plan.after)).toHaveLength(HOOKS.length);
    for (const comment of COMMENTS) expect(plan.after).toContain(comment);
    // The original lines all survive, in order; at most a comma is added after a last element.
    const lines = plan.after.split('\n');
    let k = 0;
    for (const line of OTHER_TOOLS.split('\n')) {
      while (k < lines.length && !sameOrCommaAdded(lines[k], line)) k++;
      expect(k, `original line ${JSON.stringify(line)} is missing or out of order`).toBeLessThan(lines.length);
      k++;
    }
  });

  it('installing twice changes nothing, not even whitespace', () => {
    const first = planSettings('settings.json', OTHER_TOOLS, ours(), owner()).after;
    const second = planSettings('settings.json', first, ours(), owner());
    expect(second.changed).toBe(false);
    expect(second.after).toBe(first);
    expect(second.unchanged).toHaveLength(HOOKS.length);
    expect(second.added).toEqual([]);
  });

  it('installing from another path replaces ours in place, with no duplicates', () => {
    const first = planSettings('settings.json', OTHER_TOOLS, ours(), owner()).after;
    const moved = join(root, 'moved clone', 'dist', 'hooks');
    const second = planSettings('settings.json', first, ours(moved), owner(moved));
    expect(second.updated).toHaveLength(HOOKS.length);
    expect(second.added).toEqual([]);
    const now = ourCommands(second.after);
    expect(now).toHaveLength(HOOKS.length);
    expect(now.every((c) => c.includes(moved))).toBe(true);
    // Same places: only the paths differ.
    expect(second.after.replaceAll(moved, HERE())).toBe(first);
    expect(otherCommands(second.after)).toEqual(commands(OTHER_TOOLS));
  });

  it('recognises ours from an npx cache and a hand-written registration, and replaces them', () => {
    const npx = '/home/u/.npm/_npx/1a2b/node_modules/bgtelemetry/dist/hooks/pre-tool-use.cjs';
    const text = JSON.stringify(
      { hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: `node ${npx}`, timeout: 5 }] }] } },
      null,
      2,
    );
    const plan = planSettings('settings.json', text, ours(), owner());
    expect(plan.updated.map((h) => h.script)).toEqual(['pre-tool-use.cjs']);
    expect(value(plan.after).hooks.PreToolUse).toHaveLength(1);
    expect(plan.after).not.toContain(npx);
  });

  it('uninstall removes ours only, even from a group shared with another tool, and restores the original', () => {
    const installed = planSettings('settings.json', OTHER_TOOLS, ours(), owner()).after;
    const removed = planSettings('settings.json', installed, [], owner());
    expect(removed.removed).toHaveLength(HOOKS.length);
    expect(removed.after).toBe(OTHER_TOOLS);

    // Someone put our hook into their own Bash group by hand: the group and their hook stay.
    const shared = OTHER_TOOLS.replace(
      '{ "type": "command", "command": "echo pre" }',
      `{ "type": "command", "command": "node /x/bgtelemetry/dist/hooks/pre-tool-use.cjs" },\n          { "type": "command", "command": "echo pre" }`,
    );
    const plan = planSettings('settings.json', shared, [], owner());
    expect(plan.removed).toEqual([{ event: 'PreToolUse', matcher: 'Bash', script: 'pre-tool-use.cjs' }]);
    expect(value(plan.after)).toEqual(value(OTHER_TOOLS));
    for (const comment of COMMENTS) expect(plan.after).toContain(comment);
  });

  it('leaves other tools alone even when their commands look like ours', () => {
    const lookalikes = [
      'node /x/dist/hooks/pre-tool-use.cjs --tool other', // more arguments
      'python /x/dist/hooks/lifecycle.cjs', // another interpreter
      'node /x/hooks/lifecycle.cjs', // not a dist/hooks directory
      'node /x/dist/hooks/lifecycle.cjs | tee log', // a pipeline
      'node /x/dist/hooks/other-tool.cjs',
    ];
    const text = JSON.stringify({ hooks: { Stop: lookalikes.map((command) => ({ hooks: [{ type: 'command', command }] })) } });
    expect(planSettings('settings.json', text, [], owner()).changed).toBe(false);
    expect(lookalikes.map(ourScript)).toEqual([null, null, null, null, null]);
    expect(ourScript('"C:\\Program Files\\nodejs\\node.exe" "C:\\bgt\\dist\\hooks\\lifecycle.cjs"')).toBe('lifecycle.cjs');
    expect(ourScript('node "${CLAUDE_PLUGIN_ROOT}/dist/hooks/post-tool-use.cjs"')).toBe('post-tool-use.cjs');
  });

  it('daemon transport: our shim commands are recognised as ours in both forms, and look-alikes are not', () => {
    const dir = HERE();
    for (const form of ['shell', 'exec'] as const) {
      const shimmed = registrations(dir, NODE, form, '/bin/bash');
      const hooks = shimmed.map((r) => r.group.hooks[0]);
      expect(hooks.map((h) => hookScript(h)?.script)).toEqual(HOOKS.map((e) => e.script));
      expect(hooks.map((h) => hookScript(h)?.path)).toEqual(HOOKS.map((e) => join(dir, e.script)));
      // Installed once, a node-transport install replaces them in place, and the other way round.
      const installed = planSettings('settings.json', null, shimmed, owner()).after;
      const back = planSettings('settings.json', installed, ours(dir, form), owner());
      expect([back.updated.length, back.added.length, back.removed.length]).toEqual([HOOKS.length, 0, 0]);
      // And uninstall (nothing wanted) takes every shim hook out.
      expect(planSettings('settings.json', installed, [], owner()).removed).toHaveLength(HOOKS.length);
    }
    const lookalikes = [
      'bash /x/dist/hooks/shim.sh other-hook /usr/bin/node', // not one of our hooks
      'sh /x/dist/hooks/shim.sh pre-tool-use /usr/bin/node', // another shell
      'bash /x/hooks/shim.sh pre-tool-use', // not a dist/hooks directory
      'bash /x/dist/hooks/shim.sh pre-tool-use /usr/bin/node extra', // more arguments
    ];
    expect(lookalikes.map(ourScript)).toEqual([null, null, null, null]);
    expect(ourScript('bash "${CLAUDE_PLUGIN_ROOT}/dist/hooks/shim.sh" lifecycle')).toBe('lifecycle.cjs');
  });

  it('chooses the daemon transport where bash runs the hooks, node on Windows, without bash, or when asked', () => {
    const bash = () => '/usr/bin/bash';
    expect(chooseTransport({ platform: 'linux', bash })).toMatchObject({ transport: 'daemon', bash: '/usr/bin/bash' });
    expect(chooseTransport({ platform: 'darwin', bash, configured: 'node' }).transport).toBe('node');
    expect(chooseTransport({ platform: 'linux', bash, flag: 'daemon', configured: 'node' }).transport).toBe('daemon');
    expect(chooseTransport({ platform: 'win32', bash, flag: 'daemon' }).transport).toBe('node');
    expect(chooseTransport({ platform: 'linux', bash: () => null })).toMatchObject({
      transport: 'node',
      why: expect.stringContaining('no bash'),
    });
  });

  it('exec form: the program in "command", the script alone in "args", nothing quoted', () => {
    const dir = join(root, 'a "quoted" $dir', 'dist', 'hooks');
    const plan = planSettings('settings.json', null, ours(dir, 'exec'), owner());
    expect(value(plan.after).hooks.PreToolUse[0]).toEqual({
      matcher: 'Bash',
      hooks: [{ type: 'command', command: NODE, args: [join(dir, 'pre-tool-use.cjs')], timeout: 5 }],
    });
    expect(value(plan.after).hooks.PostToolUse[1].hooks[0]).toEqual({
      type: 'command',
      command: NODE,
      args: [join(dir, 'post-tool-use.cjs')],
      timeout: 5,
      async: true,
    });
    expect(ourCommands(plan.after)).toHaveLength(HOOKS.length);
    expect(planSettings('settings.json', plan.after, ours(dir, 'exec'), owner(dir)).changed).toBe(false);
  });

  it('switching forms replaces ours in place, both ways: no duplicates, nothing else touched', () => {
    const shell = planSettings('settings.json', OTHER_TOOLS, ours(), owner()).after;
    const exec = planSettings('settings.json', shell, ours(undefined, 'exec'), owner());
    expect({ updated: exec.updated.length, added: exec.added, removed: exec.removed }).toEqual({
      updated: HOOKS.length,
      added: [],
      removed: [],
    });
    expect(
      hookEntries(exec.after)
        .filter((e) => ourHookScript(e.hook))
        .every((e) => Array.isArray(e.hook.args)),
    ).toBe(true);
    expect(ourCommands(exec.after)).toHaveLength(HOOKS.length);
    expect(otherCommands(exec.after)).toEqual(commands(OTHER_TOOLS));
    for (const comment of COMMENTS) expect(exec.after).toContain(comment);
    // Back to shell form: the very bytes of the first install.
    expect(planSettings('settings.json', exec.after, ours(), owner()).after).toBe(shell);
    // Uninstall takes exec form out as it does shell form: the original file, byte for byte.
    const removed = planSettings('settings.json', exec.after, [], owner());
    expect(removed.removed).toHaveLength(HOOKS.length);
    expect(removed.after).toBe(OTHER_TOOLS);
  });

  it('a file holding both forms of ours ends with one registration each', () => {
    // A hand-made mix: PreToolUse in exec form from one place, the rest in shell form from another.
    const shell = planSettings('settings.json', OTHER_TOOLS, ours(join(root, 'bgtelemetry-old', 'dist', 'hooks')), owner()).after;
    const execGroup = {
      matcher: 'Bash',
      hooks: [{ type: 'command', command: '/old/node', args: ['/old/bgtelemetry/dist/hooks/pre-tool-use.cjs'], timeout: 5 }],
    };
    const mixed = shell.replace('"PreToolUse": [', `"PreToolUse": [\n      ${JSON.stringify(execGroup)},`);
    expect(ourCommands(mixed)).toHaveLength(HOOKS.length + 1);
    const plan = planSettings('settings.json', mixed, ours(undefined, 'exec'), owner());
    expect(plan.removed).toEqual([{ event: 'PreToolUse', matcher: 'Bash', script: 'pre-tool-use.cjs' }]);
    expect(ourCommands(plan.after)).toEqual(
      ourCommands(planSettings('settings.json', OTHER_TOOLS, ours(undefined, 'exec'), owner()).after),
    );
    expect(otherCommands(plan.after)).toEqual(commands(OTHER_TOOLS));
  });

  it('leaves exec-form hooks of other tools alone, even when they look like ours', () => {
    const lookalikes: Record<string, unknown>[] = [
      { command: 'node', args: ['/x/dist/hooks/pre-tool-use.cjs', '--tool', 'other'] }, // more arguments
      { command: '/usr/bin/python3', args: ['/x/dist/hooks/lifecycle.cjs'] }, // another interpreter
      { command: 'node', args: ['/x/hooks/lifecycle.cjs'] }, // not a dist/hooks directory
      { command: 'node', args: [] }, // no script
      { command: 'node', args: '/x/dist/hooks/lifecycle.cjs' }, // args not a list
      { command: 'node', args: [42] },
      { command: 'node "/x/dist/hooks/lifecycle.cjs"', args: [] }, // a shell string given args: not what we write
    ];
    const text = JSON.stringify({ hooks: { Stop: lookalikes.map((hook) => ({ hooks: [{ type: 'command', ...hook }] })) } });
    expect(planSettings('settings.json', text, [], owner()).changed).toBe(false);
    expect(lookalikes.map(ourHookScript)).toEqual(lookalikes.map(() => null));
    expect(ourHookScript({ command: 'C:\\Program Files\\nodejs\\node.exe', args: ['C:\\bgt\\dist\\hooks\\lifecycle.cjs'] })).toBe(
      'lifecycle.cjs',
    );
    expect(ourHookScript({ command: 'node', args: ['${CLAUDE_PROJECT_DIR}/tools/bgt/dist/hooks/lifecycle.cjs'] })).toBe('lifecycle.cjs');
    expect(ourHookScript({ command: '/n/node', args: ['/bgt/dist/hooks/post-tool-use.cjs'] })).toBe('post-tool-use.cjs');
  });

  it('refuses what it cannot read with certainty, naming the file and the place', () => {
    const refuse = (text: string) => {
      try {
        planSettings('/p/settings.json', text, ours(), owner());
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return (error as CliError).message;
      }
      throw new Error('accepted');
    };
    expect(refuse('{\n  "a": 1\n  "b": 2\n}')).toBe('/p/settings.json: not valid JSON at line 3, column 3 (comma expected)');
    expect(refuse('[1, 2]')).toMatch(/top level is an array, not a JSON object/);
    expect(refuse('{ "hooks": [] }')).toMatch(/"hooks" at line 1, column 12 is an array, not an object/);
    expect(refuse('{ "hooks": { "Stop": {} } }')).toMatch(/"hooks.Stop" at line 1, column 22 is an object, not an array/);
    // A blank file is an empty object, not an error.
    expect(value(planSettings('s', '  \n', ours(), owner()).after).hooks.Stop).toHaveLength(1);
  });

  it('writes new lines in the file\u2019s own indentation and line endings', () => {
    const text = '{\r\n\t"model": "opus"\r\n}\r\n';
    const after = planSettings('settings.json', text, ours(), owner()).after;
    expect(after.startsWith('{\r\n\t"model": "opus",\r\n\t"hooks": {\r\n\t\t"PreToolUse": [\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(planSettings('settings.json', after, [], owner()).after).toBe('{\r\n\t"model": "opus"\r\n}\r\n');
  });

  it('settings paths follow the scope and CLAUDE_CONFIG_DIR', () => {
    expect(settingsPath('user', '/proj', { CLAUDE_CONFIG_DIR: '/cfg' })).toBe('/cfg/settings.json');
    expect(settingsPath('user', '/proj', { HOME: '/h' })).toBe('/h/.claude/settings.json');
    expect(settingsPath('project', '/proj', {})).toBe('/proj/.claude/settings.json');
    expect(settingsPath('local', '/proj', {})).toBe('/proj/.claude/settings.local.json');
  });

  it('lists the settings files Claude Code reads, the managed one where this platform keeps it', () => {
    expect(settingsFiles('/proj', { CLAUDE_CONFIG_DIR: '/cfg' }, 'linux')).toEqual([
      { label: 'user', path: '/cfg/settings.json' },
      { label: 'project', path: '/proj/.claude/settings.json' },
      { label: 'local', path: '/proj/.claude/settings.local.json' },
      { label: 'managed', path: '/etc/claude-code/managed-settings.json' },
    ]);
    expect(settingsFiles(undefined, { CLAUDE_CONFIG_DIR: '/cfg' }, 'darwin')).toEqual([
      { label: 'user', path: '/cfg/settings.json' },
      { label: 'managed', path: '/Library/Application Support/ClaudeCode/managed-settings.json' },
    ]);
    expect(managedSettingsPath('win32')).toBe('C:\\Program Files\\ClaudeCode\\managed-settings.json');
  });

  it('quotes paths so that sh passes them through unchanged', () => {
    const weird = join(root, 'a "b" $HOME `x` \\ c');
    const run = spawnSync('sh', ['-c', `printf %s ${quoteForShell(weird, 'linux')}`], { encoding: 'utf8' });
    expect(run.stdout).toBe(weird);
  });
});

describe('writeWithBackup', () => {
  it('backs up first, keeps the mode, never overwrites a backup, and refuses a file changed meanwhile', () => {
    const file = join(root, 'settings.json');
    writeFileSync(file, '{}\n');
    chmodSync(file, 0o600);
    const now = new Date('2026-11-02T14:30:05.123Z');
    const first = writeWithBackup(file, '{}\n', '{"a":1}\n', now);
    expect(first.backup).toBe(`${file}.bgtelemetry-backup-20261102T143005.123Z`);
    expect(readFileSync(first.backup!, 'utf8')).toBe('{}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = writeWithBackup(file, '{"a":1}\n', '{"a":2}\n', now);
    expect(second.backup).toBe(`${first.backup}-2`);
    expect(readFileSync(first.backup!, 'utf8')).toBe('{}\n');
    expect(() => writeWithBackup(file, '{"a":1}\n', '{"a":3}\n', now)).toThrow(/changed while bgtelemetry was editing it/);
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}\n');
    // No temporary files are left behind.
    expect(readdirSync(root).sort()).toEqual([
      'settings.json',
      'settings.json.bgtelemetry-backup-20261102T143005.123Z',
      'settings.json.bgtelemetry-backup-20261102T143005.123Z-2',
    ]);
  });

  it('writes through a symlink (dotfiles) instead of replacing it', () => {
    const real = join(root, 'dotfiles', 'settings.json');
    mkdirSync(join(root, 'dotfiles'));
    writeFileSync(real, '{}');
    const link = join(root, 'settings.json');
    symlinkSync(real, link);
    const result = writeWithBackup(link, '{}', '{"a":1}');
    expect(result.path).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('{"a":1}');
    expect(readFileSync(link, 'utf8')).toBe('{"a":1}');
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts and shows hunks with context otherwise', () => {
    expect(unifiedDiff('a\n', 'a\n', 'x', 'x')).toBe('');
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', ''].join('\n');
    const after = before.replace('2\n', '2\ntwo and a half\n').replace('9\n', '');
    expect(unifiedDiff(before, after, 'old', 'new', 1)).toBe(
      '--- old\n+++ new\n@@ -2,2 +2,3 @@\n 2\n+two and a half\n 3\n@@ -8,3 +9,2 @@\n 8\n-9\n 10\n',
    );
  });

  it('marks a new file and a missing final newline', () => {
    expect(unifiedDiff(null, 'a\nb', 'f', 'f')).toBe('--- /dev/null\n+++ f\n@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file\n');
  });
});

// ---------------------------------------------------------------------------------------------
// The real CLI, as a user runs it.

interface Box {
  home: string;
  project: string;
  env: NodeJS.ProcessEnv;
  settings: string;
}

/**
 * `claude` on PATH answers `--version` as Claude Code 2.1.197 does: the real binary for `real`,
 * else a script printing its answer (the real one takes half a second a call on a busy machine;
 * tests/process/hook-form.test.ts asks the real binaries).
 */
function box({ real = false } = {}): Box {
  const home = join(root, 'home dir');
  const project = join(root, 'my project');
  mkdirSync(home, { recursive: true });
  mkdirSync(project, { recursive: true });
  let bin = BIN;
  if (!real) {
    bin = join(root, 'claude bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'claude'), '#!/bin/sh\necho "2.1.197 (Claude Code)"\n', { mode: 0o755 });
  }
  const env = { PATH: `${bin}:${process.env.PATH}`, HOME: home, CLAUDE_CONFIG_DIR: join(home, '.claude'), NO_COLOR: '1' };
  return { home, project, env, settings: join(project, '.claude', 'settings.json') };
}

/** The CLI in this process (tests/support/cli-run.ts); `pkg`: the package whose dist/hooks it installs, as its dist/cli.mjs would. */
function cli(b: Box, args: string[], pkg = ROOT) {
  return runCli(args, { cwd: b.project, env: b.env, hooksDir: join(pkg, 'dist', 'hooks') });
}

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

const backupsIn = (dir: string) => files(dir).filter((f) => f.includes('.bgtelemetry-backup-'));

/** A copy of the built package somewhere else, as a moved clone would be. */
function clone(name: string): string {
  const dir = join(root, name);
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('bgtelemetry install / uninstall (CLI)', () => {
  it('creates .claude/settings.json when missing, then a second install changes nothing', async () => {
    const b = box({ real: true });
    const first = await cli(b, ['install', '--scope', 'project']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(b.settings);
    expect(first.stdout).toContain('added (8)');
    expect(first.stdout).toContain('bgtelemetry doctor');
    // The claude on PATH is the real 2.1.197: exec form.
    expect(first.stdout).toContain(
      'hook form: exec: Claude Code 2.1.197 (from `claude --version` on PATH) runs exec form (2.1.139 or later)',
    );
    expect(first.stdout).toContain(`node: ${process.execPath}\n`);
    // bash on PATH: the daemon transport, the shim falling back to that node.
    const bash = bashOnPath(b.env)!;
    expect(first.stdout).toContain(`transport: daemon: the default where bash runs the hooks (${bash})`);
    const text = readFileSync(b.settings, 'utf8');
    expect(JSON.parse(text)).toEqual({
      hooks: hooksSection((e) => ({
        command: bash,
        args: [join(DIST, 'hooks', 'shim.sh'), e.script.replace(/\.cjs$/, ''), process.execPath],
      })),
    });
    expect(backupsIn(join(b.project, '.claude'))).toEqual([]);
    // Nothing in the user's own settings.
    expect(existsSync(join(b.home, '.claude', 'settings.json'))).toBe(false);

    const second = await cli(b, ['install', '--scope', 'project']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('nothing changed');
    expect(readFileSync(b.settings, 'utf8')).toBe(text);
    expect(files(join(b.project, '.claude'))).toEqual(['settings.json']);
  });

  it('--transport node writes a Node process per event, and the daemon transport replaces it in place', async () => {
    const b = box();
    const node = await cli(b, ['install', '--scope', 'project', '--hook-form', 'exec', '--transport', 'node']);
    expect(node.code, node.stderr).toBe(0);
    expect(node.stdout).toContain('transport: node: --transport says node');
    expect(JSON.parse(readFileSync(b.settings, 'utf8'))).toEqual({
      hooks: hooksSection((e) => ({ command: process.execPath, args: [join(DIST, 'hooks', e.script)] })),
    });
    const daemon = await cli(b, ['install', '--scope', 'project', '--hook-form', 'exec', '--transport', 'daemon']);
    expect(daemon.stdout).toContain(`updated (${HOOKS.length})`);
    expect(JSON.parse(readFileSync(b.settings, 'utf8')).hooks.Stop[0].hooks[0].args[0]).toBe(join(DIST, 'hooks', 'shim.sh'));
  });

  it('installs next to other tools\u2019 hooks, backs up, and uninstall restores the file byte for byte', async () => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, OTHER_TOOLS);
    const install = await cli(b, ['install', '--scope', 'project']);
    expect(install.code, install.stderr).toBe(0);
    const [backup] = backupsIn(join(b.project, '.claude'));
    expect(backup).toMatch(/^settings\.json\.bgtelemetry-backup-\d{8}T\d{6}\.\d{3}Z$/);
    expect(readFileSync(join(b.project, '.claude', backup), 'utf8')).toBe(OTHER_TOOLS);
    expect(ourCommands(readFileSync(b.settings, 'utf8'))).toHaveLength(HOOKS.length);

    const uninstall = await cli(b, ['uninstall', '--scope', 'project']);
    expect(uninstall.code, uninstall.stderr).toBe(0);
    expect(uninstall.stdout).toContain('Removed 8');
    expect(readFileSync(b.settings, 'utf8')).toBe(OTHER_TOOLS);
    expect(backupsIn(join(b.project, '.claude'))).toHaveLength(2);

    const again = await cli(b, ['uninstall', '--scope', 'project']);
    expect(again.stdout).toContain('no bgtelemetry hooks');
    expect(backupsIn(join(b.project, '.claude'))).toHaveLength(2);
  });

  it('touches only this installation\u2019s hooks and replaces those of one that is gone', async () => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, OTHER_TOOLS);
    const old = clone('bgtelemetry-old');
    expect((await cli(b, ['install', '--scope', 'project'], old)).code).toBe(0);
    const afterOld = readFileSync(b.settings, 'utf8');

    // Another installation that still exists: its hooks are not ours to take over.
    const second = await cli(b, ['install', '--scope', 'project']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('added (8)');
    expect(second.stdout).toContain(`run scripts named like bgtelemetry's from ${join(old, 'dist', 'hooks')}, not this installation`);
    expect(ourCommands(readFileSync(b.settings, 'utf8'))).toHaveLength(2 * HOOKS.length);
    // Nor to remove: uninstall takes out this installation's alone.
    const uninstall = await cli(b, ['uninstall', '--scope', 'project']);
    expect(uninstall.stdout).toContain('Removed 8');
    expect(readFileSync(b.settings, 'utf8')).toBe(afterOld);

    // Gone: its hooks can only fail, and a new install replaces them in place, saying so.
    rmSync(old, { recursive: true });
    const moved = clone('moved clone');
    const run = await cli(b, ['install', '--scope', 'project'], moved);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('updated (8)');
    expect(run.stdout).toContain(
      `8 of them ran scripts of a bgtelemetry installation that no longer exists (${join(old, 'dist', 'hooks')})`,
    );
    const text = readFileSync(b.settings, 'utf8');
    const mine = ourCommands(text);
    expect(mine).toHaveLength(HOOKS.length);
    expect(mine.every((c) => c.includes(`${join(moved, 'dist', 'hooks')}/`))).toBe(true);
    expect(commands(text).length - mine.length).toBe(commands(OTHER_TOOLS).length);
  });

  it('leaves another tool\u2019s hook alone when only its script\u2019s file name is like ours, in both forms', async () => {
    const b = box();
    const theirs = join(root, 'other tool', 'dist', 'hooks');
    mkdirSync(theirs, { recursive: true });
    writeFileSync(join(theirs, 'pre-tool-use.cjs'), '');
    const foreign = {
      hooks: {
        PreToolUse: [
          { matcher: 'Bash', hooks: [{ type: 'command', command: `node "${join(theirs, 'pre-tool-use.cjs')}"` }] },
          { matcher: 'Bash', hooks: [{ type: 'command', command: 'node', args: [join(theirs, 'pre-tool-use.cjs')] }] },
          // Missing, but nothing says it was a bgtelemetry: not ours either.
          { matcher: 'Bash', hooks: [{ type: 'command', command: 'node /opt/other/dist/hooks/pre-tool-use.cjs' }] },
        ],
      },
    };
    const before = JSON.stringify(foreign, null, 2) + '\n';
    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, before);
    const install = await cli(b, ['install', '--scope', 'project']);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toContain('added (8)');
    expect(install.stdout).toContain('note: 3 hook(s)');
    const text = readFileSync(b.settings, 'utf8');
    expect(value(text).hooks.PreToolUse.slice(0, 3)).toEqual(foreign.hooks.PreToolUse);
    const uninstall = await cli(b, ['uninstall', '--scope', 'project']);
    expect(uninstall.code, uninstall.stderr).toBe(0);
    expect(uninstall.stdout).toContain('Removed 8');
    expect(readFileSync(b.settings, 'utf8')).toBe(before);
  });

  it.each([
    ['invalid JSON', '{\n  "model": "opus"\n  "hooks": {}\n}\n', 'not valid JSON at line 3, column 3'],
    // The last "hooks" would win, leaving hooks added to the first inactive.
    [
      'a duplicate key',
      '{\n  "hooks": {},\n  "model": "opus",\n  "hooks": { "Stop": [] }\n}\n',
      'duplicate key "hooks" at line 4, column 3 (first at line 2, column 3)',
    ],
  ])('refuses %s: non-zero exit, one clear line naming file and place, file untouched, no backup', async (_, text, problem) => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, text);
    const run = await cli(b, ['install', '--scope', 'project']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${b.settings}: ${problem}`);
    expect(run.stderr).toContain('the file was not changed');
    expect(run.stdout).toBe('');
    expect(readFileSync(b.settings, 'utf8')).toBe(text);
    expect(files(join(b.project, '.claude'))).toEqual(['settings.json']);
  });

  it('refuses a duplicate key nested anywhere, on uninstall too', async () => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, '{"hooks": {"PreToolUse": [], "PreToolUse": []}}');
    expect((await cli(b, ['uninstall', '--scope', 'project'])).stderr).toContain('duplicate key "PreToolUse" at line 1, column 30');
  });

  it.skipIf(process.platform === 'win32')('refuses a settings symlink whose target is missing, and keeps the link', async () => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    const target = join(root, 'dotfiles not checked out', 'settings.json');
    symlinkSync(target, b.settings);
    const run = await cli(b, ['install', '--scope', 'project']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${b.settings} is a symbolic link to ${target}, which does not exist`);
    expect(lstatSync(b.settings).isSymbolicLink()).toBe(true);
    expect(existsSync(join(root, 'dotfiles not checked out'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')(
    'under umask 000 creates directories 0700 and files 0600; an existing file keeps its mode',
    async () => {
      const b = box();
      const saved = process.umask(0);
      try {
        expect((await cli(b, ['install', '--mode', 'auto'])).code).toBe(0);
        const claude = join(b.home, '.claude');
        expect(statSync(claude).mode & 0o777).toBe(0o700);
        expect(statSync(join(claude, 'settings.json')).mode & 0o777).toBe(0o600);
        expect(statSync(join(claude, 'bgtelemetry')).mode & 0o777).toBe(0o700);
        expect(statSync(join(claude, 'bgtelemetry', 'config.json')).mode & 0o777).toBe(0o600);
        // `config set` writes the user file 0600 too.
        expect((await cli(b, ['config', 'set', 'mode', 'off'])).code).toBe(0);
        expect(statSync(join(claude, 'bgtelemetry', 'config.json')).mode & 0o777).toBe(0o600);
        mkdirSync(join(b.project, '.claude'), { mode: 0o755 });
        writeFileSync(b.settings, '{}\n', { mode: 0o644 });
        expect((await cli(b, ['install', '--scope', 'project'])).code).toBe(0);
        expect(statSync(b.settings).mode & 0o777).toBe(0o644);
      } finally {
        process.umask(saved);
      }
    },
  );

  it('uninstall removes a settings file install created and that holds nothing else, with its backups; it keeps what existed', async () => {
    const b = box();
    const local = join(b.project, '.claude', 'settings.local.json');
    expect((await cli(b, ['install', '--scope', 'local'])).code).toBe(0);
    // A second install in the other form backs up install's own file.
    expect((await cli(b, ['install', '--scope', 'local', '--hook-form', 'shell'])).code).toBe(0);
    const [ownBackup] = backupsIn(join(b.project, '.claude'));
    expect(ownBackup).toBeDefined();
    const run = await cli(b, ['uninstall', '--scope', 'local']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`removed ${local}: install created it, and nothing else is in it`);
    expect(run.stdout).toContain(`removed backup ${join(b.project, '.claude', ownBackup)}`);
    expect(files(join(b.project, '.claude'))).toEqual([]);

    // A file that was there before, even an empty one, stays, and so do its backups.
    writeFileSync(local, '{}\n');
    expect((await cli(b, ['install', '--scope', 'local'])).code).toBe(0);
    expect((await cli(b, ['uninstall', '--scope', 'local'])).code).toBe(0);
    expect(JSON.parse(readFileSync(local, 'utf8'))).toEqual({});
    expect(backupsIn(join(b.project, '.claude'))).toHaveLength(2);
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const b = box();
    const missing = await cli(b, ['install', '--scope', 'project', '--dry-run']);
    expect(missing.code).toBe(0);
    expect(missing.stdout).toMatch(/^--- \/dev\/null\n\+\+\+ .*settings\.json\n@@ -0,0 \+1,\d+ @@\n/);
    expect(existsSync(join(b.project, '.claude'))).toBe(false);

    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, OTHER_TOOLS);
    const run = await cli(b, ['install', '--scope', 'project', '--dry-run', '--mode', 'auto']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`--- ${b.settings}\n+++ ${b.settings}\n@@ `);
    expect(run.stdout).toContain('+        "matcher": "Bash|TaskOutput|BashOutput|TaskStop|KillShell|Monitor",');
    expect(run.stdout).toContain('+  "mode": "auto"');
    expect(run.stderr).toContain('nothing was written');
    expect(readFileSync(b.settings, 'utf8')).toBe(OTHER_TOOLS);
    expect(files(join(b.project, '.claude'))).toEqual(['settings.json']);

    const un = await cli(b, ['uninstall', '--scope', 'project', '--dry-run']);
    expect(un.stdout).toBe('');
    expect(un.stderr).toContain('nothing to change');
  });

  it('--mode merges mode into the project config (project scope) or this user\u2019s local one (local scope)', async () => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    const configFile = join(b.project, '.claude', 'bgtelemetry.json');
    writeFileSync(configFile, '{\n  "slowThresholdSeconds": 12\n}\n');
    const run = await cli(b, ['install', '--scope', 'project', '--mode', 'enforce']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({ slowThresholdSeconds: 12, mode: 'enforce' });
    expect(existsSync(join(b.home, '.claude', 'bgtelemetry', 'config.json'))).toBe(false);

    // Local means this user's: its own file, which wins over the shared one, which stays as it was.
    const shared = readFileSync(configFile, 'utf8');
    const local = await cli(b, ['install', '--scope', 'local', '--mode', 'off']);
    expect(local.code, local.stderr).toBe(0);
    const localFile = join(b.project, '.claude', 'bgtelemetry.local.json');
    expect(local.stdout).toContain(`mode set to "off" in ${localFile}`);
    expect(readFileSync(configFile, 'utf8')).toBe(shared);
    expect(JSON.parse(readFileSync(localFile, 'utf8'))).toEqual({ mode: 'off' });
    const loaded = await loadConfig(b.project, b.env);
    expect(loaded.config.mode).toBe('off');
    expect(loaded.sources).toEqual([configFile, localFile]);
    const list = await cli(b, ['config', 'list', '--json']);
    const entries = JSON.parse(list.stdout).entries as { key: string; value: unknown; origin: string }[];
    expect(entries.find((e) => e.key === 'mode')).toEqual({ key: 'mode', value: 'off', origin: 'local file' });
  });

  it('--mode reaches the configuration the hooks load, and a bad mode is a usage error', async () => {
    const b = box();
    expect((await cli(b, ['install', '--mode', 'off'])).code).toBe(0);
    expect((await loadConfig(b.project, b.env)).config.mode).toBe('off');
    // The user file is in the data directory, which also holds the database: private.
    expect(statSync(join(b.home, '.claude', 'bgtelemetry')).mode & 0o777).toBe(0o700);
    expect(existsSync(join(b.home, '.claude', 'settings.json'))).toBe(true);
    const bad = await cli(b, ['install', '--mode', 'loud']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are suggest, auto, enforce, off');
    expect((await cli(b, ['install', '--scope', 'global'])).code).toBe(2);
  });

  it('writes the form the Claude Code version runs; switching forms replaces ours, uninstall restores the file', async () => {
    const b = box();
    mkdirSync(join(b.project, '.claude'));
    writeFileSync(b.settings, OTHER_TOOLS);
    const formsNow = () =>
      hookEntries(readFileSync(b.settings, 'utf8')).flatMap((e) => (ourHookScript(e.hook) ? [e.hook.args ? 'exec' : 'shell'] : []));

    const old = await cli(b, ['install', '--scope', 'project', '--claude-version', '2.0.77']);
    expect(old.code, old.stderr).toBe(0);
    expect(old.stdout).toContain('hook form: shell: Claude Code 2.0.77 (from --claude-version) predates exec form (2.1.139)');
    expect(formsNow()).toEqual(HOOKS.map(() => 'shell'));
    const shellText = readFileSync(b.settings, 'utf8');

    // No flag: the claude on PATH (2.1.197) decides.
    const current = await cli(b, ['install', '--scope', 'project']);
    expect(current.code, current.stderr).toBe(0);
    expect(current.stdout).toContain('updated (8)');
    expect(current.stdout).not.toContain('added');
    expect(formsNow()).toEqual(HOOKS.map(() => 'exec'));
    expect(otherCommands(readFileSync(b.settings, 'utf8'))).toEqual(commands(OTHER_TOOLS));

    expect((await cli(b, ['install', '--scope', 'project', '--hook-form', 'shell'])).code).toBe(0);
    expect(readFileSync(b.settings, 'utf8')).toBe(shellText);
    expect((await cli(b, ['install', '--scope', 'project', '--claude-version', '2.1.139'])).code).toBe(0);
    expect(formsNow()).toEqual(HOOKS.map(() => 'exec'));

    const uninstall = await cli(b, ['uninstall', '--scope', 'project']);
    expect(uninstall.stdout).toContain('Removed 8');
    expect(readFileSync(b.settings, 'utf8')).toBe(OTHER_TOOLS);
  });

  it('with no claude on PATH writes shell form, and says why', async () => {
    const b = box();
    b.env.PATH = join(root, 'empty');
    const run = await cli(b, ['install', '--scope', 'project']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'hook form: shell: no `claude` on PATH answered --version, and shell form works with every version; choose with --claude-version or --hook-form',
    );
    expect(value(readFileSync(b.settings, 'utf8')).hooks.Stop[0].hooks[0]).not.toHaveProperty('args');
  });

  it('refuses a bad version or both form flags: exit 2, nothing written', async () => {
    const b = box();
    for (const args of [
      ['--claude-version', '2.1'],
      ['--claude-version', 'latest'],
      ['--hook-form', 'bash'],
      ['--hook-form', 'exec', '--claude-version', '2.1.197'],
    ]) {
      const run = await cli(b, ['install', '--scope', 'project', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect((await cli(b, ['install', '--scope', 'project', '--claude-version', 'x'])).stderr).toContain('expected a version like 2.1.197');
    expect(existsSync(join(b.project, '.claude'))).toBe(false);
  });

  // Run as Claude Code runs them: exec form spawned directly with its args, shell form by sh.
  it.skipIf(process.platform === 'win32').each(['exec', 'shell'] as const)(
    'the written %s-form commands run: exit 0 and valid JSON (or nothing)',
    async (form) => {
      const b = box();
      const pkg = clone('installed pkg');
      // auto mode: the PreToolUse hook answers a slow command with JSON, so its output is checked too.
      expect((await cli(b, ['install', '--scope', 'local', '--mode', 'auto', '--hook-form', form], pkg)).code).toBe(0);
      const settings = value(readFileSync(join(b.project, '.claude', 'settings.local.json'), 'utf8'));
      const common = {
        session_id: 'install-test',
        transcript_path: join(b.project, 'none.jsonl'),
        cwd: b.project,
        permission_mode: 'default',
      };
      const tool = (name: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
        tool_name: name,
        tool_input: input,
        tool_use_id: 'toolu_install_1',
        ...extra,
      });
      const payloads: Record<string, Record<string, unknown>> = {
        'PreToolUse Bash': tool('Bash', { command: 'npm test', description: 'Run the tests' }),
        'PostToolUse Bash|TaskOutput|BashOutput|TaskStop|KillShell|Monitor': tool(
          'Bash',
          { command: 'npm test' },
          { tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false } },
        ),
        'PostToolUse Read': tool('Read', { file_path: join(b.project, 'README.md') }, { tool_response: { type: 'text' } }),
        'PostToolUseFailure Bash': tool('Bash', { command: 'npm test' }, { error: 'Exit code 1\nfailed', is_interrupt: false }),
        'UserPromptSubmit ': { prompt: 'run the tests' },
        'Stop ': { stop_hook_active: false },
        'SessionStart ': { source: 'startup' },
        'SessionEnd ': { reason: 'exit' },
      };
      const env = { ...b.env, CLAUDE_PROJECT_DIR: b.project };
      let runs = 0;
      for (const [event, groups] of Object.entries(settings.hooks)) {
        for (const group of groups) {
          const payload = payloads[`${event} ${group.matcher ?? ''}`];
          expect(payload, `${event} ${group.matcher}`).toBeDefined();
          const { command, args } = group.hooks[0];
          expect(Array.isArray(args)).toBe(form === 'exec');
          const [file, argv] = form === 'exec' ? [command, args!] : ['sh', ['-c', command]];
          const run = spawnSync(file, argv, {
            input: JSON.stringify({ ...common, hook_event_name: event, ...payload }),
            env,
            encoding: 'utf8',
            cwd: b.project,
          });
          expect(run.status, `${event}: ${run.stderr}`).toBe(0);
          expect(run.stderr).toBe('');
          if (run.stdout.trim()) expect(() => JSON.parse(run.stdout), run.stdout).not.toThrow();
          // The advice reached stdout: the script really ran, with this payload.
          if (event === 'PreToolUse')
            expect(JSON.parse(run.stdout)).toMatchObject({
              hookSpecificOutput: { hookEventName: 'PreToolUse', updatedInput: { run_in_background: true } },
            });
          runs++;
        }
      }
      expect(runs).toBe(HOOKS.length);
      // The hooks worked, not just exited: the store was created in the data directory.
      expect(existsSync(join(b.home, '.claude', 'bgtelemetry', 'telemetry.db'))).toBe(true);
      // The first event's Node fallback started the daemon (the default transport): stopped here.
      await stopDaemonIn(join(b.home, '.claude', 'bgtelemetry'));
    },
  );
});
