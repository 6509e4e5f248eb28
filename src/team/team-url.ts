/**
 * The team store's connection URL: --url, else BGTELEMETRY_TEAM_URL, else config `team.url`.
 * Passwords come from libpq's means (PGPASSWORD, ~/.pgpass) or the URL itself, and are never
 * shown: every message that may hold the URL goes through maskSecrets().
 */
import { maskUrl } from '../privacy/url-password.js';

export { maskUrl };

export function teamUrl(given: string | undefined, env: NodeJS.ProcessEnv, configured: string | undefined): string | undefined {
  return given || env.BGTELEMETRY_TEAM_URL || configured || undefined;
}

/** A message with every secret the URL or the environment holds replaced by ***. */
export function maskSecrets(text: string, url: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text.split(url).join(maskUrl(url));
  const secrets = [passwordOf(url), env.PGPASSWORD].filter((s): s is string => !!s && s.length >= 3);
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

function passwordOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
