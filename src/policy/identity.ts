/**
 * The three ids every event carries (docs/telemetry.md, "Identity"): developer, machine and the
 * project's portable id. Worked out once per hook process from a few small files.
 */
import { hostname } from 'node:os';
import type { IdentitySettings } from '../config/load.js';
import { developerId } from '../runtime/developer-id.js';
import { globalGitConfigPaths, readGitConfig, remoteUrl, repositoryConfigPath, userEmail } from '../runtime/git-config.js';
import { machineId } from '../runtime/machine-id.js';
import { projectIdOf } from '../runtime/project-id.js';

export interface Identity {
  developer?: string;
  machine?: string;
  projectId: string;
}

let cached: { key: string; identity: Identity } | undefined;

/** `project` is the repository root (runtime/project.ts); git's files are read once per process. */
export function identityOf(project: string, settings: IdentitySettings, env: NodeJS.ProcessEnv): Identity {
  const key = JSON.stringify([project, settings, env.HOME, env.XDG_CONFIG_HOME, env.BGTELEMETRY_HOME, env.CLAUDE_CONFIG_DIR]);
  if (cached?.key === key) return cached.identity;
  const repository = repositoryConfigPath(project);
  const repoConfig = readGitConfig([repository]);
  // The repository's own user.email wins over the global one, as in git.
  const email = userEmail(repoConfig) ?? userEmail(readGitConfig(globalGitConfigPaths(env)));
  const id = machineId(env);
  const identity: Identity = {
    developer: developerId(settings, email),
    machine: id && settings.hostname ? `${hostname()}/${id}` : id,
    projectId: projectIdOf(project, remoteUrl(repoConfig)),
  };
  cached = { key, identity };
  return identity;
}
