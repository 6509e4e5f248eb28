/**
 * Who a developer is in the telemetry: the display name they configured, else a hash of git's
 * user.email (the default: no address is stored unless `identity.hash` is false).
 */
import { createHash } from 'node:crypto';

export interface DeveloperSettings {
  /** Configured display name (`identity.name`): recorded as is. */
  name?: string;
  /** Record a hash of the e-mail address rather than the address (`identity.hash`, default true). */
  hash: boolean;
}

/** The first 12 hex digits of the SHA-256 of the address, trimmed and lower-cased: the same address gives the same id everywhere. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12);
}

export function developerId(settings: DeveloperSettings, email: string | undefined): string | undefined {
  const name = settings.name?.trim();
  if (name) return name;
  if (!email?.trim()) return undefined;
  return settings.hash ? emailHash(email) : email.trim().toLowerCase();
}
