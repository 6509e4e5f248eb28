/**
 * `bgtelemetry demo`: replays a recorded session through the compiled hooks, as Claude Code
 * would call them, with a throw-away data directory, and prints what the model was told.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { MODES } from '../../config/schema.js';
import { makeColors, type Colors } from '../../console/colors.js';
import { printable } from '../../console/printable.js';
import { CliError, EXIT } from '../../console/errors.js';
import { oneLine } from '../../console/table.js';
import { RECORDINGS } from '../../demo/recordings.js';
import { parseRecording, replay, type HookRun } from '../../demo/replay.js';
import { buildReport } from '../../report/build.js';
import { resolveRange } from '../../report/range.js';
import { renderText } from '../../report/table.js';
import { openDatabase, type DB } from '../../store/open.js';
import { writeJson } from '../output.js';

interface DemoFlags {
  recording: string;
  mode?: string;
  json?: boolean;
  keep?: boolean;
}

export function registerDemo(program: Command, hooksDir: string): void {
  program
    .command('demo')
    .description('replay a recorded Claude Code session through the hooks and show what the model is told')
    .option('--recording <name>', `which recording: ${Object.keys(RECORDINGS).join(', ')}`, 'demo')
    .option('--mode <mode>', `advisor mode for the replay: ${MODES.join(', ')}`)
    .option('--json', 'print every hook run (payload, exit code, output) as JSON')
    .option('--keep', 'keep the temporary data directory and print its path')
    .addHelpText(
      'after',
      `
Nothing outside a fresh temporary directory is read or written: your settings, database and
configuration are untouched.

Examples:
  $ bgtelemetry demo
  $ bgtelemetry demo --mode enforce
  $ bgtelemetry demo --recording claude-code-2.0.77`,
    )
    .action(async (flags: DemoFlags) => {
      const recording = RECORDINGS[flags.recording];
      if (!recording)
        throw new CliError(`unknown recording "${flags.recording}"`, `choose one of: ${Object.keys(RECORDINGS).join(', ')}`, EXIT.usage);
      if (flags.mode && !(MODES as readonly string[]).includes(flags.mode))
        throw new CliError(`--mode: expected one of ${MODES.join(', ')}, got "${flags.mode}"`, undefined, EXIT.usage);
      const home = mkdtempSync(join(tmpdir(), 'bgtelemetry-demo-'));
      const project = join(home, 'project');
      const transcript = join(home, 'transcript.jsonl');
      mkdirSync(project);
      // Only our own variables change; everything else is the environment hooks normally see.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        BGTELEMETRY_HOME: join(home, 'data'),
        CLAUDE_CONFIG_DIR: join(home, 'claude'),
        CLAUDE_PROJECT_DIR: project,
      };
      delete env.BGTELEMETRY_DB;
      if (flags.mode) env.BGTELEMETRY_MODE = flags.mode;
      else delete env.BGTELEMETRY_MODE;
      const c = makeColors();
      if (!flags.json) {
        process.stdout.write(`${c.bold('bgtelemetry demo')}: ${recording.title}\n`);
        process.stdout.write(c.dim(`mode ${flags.mode ?? 'suggest'}; data in a temporary directory${flags.keep ? `: ${home}` : ''}\n\n`));
      }
      let step = 0;
      try {
        const runs = await replay(parseRecording(recording.text), {
          hooksDir,
          env,
          transcriptPath: transcript,
          rewrite: (p) => ({ ...p, cwd: project, transcript_path: transcript }),
          onRun: flags.json ? undefined : (run) => process.stdout.write(describe(run, ++step, c)),
          onUnhandled: flags.json ? undefined : (p) => process.stdout.write(context(p, c)),
        });
        if (flags.json) writeJson(runs);
        const broken = runs.filter((r) => r.exitCode !== 0 || (r.stdout.trim() && !r.output));
        if (broken.length)
          throw new CliError(`${broken.length} hook run(s) broke the contract (non-zero exit or invalid JSON)`, 'run `bgtelemetry doctor`');
        if (!flags.json) {
          process.stdout.write(c.dim(`\n${runs.length} hook runs, all exited 0 with valid output.\n`));
          process.stdout.write(reportOf(join(home, 'data', 'telemetry.db'), c));
        }
      } finally {
        if (!flags.keep) rmSync(home, { recursive: true, force: true });
      }
    });
}

/** The report a team lead would read for this session, from the temporary database. */
function reportOf(path: string, c: Colors): string {
  let db: DB;
  try {
    db = openDatabase(path, { busyTimeoutMs: 1000, readonly: true });
  } catch {
    return '';
  }
  try {
    const now = Date.now();
    const range = resolveRange({ since: '1d' }, now);
    const report = buildReport([{ path, db }], { ...range, by: 'day', project: null, session: null, now });
    return '\n' + renderText(report, c, process.stdout.columns || 100);
  } finally {
    db.close();
  }
}

/** Events no hook handles yet still show where the session is: the user's prompt, the end. */
function context(p: Record<string, unknown>, c: Colors): string {
  if (p.hook_event_name === 'UserPromptSubmit' && typeof p.prompt === 'string') return c.cyan(`    user: ${oneLine(p.prompt, 90)}\n`);
  if (p.hook_event_name === 'Stop') return c.dim('    (the model ends its turn)\n');
  return '';
}

function describe(run: HookRun, n: number, c: Colors): string {
  const p = run.payload;
  const input = (p.tool_input ?? {}) as Record<string, unknown>;
  const id = input.task_id ?? input.shell_id ?? input.bash_id ?? input.file_path;
  const what =
    typeof input.command === 'string' ? oneLine(input.command, 70) : p.tool_name ? `${String(p.tool_name)} ${String(id ?? '')}`.trim() : '';
  const bg = input.run_in_background === true ? c.blue(' [run_in_background]') : '';
  const lines = [`${String(n).padStart(2)}  ${c.bold(run.event.padEnd(18))} ${what}${bg}  ${c.dim(`${run.ms.toFixed(0)} ms`)}`];
  const out = (run.output?.hookSpecificOutput ?? {}) as Record<string, unknown>;
  if (out.permissionDecision === 'deny')
    lines.push(`    ${c.red('blocked; the model is told:')} ${printable(String(out.permissionDecisionReason))}`);
  if (out.updatedInput) lines.push(`    ${c.yellow(`rewritten to run_in_background: true (permission: ${out.permissionDecision})`)}`);
  if (typeof out.additionalContext === 'string') lines.push(`    ${c.green('the model is told:')} ${printable(out.additionalContext)}`);
  return lines.join('\n') + '\n';
}
