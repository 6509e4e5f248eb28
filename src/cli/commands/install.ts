/**
 * `bgtelemetry install` and `bgtelemetry uninstall`: register the hooks in a Claude Code
 * settings file, or take them out, leaving everything else in the file as it was.
 */
import { dirname, isAbsolute, join, relative } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { applyEdits, modify } from 'jsonc-parser/lib/esm/main.js';
import { missingHookScripts } from '../../admin/hooks-dir.js';
import { runBackfill } from './backfill.js';
import { MODES, validateConfigFile, type Mode } from '../../config/schema.js';
import { makeColors } from '../../console/colors.js';
import { printable } from '../../console/printable.js';
import { CliError } from '../../console/errors.js';
import { describeHook } from '../../hooks/registry.js';
import { createdByInstall, removeCreated } from '../../install/cleanup.js';
import { unifiedDiff } from '../../install/diff.js';
import { chooseHookForm, EXEC_FORM_SINCE, HOOK_FORMS, parseVersion, type FormChoice, type HookForm } from '../../install/hook-form.js';
import { stableNodePath, versionedInstall } from '../../install/node-path.js';
import { ownerFor, type OwnerOf } from '../../install/ownership.js';
import { chooseTransport, TRANSPORTS, type Transport, type TransportChoice } from '../../install/transport.js';
import { loadConfig } from '../../config/load.js';
import {
  installedHooks,
  parseObjectFile,
  planSettings,
  readIfExists,
  registrations,
  styleOf,
  writeWithBackup,
  type FoundElsewhere,
  type HookChange,
  type SettingsPlan,
} from '../../install/settings-file.js';
import {
  SETTINGS_SCOPES,
  dataDir,
  projectConfigPath,
  projectLocalConfigPath,
  settingsPath,
  userConfigPath,
  type SettingsScope,
} from '../../runtime/paths.js';

interface InstallFlags {
  scope: SettingsScope;
  backfill?: boolean;
  mode?: Mode;
  dryRun?: boolean;
  hookForm?: HookForm;
  claudeVersion?: string;
  transport?: Transport;
}

/** A file's text before and after a command, whether or not it gets written. */
interface FileChange {
  file: string;
  before: string | null;
  after: string;
  changed: boolean;
}

const SCOPE_HELP = `
Scopes (which Claude Code settings file):
  user     ~/.claude/settings.json, or $CLAUDE_CONFIG_DIR/settings.json: every project (default)
  project  .claude/settings.json in the current directory: usually committed, shared
  local    .claude/settings.local.json in the current directory: this project, only you`;

function scopeOption(): Option {
  return new Option('--scope <scope>', 'which settings file to edit').choices(SETTINGS_SCOPES).default('user');
}

