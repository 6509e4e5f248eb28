/** `bgtelemetry config`: show the effective configuration, read one key, change one key. */
import type { Command } from 'commander';
import { configKeys } from '../../admin/config-keys.js';
import { configView, overridesSet, type ConfigEntry } from '../../admin/config-view.js';
import { ConfigFileError, ConfigKeyError, parseValue, setConfigValue } from '../../admin/config-write.js';
import { cliProjectDir } from '../../admin/project-dir.js';
import { makeColors } from '../../console/colors.js';
import { CliError, EXIT } from '../../console/errors.js';
import { printable } from '../../console/printable.js';
import { oneLine, textTable, type TextColumn } from '../../console/table.js';
import { overrideOf } from '../../runtime/env-overrides.js';
import { projectConfigPath, userConfigPath } from '../../runtime/paths.js';
import { jsonOption } from '../flags.js';
import { writeJson } from '../output.js';

const SEE_KEYS = '`bgtelemetry config list` shows every key; docs/configuration.md explains them';

export function registerConfig(program: Command): void {
  const config = program
    .command('config')
    .description('show or change the configuration (user file, project file)')
    .addHelpText(
      'after',
      `
Sources, later ones win: defaults, the user file (${userConfigPath()}),
the project file (<project>/.claude/bgtelemetry.json), your local file for the project
(<project>/.claude/bgtelemetry.local.json), environment variables.
\`set\` validates the whole file before writing it; \`list\` and \`get\` show effective values.

Exit codes: 0 done, 1 a configuration file is broken (fix it first), 2 unknown key or bad value.

Examples:
  $ bgtelemetry config list
  $ bgtelemetry config get nudges.uncheckedMax
  $ bgtelemetry config set mode auto
  $ bgtelemetry config set slowThresholdSeconds 10 --project
  $ bgtelemetry config set patterns '[{"program":"make","args":["e2e"],"effect":"work","estimateSeconds":240}]'`,
    );

  jsonOption(config.command('list').description('every key: its effective value and where it comes from')).action(
    async (flags: { json?: boolean }) => {
      const view = await configView(cliProjectDir());
      if (flags.json) return writeJson({ entries: view.entries, files: view.files, problems: view.loaded.problems });
      const c = makeColors();
      const columns: TextColumn<ConfigEntry>[] = [
        { title: 'key', get: (e) => e.key, left: true },
        { title: 'value', get: (e) => oneLine(show(e), 70), left: true },
        { title: 'origin', get: (e) => e.origin, left: true, paint: (s) => c.dim(s) },
      ];
      for (const line of textTable(c, columns, view.entries, { titles: false })) process.stdout.write(`${line}\n`);
      process.stdout.write(
        c.dim(
          `\nuser file: ${printable(view.files.user)}\nproject file: ${printable(view.files.project)}\nlocal file: ${printable(view.files.local)}\n`,
        ),
      );
      for (const set of overridesSet(process.env)) process.stdout.write(c.dim(`environment: ${printable(set)}\n`));
      for (const p of view.loaded.problems) process.stdout.write(c.red(`ignored: ${printable(p)}\n`));
    },
  );

  config
    .command('get')
    .description('print the effective value of one key (dotted, like nudges.uncheckedMax)')
    .argument('<key>')
    .action(async (key: string) => {
      const { leaves, branches } = configKeys();
      if (!leaves.includes(key) && !branches.includes(key)) throw new CliError(`${key}: unknown key`, SEE_KEYS, EXIT.usage);
      const { entries } = await configView(cliProjectDir());
      const value = branches.includes(key)
        ? Object.fromEntries(entries.filter((e) => e.key.startsWith(key + '.')).map((e) => [e.key.slice(key.length + 1), e.value]))
        : entries.find((e) => e.key === key)?.value;
      process.stdout.write((typeof value === 'string' ? printable(value) : JSON.stringify(value, null, 2)) + '\n');
    });

  config
    .command('set')
    .description('set one key in the user file (or the project file with --project)')
    .argument('<key>', 'dotted key, like nudges.uncheckedMax')
    .argument('<value>', 'JSON (3, true, ["a"]) or, when it is not JSON, a string (auto)')
    .option('--project', 'write the project file (<project>/.claude/bgtelemetry.json) instead of the user file')
    .action((key: string, text: string, flags: { project?: boolean }) => {
      const file = flags.project ? projectConfigPath(cliProjectDir()) : userConfigPath();
      const value = parseValue(text);
      try {
        setConfigValue(file, key, value, !flags.project);
      } catch (error) {
        if (error instanceof ConfigKeyError) throw new CliError(error.message, SEE_KEYS, EXIT.usage);
        if (error instanceof ConfigFileError) throw new CliError(error.message, 'bgtelemetry config list names every problem');
        throw error;
      }
      process.stdout.write(`set ${key} = ${JSON.stringify(value)} in ${file}\n`);
      const overriding = overrideOf(key);
      if (overriding && process.env[overriding])
        process.stdout.write(`note: ${overriding} is set in this environment and wins over the file\n`);
    });
}

function show(e: ConfigEntry): string {
  if (e.key === 'patterns') return `${(e.value as unknown[]).length} rows`;
  if (e.value === undefined) return '';
  return typeof e.value === 'string' ? e.value : JSON.stringify(e.value);
}
