/**
 * Short-lived per-session files that pass facts between hook processes: one file per Bash call
 * in flight (written by PreToolUse, removed by PostToolUse), and markers for advice already
 * given. One small file per fact, so parallel hook processes never write the same file.
 * Every write is best effort: a hook that cannot write its state still gives its advice.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionStateDir } from '../runtime/paths.js';

export interface InFlight {
  toolUseId: string;
  startedAt: number;
  signature: string;
  verdict: string;
  background: boolean;
  /** Advice held back for PostToolUse: Claude Code 2.0.x drops PreToolUse context. */
  deferredAdvice?: string;
}

export interface FinishedCall {
  finishedAt: number;
  signature: string;
  slow: boolean;
  promptId?: string;
}

const STALE_MS = 6 * 3600 * 1000;

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 120);
}

export class SessionState {
  readonly dir: string;
  private made = false;

  constructor(sessionId: string, env: NodeJS.ProcessEnv = process.env) {
    this.dir = sessionStateDir(sessionId, env);
  }

  private ensureDir(): void {
    if (this.made) return;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.made = true;
  }

  recordStart(call: InFlight): void {
    this.write(`call-${safeName(call.toolUseId)}.json`, JSON.stringify(call));
  }

  private write(name: string, content: string, flag = 'w'): boolean {
    try {
      this.ensureDir();
      writeFileSync(join(this.dir, name), content, { mode: 0o600, flag });
      return true;
    } catch (error) {
      if (flag === 'wx' && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      this.unwritable = true;
      return false;
    }
  }

  /** True once a write failed for a reason other than an existing marker. */
  unwritable = false;

  /** Removes and returns the call's record, if PreToolUse left one. */
  takeStart(toolUseId: string): InFlight | null {
    const path = join(this.dir, `call-${safeName(toolUseId)}.json`);
    try {
      const call = JSON.parse(readFileSync(path, 'utf8')) as InFlight;
      rmSync(path, { force: true });
      return call;
    } catch {
      return null;
    }
  }

  /** Calls started and not yet finished, newest first; stale leftovers are cleaned away. */
  inFlight(now = Date.now()): InFlight[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const calls: InFlight[] = [];
    for (const name of names) {
      if (!name.startsWith('call-')) continue;
      const path = join(this.dir, name);
      try {
        const call = JSON.parse(readFileSync(path, 'utf8')) as InFlight;
        if (now - call.startedAt > STALE_MS) rmSync(path, { force: true });
        else calls.push(call);
      } catch {
        // being written or removed by another hook right now
      }
    }
    return calls.sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Notes the call that just finished, for the timing fallback of parallel detection. */
  markFinished(call: FinishedCall): void {
    this.write('last-finished.json', JSON.stringify(call));
  }

  lastFinished(): FinishedCall | null {
    try {
      return JSON.parse(readFileSync(join(this.dir, 'last-finished.json'), 'utf8')) as FinishedCall;
    } catch {
      return null;
    }
  }

  /** True the first time a key is claimed in this session; used to avoid repeating advice. */
  claimOnce(key: string): boolean {
    // Without a writable state directory nothing can be remembered: advise every time.
    return this.write(`once-${safeName(key)}`, '', 'wx') || this.unwritable;
  }

  /** Age in ms of a once-marker, or null when it was never claimed. */
  claimedAgo(key: string, now = Date.now()): number | null {
    try {
      return now - statSync(join(this.dir, `once-${safeName(key)}`)).mtimeMs;
    } catch {
      return null;
    }
  }
}
