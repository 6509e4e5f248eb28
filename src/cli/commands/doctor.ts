/** `bgtelemetry doctor`: checks the whole setup and says what to do about each problem. */
import type { Command } from 'commander';
import { runDoctor, type Section } from '../../admin/doctor/index.js';
import { cliProjectDir } from '../../admin/project-dir.js';
import { makeColors, type Colors } from '../../console/colors.js';
import { EXIT } from '../../console/errors.js';
import { printable } from '../../console/printable.js';
import { jsonOption } from '../flags.js';
import { writeJson } from '../output.js';

export function registerDoctor(program: Command, hooksDir: string): void {
  const cmd = program
    .command('doctor')
    .description(
      'check Node, hook registration, plugin copies, the SQLite binding, a real hook run, configuration, data directory, database, spool, fallback spool and errors; say how to fix each problem',
    );
  jsonOption(cmd);
  cmd.option('--no-timing', 'skip timing each hook\u2019s start-up (three runs of each hook, a second or two)');
  cmd
    .addHelpText(
      'after',
      `
Checks, in order: the Node.js the hooks run with; which settings files (user, project, local,
managed) register the hooks and whether their scripts exist; each installed, enabled copy of the
bgtelemetry Claude Code plugin (its hook scripts, its node_modules, its SQLite binding, one hook
run); the SQLite binding as the hooks load it, with each Node they run; one compiled hook run end
to end in a throw-away data directory (exit 0, clean output, the call recorded, nothing logged or
spooled); configuration files; whether the data directory can be written (and if not, which
way: a parent it cannot create, a file in its place, a dangling symlink, a loop, permissions, a
full disk); the database
(permissions 0700/0600, SQLite quick_check, schema version, rows); the spool (why events wait,
whether it is full; they are replayed now); the fallback spool (events kept outside an unusable
data directory; replayed once it is usable); databases moved aside as corrupt; the hooks' error
log; each hook's start-up time (not with --no-timing). Problems the hooks record only once (no binding, a full spool, an unusable data directory)
are forgotten once solved, so a new occurrence is recorded again.

Exit codes: 0 nothing wrong, 1 at least one problem (each comes with what to do).

Examples:
  $ bgtelemetry doctor
  $ bgtelemetry doctor --no-timing
  $ bgtelemetry doctor --json | jq '.sections[] | select(.problems | length > 0)'
  $ CLAUDE_PROJECT_DIR=~/src/app bgtelemetry doctor`,
    )
    .action(async (flags: { json?: boolean; timing: boolean }) => {
      const sections = await runDoctor({ env: process.env, projectDir: cliProjectDir(), hooksDir, timing: flags.timing });
      const problems = sections.reduce((n, s) => n + s.problems.length, 0);
      if (flags.json) writeJson({ ok: problems === 0, problems, sections });
      else process.stdout.write(render(sections, problems, makeColors()));
      process.exitCode = problems ? EXIT.problem : EXIT.ok;
    });
}

function render(sections: Section[], problems: number, c: Colors): string {
  // Symbols only where colour is on: piped or NO_COLOR output says it in words.
  const fancy = c.level > 0;
  const ok = fancy ? c.green('✓') : 'ok     ';
  const bad = fancy ? c.red('✗') : 'problem';
  const pad = fancy ? '  ' : '         ';
  const out: string[] = [];
  for (const s of sections) {
    out.push(`${s.problems.length ? bad : ok} ${c.bold(printable(s.title))}`);
    for (const f of s.facts) out.push(`${pad}${c.dim(printable(f))}`);
    for (const p of s.problems) {
      out.push(`${pad}${fancy ? c.red('✗ ') : 'problem: '}${printable(p.text)}`);
      for (const d of p.details ?? []) out.push(`${pad}    ${printable(d)}`);
      if (p.fix) out.push(`${pad}${fancy ? c.cyan('→ ') : 'fix: '}${printable(p.fix)}`);
    }
  }
  out.push('', problems ? c.red(`${problems} problem${problems === 1 ? '' : 's'} found.`) : c.green('No problems found.'));
  return out.join('\n') + '\n';
}
