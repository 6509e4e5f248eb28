/** The project a CLI command acts on: Claude Code's CLAUDE_PROJECT_DIR, else where it was run. */
export function cliProjectDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUDE_PROJECT_DIR || process.cwd();
}