/** `hooks`: the compiled hooks to register (see ProgramOptions in ../program.ts). */
export function registerInstall(program: Command, hooks: string): void {
  program
    .command('install')
    .description('register the hooks in a Claude Code settings file')
    .addOption(scopeOption())
    .addOption(new Option('--mode <mode>', 'also set the advisor mode in the bgtelemetry config of that scope').choices(MODES))
    .addOption(
      new Option(
        '--claude-version <x.y.z>',
        'write hooks for this Claude Code version (default: ask `claude --version` on PATH)',
      ).argParser(versionArgument),
    )
    .addOption(
      new Option('--hook-form <form>', 'write hook commands in this form, whatever the version')
        .choices(HOOK_FORMS)
        .conflicts('claudeVersion'),
    )
    .addOption(
      new Option(
        '--transport <transport>',
        'daemon: a bash shim to the local daemon (default without Windows); node: a Node process per event',
      ).choices(TRANSPORTS),
    )
    .option('--dry-run', 'print the changes as a unified diff; write nothing')
    .option('--backfill', 'then record past sessions from their transcripts (`bgtelemetry backfill`)')
    .addHelpText(
      'after',
      `${SCOPE_HELP}

Hook form: Claude Code 2.1.139 and later run exec-form hooks ("command" is node, "args" the
script; no shell); older versions need shell form (one "command" string run by a shell). install
asks the \`claude\` on PATH for its version (10 s at most); when none answers it writes shell form
(exec form on Windows). Installing again in the other form replaces ours in place.

Transport: by default each hook is \`bash …/dist/hooks/shim.sh <hook> <node>\`, which hands the
event to a local daemon that keeps the hooks' code warm (milliseconds instead of a Node start per
event) and runs the Node hook itself whenever the daemon cannot answer; the first event starts
the daemon. --transport node (or "transport": "node" in the config) writes \`node <hook>.cjs\`
as before; Windows, and a PATH without bash, always get node.

Only this installation's entries change: other settings, other tools' hooks and comments are
kept as they are, and so are hooks of another bgtelemetry installation that still exists (a
note says so). Hooks of an installation that is gone (their bgtelemetry directory no longer
exists) are replaced. A changed file is first copied to <file>.bgtelemetry-backup-<time>; a
new file is created 0600 (directories 0700). Installing again is safe: it does nothing.
A file with a duplicate key, or a symbolic link to a missing file, is refused.
--mode writes "mode" to ~/.claude/bgtelemetry/config.json (user scope),
.claude/bgtelemetry.json (project scope: shared) or .claude/bgtelemetry.local.json (local
scope: yours only, and it wins over the project file).

Examples:
  $ bgtelemetry install
  $ bgtelemetry install --dry-run
  $ bgtelemetry install --backfill
  $ bgtelemetry install --scope local --mode enforce
  $ bgtelemetry install --claude-version 2.0.77
  $ bgtelemetry install --hook-form exec
  $ bgtelemetry install --transport node
  $ bgtelemetry install --scope project --dry-run > bgtelemetry.diff`,
    )
    .action(async (flags: InstallFlags) => {
      const cwd = process.cwd();
      const file = settingsPath(flags.scope, cwd);
      const scripts = hooks;
      const transport = chooseTransport({ flag: flags.transport, configured: (await loadConfig(cwd)).config.transport });
      const [missing] = missingHookScripts(scripts, transport.transport === 'daemon');
      if (missing)
        throw new CliError(
          `compiled hook not found: ${join(scripts, missing)}`,
          'run `npm run build` in the bgtelemetry checkout, or install the published package',
        );
      const choice = chooseHookForm({ hookForm: flags.hookForm, claudeVersion: flags.claudeVersion });
      const node = stableNodePath();
      const ownerOf = ownerFor(scripts);
      // Both files are planned, and so checked, before either is written.
      const settings = planSettings(file, readIfExists(file), registrations(scripts, node, choice.form, transport.bash), ownerOf);
      const config = flags.mode ? planMode(MODE_FILE[flags.scope](cwd), flags.mode) : undefined;
      const changes = config ? [settings, config] : [settings];
      if (flags.dryRun) {
        process.stderr.write(howRun(choice, node, transport).join('\n') + '\n');
        return printDiffs(changes);
      }

      const c = makeColors();
      const out: string[] = [];
      if (!settings.changed) out.push(`bgtelemetry hooks are already installed in ${file} (${flags.scope} scope); nothing changed.`);
      else {
        const { backup } = writeWithBackup(file, settings.before, settings.after);
        out.push(`${c.bold('Installed')} bgtelemetry hooks in ${file} (${flags.scope} scope).`);
        out.push(backup ? `  backup: ${backup}` : '  (new file)');
      }
      out.push(
        ...list(c.green('added'), settings.added),
        ...list(c.yellow('updated'), settings.updated),
        ...list(c.yellow('removed (stale or misplaced)'), settings.removed),
        ...leftovers(settings),
      );
      if (settings.unchanged.length) out.push(`  ${c.dim('unchanged')} (${settings.unchanged.length})`);
      out.push(...howRun(choice, node, transport));
      if (config) {
        if (!config.changed) out.push(`mode is already "${flags.mode}" in ${config.file}.`);
        else {
          const { backup } = writeWithBackup(config.file, config.before, config.after);
          out.push(`mode set to "${flags.mode}" in ${config.file}${backup ? ` (backup: ${backup})` : ''}.`);
        }
      }
      out.push(...warnings(flags.scope, cwd, scripts, choice.form, ownerOf));
      out.push(
        '',
        `Next: run ${c.bold('bgtelemetry doctor')} to check the installation, then restart running Claude Code sessions (they read hooks when they start).`,
      );
      // Reading past transcripts takes a while and writes the store: only when asked.
      if (!flags.backfill)
        out.push(`History from before bgtelemetry: ${c.bold('bgtelemetry backfill')} records past sessions from their transcripts.`);
      process.stdout.write(out.join('\n') + '\n');
      if (flags.backfill) await runBackfill([], {});
    });

  program
    .command('uninstall')
    .description('remove the hooks from a Claude Code settings file (only bgtelemetry\u2019s)')
    .addOption(scopeOption())
    .option('--dry-run', 'print the changes as a unified diff; write nothing')
    .addHelpText(
      'after',
      `${SCOPE_HELP}

Removes the hooks of this installation (its compiled scripts, after symlinks), and those of
an installation that is gone, and the matcher groups they leave empty; other tools' hooks stay,
even in a shared group, and so do hooks of another bgtelemetry installation that still exists.
A settings file that install created and that is left holding nothing is removed, with the
backups that hold nothing but bgtelemetry hooks; backups of a file that existed are kept.
Your data and configuration (in ~/.claude/bgtelemetry) are kept.

Examples:
  $ bgtelemetry uninstall
  $ bgtelemetry uninstall --scope project --dry-run`,
    )
    .action((flags: InstallFlags) => {
      const cwd = process.cwd();
      const file = settingsPath(flags.scope, cwd);
      const ownerOf = ownerFor(hooks);
      const settings = planSettings(file, readIfExists(file), [], ownerOf);
      if (flags.dryRun) return printDiffs([settings]);
      const c = makeColors();
      const out: string[] = [];
      if (!settings.changed) out.push(`no bgtelemetry hooks of this installation in ${file} (${flags.scope} scope); nothing changed.`);
      else {
        out.push(`${c.bold('Removed')} ${settings.removed.length} bgtelemetry hook(s) from ${file} (${flags.scope} scope).`);
        out.push(...removeFrom(settings));
        out.push(...list(c.red('removed'), settings.removed));
      }
      out.push(...leftovers(settings));
      out.push(
        ...elsewhere(flags.scope, cwd, file, ownerOf).map(
          (other) =>
            `note: bgtelemetry hooks are still registered in ${other.file}; remove them with \`bgtelemetry uninstall --scope ${other.scope}\``,
        ),
      );
      if (settings.changed)
        out.push(`Your data and configuration in ${dataDir()} are kept. Restart running Claude Code sessions to stop the hooks there.`);
      process.stdout.write(out.join('\n') + '\n');
    });
}

