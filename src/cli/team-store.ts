/** The team store as CLI commands reach it (sync, team setup, report --team): its URL, a connection, errors as one masked line. */
import type pg from 'pg';
import { loadConfig } from '../config/load.js';
import { CliError, EXIT } from '../console/errors.js';
import { connectTeamStore, TeamStoreError } from '../team/sync.js';
import { maskSecrets, maskUrl, teamUrl } from '../team/team-url.js';

/** `given` (--url), else BGTELEMETRY_TEAM_URL, else config team.url; none: exit 2. */
export async function resolveUrl(given: string | undefined): Promise<string> {
  const { config } = await loadConfig(process.env.CLAUDE_PROJECT_DIR || process.cwd(), process.env);
  const url = teamUrl(given, process.env, config.team.url);
  if (!url)
    throw new CliError(
      'no team store configured',
      'pass --url, set BGTELEMETRY_TEAM_URL, or `bgtelemetry config set team.url …`',
      EXIT.usage,
    );
  return url;
}

/**
 * Connects, runs, disconnects; any failure becomes one line with the URL masked, exit 1, and
 * `hint` (what the failure means for this command) unless the store has no usable schema.
 */
export async function withTeamStore<T>(
  url: string,
  hint: string,
  run: (client: pg.Client) => Promise<T>,
  applicationName?: string,
): Promise<T> {
  let client: pg.Client | undefined;
  try {
    client = await connectTeamStore(url, { applicationName });
    return await run(client);
  } catch (error) {
    const message = maskSecrets(error instanceof Error ? error.message || String(error) : String(error), url);
    throw new CliError(
      `team store ${maskUrl(url)}: ${message}`,
      error instanceof TeamStoreError ? 'the lead runs `bgtelemetry team setup` (docs/team.md)' : hint,
    );
  } finally {
    await client?.end().catch(() => {});
  }
}
