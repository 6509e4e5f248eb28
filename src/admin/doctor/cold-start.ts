/**
 * How long each compiled hook takes to start and exit with nothing to do (an empty stdin), the
 * part of every hook call that no advice logic can avoid, next to a bare `node -e 0`. Runs in a
 * throw-away data directory, so measuring writes nothing of the user's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOOK_SCRIPTS } from '../../hooks/registry.js';
import { cacheState, codeCacheDir, codeCachePath } from '../../runtime/code-cache.js';
import { missingHookScripts } from '../hooks-dir.js';
import { section, type Section } from './section.js';

const RUNS = 3;
/**
 * Above this a Bash call visibly waits on the hook (PreToolUse runs before every one); and only
 * when bare Node is much faster, so a machine that is merely busy is not blamed on the hooks.
 */
const SLOW_MS = 1000;
const SLOW_FACTOR = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

interface Timing {
  ms: number;
  status: number | null;
  stderr: string;
}

function time(args: string[], env: NodeJS.ProcessEnv): Timing {
  const runs: Timing[] = [];
  for (let k = 0; k < RUNS; k++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { input: '', env, encoding: 'utf8', timeout: 10_000 });
    runs.push({ ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stderr: r.stderr ?? '' });
  }
  return {
    ms: median(runs.map((r) => r.ms)),
    status: runs.find((r) => r.status !== 0)?.status ?? 0,
    stderr: runs.map((r) => r.stderr).join(''),
  };
}

/** `timing` false (doctor --no-timing): nothing is run or checked (the cache check needs the runs: they warm it). */
export function checkColdStart(hooksDir: string, env: NodeJS.ProcessEnv, timing = true): Section {
  const s = section('Hook start-up');
  if (missingHookScripts(hooksDir).length) {
    s.problems.push({
      text: `the compiled hooks are missing from ${hooksDir}`,
      fix: 'build them: npm run build (in the bgtelemetry checkout)',
    });
    return s;
  }
  if (!timing) {
    s.facts.push('not timed, code cache not checked (--no-timing)');
    return s;
  }
  const home = mkdtempSync(join(tmpdir(), 'bgt-doctor-'));
  try {
    // A throw-away database, but the user's own code cache: these runs warm it.
    const cache = env.BGTELEMETRY_CODE_CACHE === 'off' ? 'off' : codeCacheDir(hooksDir, env);
    const quiet = { ...env, BGTELEMETRY_HOME: home, BGTELEMETRY_DB: join(home, 'telemetry.db'), BGTELEMETRY_CODE_CACHE: cache };
    const baseline = time(['-e', '0'], quiet).ms;
    s.facts.push(`node -e 0: ${Math.round(baseline)} ms (median of ${RUNS}, for comparison)`);
    for (const script of HOOK_SCRIPTS) {
      const t = time([join(hooksDir, script)], quiet);
      s.facts.push(`${script}: ${Math.round(t.ms)} ms`);
      if (t.status !== 0 || t.stderr) {
        s.problems.push({
          text: `${script} exits with ${t.status}${t.stderr ? ` and writes to stderr: ${t.stderr.trim().split('\n')[0]}` : ''}; Claude Code shows that as a hook error`,
          fix: 'rebuild the hooks (npm run build); if it persists, report it with this output',
        });
      } else if (t.ms > SLOW_MS && t.ms > SLOW_FACTOR * baseline) {
        s.problems.push({
          text: `${script} takes ${Math.round(t.ms)} ms just to start`,
          fix: 'something slows process start-up here (a slow or network disk, antivirus scanning node_modules): compare with node -e 0 above',
        });
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  checkCodeCache(hooksDir, env, s);
  return s;
}

/**
 * Whether each hook starts from V8's code cache (the timings above ran every hook, and a run
 * that finds no usable cache writes one): without it every call compiles its bundle, 5-10 ms.
 */
function checkCodeCache(hooksDir: string, env: NodeJS.ProcessEnv, s: Section): void {
  const dir = codeCacheDir(hooksDir, env);
  let bundles: Record<string, { bundle: string; hash: string }>;
  try {
    bundles = JSON.parse(readFileSync(join(hooksDir, 'bundles.json'), 'utf8'));
  } catch {
    s.problems.push({
      text: `${join(hooksDir, 'bundles.json')} is missing or unreadable, so the code cache cannot be checked`,
      fix: 'rebuild the hooks: npm run build (in the bgtelemetry checkout)',
    });
    return;
  }
  const unused = HOOK_SCRIPTS.filter((script) => {
    const entry = bundles[script];
    return !entry || cacheState(join(hooksDir, entry.bundle), codeCachePath(dir, entry.bundle, entry.hash)) !== 'used';
  });
  if (unused.length === 0) {
    s.facts.push(`code cache: used by every hook (${dir}, Node ${process.version})`);
    return;
  }
  s.problems.push({
    text: `no usable code cache for ${unused.join(', ')} in ${dir}: each call compiles the hook's code first (5-10 ms)`,
    fix: `the hooks write it into ${dir} on their first run: make that directory writable by the user who runs Claude Code, or set BGTELEMETRY_CODE_CACHE to a directory that is`,
  });
}