function versionArgument(value: string): string {
  const version = parseVersion(value);
  if (!version || version !== value.trim().replace(/^v/, '')) throw new InvalidArgumentError('expected a version like 2.1.197');
  return version;
}

/** The form and the node written, and why: both decide whether the hooks start at all. */
function howRun(choice: FormChoice, node: string, transport: TransportChoice): string[] {
  const lines = [`  transport: ${transport.transport}: ${transport.why}`, `  hook form: ${choice.form}: ${choice.why}`];
  const left = versionedInstall(process.execPath);
  lines.push(
    node !== process.execPath && left
      ? `  node: ${node} (the same binary as ${process.execPath}, which is deleted by ${left.removedBy})`
      : `  node: ${node}`,
  );
  const install = versionedInstall(node);
  if (install) {
    lines.push(
      `note: ${node} is in a ${install.manager} directory for one Node version, deleted by ${install.removedBy}; the hooks then fail to start. No path on PATH outside it leads to this node: add one (Homebrew: its bin directory) and install again, or install again after each Node upgrade`,
    );
  }
  return lines;
}

function list(label: string, hooks: HookChange[]): string[] {
  return hooks.length ? [`  ${label} (${hooks.length}):`, ...hooks.map((h) => `    ${printable(describeHook(h))}`)] : [];
}

/** Diffs on stdout, so they can be saved or piped to `patch`; the note on stderr. */
function printDiffs(changes: FileChange[]): void {
  // Settings files hold other tools' hook commands: shown, never run by the terminal.
  const diff = printable(changes.map((ch) => unifiedDiff(ch.before, ch.after, ch.file, ch.file)).join(''), { layout: true });
  process.stdout.write(diff);
  process.stderr.write(
    diff ? 'dry run: nothing was written\n' : `dry run: nothing to change in ${changes.map((ch) => ch.file).join(' or ')}\n`,
  );
}

/** Where `install --mode` writes, per scope: local means this user's file only. */
const MODE_FILE: Record<SettingsScope, (cwd: string) => string> = {
  user: () => userConfigPath(),
  project: projectConfigPath,
  local: projectLocalConfigPath,
};

