/**
 * The "Background Execution Protocol" for a project's CLAUDE.md: how to run slow work in the
 * background and check on it, with today's tools (TaskOutput, Read of the output file, TaskStop,
 * task notifications; BashOutput and KillShell on older Claude Code). Appending is idempotent:
 * the marker comment shows it is there.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { readRegularFile } from '../runtime/regular-file.js';

export const PROTOCOL_MARKER = '<!-- bgtelemetry:protocol -->';

export const PROTOCOL_SECTION = `${PROTOCOL_MARKER}
## Background Execution Protocol

Slow shell commands block the session while they run. Run them in the background and keep working.

### Run in the background

- Test suites, builds, installs, migrations, long scripts: anything likely to take more than
  about 5 seconds (\`pytest\`, \`npm test\`, \`cargo build\`, \`npm install\`, \`make\`).
- Anything that never exits by itself: dev servers, watchers, \`tail -f\`.

Start it with the Bash tool's \`run_in_background: true\`. The result names the task and the file
its output goes to; go on with other work (read code, write code, write docs).

### Independent commands run in parallel

When slow commands do not depend on each other (unit tests, lint, type check), start each with
\`run_in_background: true\` in the same message: they run side by side. Then check each once.

### Check once; do not poll

- Claude Code tells you when a background task finishes. Until you need its result, do other work.
- When you need it, read its output file (Read), or use TaskOutput (\`block: true\` waits for it to
  finish). On older Claude Code versions: BashOutput.
- Check when there is something to see: no checking in a loop, no \`sleep\` to wait.
- Read every task's result before you report the work as done.
- Stop what you no longer need with TaskStop (KillShell on older versions), dev servers included.

### Keep in the foreground

- Fast commands (a few seconds at most): \`git status\`, \`ls\`, \`cat\`.
- A command whose result decides the next step (\`git status\` before \`git add\`).
- Steps that must finish before the next starts (install before build, build before test): chain
  them in one background command (\`npm ci && npm test\`), or wait for the first task to finish.
- Interactive commands (\`git rebase -i\`, \`vim\`): they would hang; use a non-interactive form.
- Shell state changes (\`cd\`, \`export\`, \`source\`): in the background the change is lost.
`;

export type AppendOutcome = 'created' | 'appended' | 'already-present';

/** CLAUDE.md files are small; the bound keeps a runaway file from being read whole. */
const MAX_INSTRUCTIONS_BYTES = 16 * 1024 * 1024;

/** The file's text, or null when it does not exist; a FIFO or a directory is refused (FileRefusedError). */
function readExisting(file: string): string | null {
  try {
    return readRegularFile(file, MAX_INSTRUCTIONS_BYTES).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function appendProtocol(file: string): AppendOutcome {
  const text = readExisting(file);
  if (text === null) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, PROTOCOL_SECTION, { mode: 0o644 });
    return 'created';
  }
  if (text.includes(PROTOCOL_MARKER)) return 'already-present';
  const separator = text === '' ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  writeFileAtomic(file, text + separator + PROTOCOL_SECTION);
  return 'appended';
}
