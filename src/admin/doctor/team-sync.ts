/**
 * The team sync the hooks start (store/background-sync.ts): configured or not, what the hooks
 * run, the last attempt (time, rows, error) and the backoff a failure set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config/load.js';
import { maskUrl } from '../../privacy/url-password.js';
import { backoffMs, readSyncState, runningSync } from '../../store/background-sync.js';
import { section, type Section } from './section.js';

export function checkTeamSync(database: string, team: Config['team'], hooksDir: string, env: NodeJS.ProcessEnv, now = Date.now()): Section {
  const s = section('Team sync');
  const url = env.BGTELEMETRY_TEAM_URL || team.url;
  if (!url) {
    s.facts.push('no team store configured (team.url, BGTELEMETRY_TEAM_URL): nothing leaves this machine');
    return s;
  }
  s.facts.push(
    `${maskUrl(url)}: Stop hooks start a sync at most every ${team.syncIntervalMinutes} min, SessionEnd hooks at each session's end`,
  );
  if (existsSync(join(hooksDir, '..', 'cli.mjs'))) s.facts.push(`these hooks run ${join(hooksDir, '..', 'cli.mjs')} sync`);
  if (team.syncCommand) s.facts.push(`hooks without a CLI beside them (the plugin) run: ${team.syncCommand.join(' ')} sync`);
  else s.facts.push('the plugin\u2019s hooks start no sync: it ships no CLI (set team.syncCommand, e.g. ["npx", "bgtelemetry"])');
  const pid = runningSync(database, now);
  if (pid !== null) s.facts.push(`a sync is running${pid ? ` (pid ${pid})` : ''}`);
  const last = readSyncState(database);
  if (!last) s.facts.push('no sync has run yet');
  else if (last.ok) s.facts.push(`last sync ${new Date(last.at).toISOString()}: ${last.rows ?? 0} rows pushed`);
  else {
    const retry = new Date(last.at + backoffMs(last.failures)).toISOString();
    s.problems.push({
      text: `last sync ${new Date(last.at).toISOString()} failed (${last.failures} in a row): ${last.error ?? 'unknown error'}`,
      fix: `hooks retry after ${retry} (the wait doubles per failure, up to an hour); \`bgtelemetry sync\` retries now and says more`,
    });
  }
  return s;
}