/**
 * Writes an uninstall's result: the file with a backup, or, when install created it and it is
 * left holding nothing, no file at all (cleanup.ts). The lines say what happened.
 */
function removeFrom(settings: SettingsPlan): string[] {
  const created = createdByInstall(settings.file, settings.after);
  if (!created) return [`  backup: ${writeWithBackup(settings.file, settings.before, settings.after).backup}`];
  if (readIfExists(settings.file) !== settings.before)
    throw new CliError(`${settings.file} changed while bgtelemetry was editing it`, 'run the command again; the file was not changed');
  removeCreated(created);
  return [
    `  removed ${settings.file}: install created it, and nothing else is in it`,
    ...created.backups.map((b) => `  removed backup ${b} (it held only bgtelemetry hooks)`),
  ];
}

/** Hooks named like ours that were not ours to change, and those of an installation that is gone. */
function leftovers(settings: SettingsPlan): string[] {
  const dirs = (hooks: FoundElsewhere[]) => [...new Set(hooks.map((h) => dirname(h.path)))].join(', ');
  const lines: string[] = [];
  if (settings.stale.length)
    lines.push(
      `  ${settings.stale.length} of them ran scripts of a bgtelemetry installation that no longer exists (${dirs(settings.stale)})`,
    );
  if (settings.foreign.length)
    lines.push(
      `note: ${settings.foreign.length} hook(s) in ${settings.file} run scripts named like bgtelemetry's from ${dirs(settings.foreign)}, not this installation; left as they are. If that is another bgtelemetry, each hook runs twice: remove them with its own \`bgtelemetry uninstall\`, or by hand`,
    );
  return lines;
}

/** Other scopes' settings files that register our hooks too (a file two scopes share counts once). */
function elsewhere(scope: SettingsScope, cwd: string, file: string, ownerOf: OwnerOf): { scope: SettingsScope; file: string }[] {
  return SETTINGS_SCOPES.filter((s) => s !== scope)
    .map((s) => ({ scope: s, file: settingsPath(s, cwd) }))
    .filter((other) => other.file !== file && installedHooks(other.file, ownerOf).length > 0);
}

function warnings(scope: SettingsScope, cwd: string, scripts: string, form: HookForm, ownerOf: OwnerOf): string[] {
  const notes = elsewhere(scope, cwd, settingsPath(scope, cwd), ownerOf).map(
    (other) =>
      `note: bgtelemetry hooks are also registered in ${other.file}: unless the commands are identical, each hook runs twice; remove one with \`bgtelemetry uninstall --scope ${other.scope}\``,
  );
  // npm may clear its npx cache at any time, and the hooks would then fail to start.
  if (/[\\/]_npx[\\/]/.test(scripts))
    notes.push(
      'note: these hooks run from the npx cache, which npm may clear; install the package (npm install -g bgtelemetry) and run `bgtelemetry install` again',
    );
  const inside = relative(cwd, scripts);
  if (scope === 'project' && (inside.startsWith('..') || isAbsolute(inside))) {
    notes.push(
      'note: .claude/settings.json is usually committed, and these absolute paths exist on this machine only; for yourself alone, use --scope local',
    );
  }
  if (scope === 'project' && form === 'exec')
    notes.push(`note: exec-form hooks need Claude Code ${EXEC_FORM_SINCE} or later for everyone who uses this project's settings`);
  return notes;
}

/**
 * Sets `mode` in a bgtelemetry config file, keeping its other keys. The loader reads it with
 * JSON.parse, so it must be plain JSON; the result must still validate, since a config file
 * with a problem is ignored as a whole.
 */
function planMode(file: string, mode: Mode): FileChange {
  const before = readIfExists(file);
  const text = before === null || before.trim() === '' ? '{}\n' : before;
  parseObjectFile(text, file, { disallowComments: true });
  const { eol, unit } = styleOf(text);
  const formattingOptions = { insertSpaces: unit !== '\t', tabSize: unit === '\t' ? 1 : unit.length, eol };
  const after = applyEdits(text, modify(text, ['mode'], mode, { formattingOptions }));
  const result = validateConfigFile(JSON.parse(after));
  if (!result.ok)
    throw new CliError(
      `${file}: ${result.problems[0]}`,
      'bgtelemetry ignores a config file with a problem, and so would ignore the mode; fix it, then run install again; nothing was changed',
    );
  return { file, before, after, changed: after !== before };
}
