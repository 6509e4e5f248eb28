/**
 * `backfill`: Claude Code transcripts into the store, as the hooks would have recorded them,
 * marked backfilled. Exactly once: a call, check or stop whose tool_use id the store already
 * has (under any session) or this run has seen is skipped, so running it twice changes nothing.
 * Events are written in batches, one transaction each.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { claudeConfigDir } from '../../runtime/paths.js';
import { applyEvent, stmt } from '../../store/apply.js';
import type { TelemetryEvent } from '../../store/events.js';
import type { DB } from '../../store/open.js';
import {
  backfillTranscript,
  emptyCounts,
  Places,
  type EventSink,
  type FileCounts,
  type FileOptions,
  type RecordKind,
} from './transcript-file.js';

const BATCH = 500;

/** Where the store keeps each kind by tool_use id ("already recorded", whatever the session). */
const KNOWN_SQL: Record<RecordKind, string> = {
  bash: 'SELECT 1 FROM bash_calls WHERE tool_use_id = ?',
  check: 'SELECT 1 FROM task_checks WHERE tool_use_id = ?',
  // Stops have no row of their own: their event ids end with the tool_use id.
  stop: "SELECT 1 FROM applied_events WHERE kind = 'task-stop' AND id LIKE '%:' || ?",
  prompt: 'SELECT 1 FROM prompts WHERE id = ?',
};

class StoreSink implements EventSink {
  private seen = new Set<string>();
  private batch: TelemetryEvent[] = [];
  constructor(
    private db: DB,
    private dryRun: boolean,
  ) {}

  known(kind: RecordKind, toolUseId: string): boolean {
    return this.seen.has(toolUseId) || stmt(this.db, KNOWN_SQL[kind]).get(toolUseId) !== undefined;
  }

  awaitingResult(toolUseId: string): boolean {
    return (
      !this.seen.has(toolUseId) &&
      stmt(this.db, 'SELECT 1 FROM bash_calls WHERE tool_use_id = ? AND backfilled = 1 AND outcome IS NULL').get(toolUseId) !== undefined
    );
  }

  hooksSaw(session: string): boolean {
    return stmt(this.db, 'SELECT 1 FROM bash_calls WHERE session_id = ? AND backfilled = 0 LIMIT 1').get(session) !== undefined;
  }

  add(_kind: RecordKind, toolUseId: string, events: TelemetryEvent[]): void {
    this.seen.add(toolUseId);
    if (this.dryRun) return;
    this.batch.push(...events);
    if (this.batch.length >= BATCH) this.flush();
  }

  flush(): void {
    const events = this.batch;
    this.batch = [];
    if (events.length)
      this.db
        .transaction(() => {
          for (const e of events) applyEvent(this.db, e);
        })
        .immediate();
  }
}

export interface BackfillOptions extends Omit<FileOptions, 'onBytes'> {
  dryRun?: boolean;
  onProgress?: (bytes: number, total: number) => void;
}

export interface BackfillSummary extends FileCounts {
  files: number;
  bytes: number;
  /** Calls added, by the Claude Code version that wrote their file. */
  byVersion: Record<string, number>;
}

/** Backfills the given transcript files, in order, into the database. */
export async function backfillFiles(db: DB, files: readonly string[], options: BackfillOptions): Promise<BackfillSummary> {
  const sink = new StoreSink(db, options.dryRun === true);
  const places = new Places(options.env);
  const agents = new Set<string>();
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const summary: BackfillSummary = { ...emptyCounts(), files: 0, bytes: 0, byVersion: {} };
  for (const file of files) {
    const before = summary.bytes;
    const counts = await backfillTranscript(file, sink, places, agents, {
      ...options,
      onBytes: (bytes) => options.onProgress?.(before + bytes, total),
    });
    summary.files++;
    summary.bytes += statSync(file).size;
    merge(summary, counts);
  }
  sink.flush();
  return summary;
}

/** One transcript into one database (the e2e suite compares it with what the hooks recorded). */
export function backfillFile(db: DB, file: string, env: NodeJS.ProcessEnv = process.env): Promise<BackfillSummary> {
  return backfillFiles(db, [file], { env });
}

function merge(into: BackfillSummary, c: FileCounts): void {
  into.lines += c.lines;
  into.malformed += c.malformed;
  into.oversized += c.oversized;
  for (const [t, k] of Object.entries(c.unknown)) into.unknown[t] = (into.unknown[t] ?? 0) + k;
  for (const key of Object.keys(c.calls) as (keyof FileCounts['calls'])[]) into.calls[key] += c.calls[key];
  for (const part of ['checks', 'stops'] as const) {
    into[part].added += c[part].added;
    into[part].skipped += c[part].skipped;
    into[part].onAgents += c[part].onAgents;
    for (const [t, k] of Object.entries(c[part].byTool)) into[part].byTool[t] = (into[part].byTool[t] ?? 0) + k;
  }
  into.bashReads += c.bashReads;
  into.prompts += c.prompts;
  into.notifications += c.notifications;
  for (const v of c.versions) into.versions.add(v);
  // A file is written by one version (resumed sessions by the newest): its calls go to its highest.
  const version = [...c.versions].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).pop() ?? 'unknown';
  into.byVersion[version] = (into.byVersion[version] ?? 0) + c.calls.added;
}

/**
 * The transcripts to read: every `.jsonl` under the given files and folders, or by default
 * under `<CLAUDE_CONFIG_DIR or ~/.claude>/projects` (sessions, and subagents/ in 2.1.x). Oldest
 * first, so that the original of a resumed session is seen before its copies.
 */
export function transcriptFiles(paths: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const roots = paths.length ? paths : [join(claudeConfigDir(env), 'projects')];
  const found: { file: string; mtime: number }[] = [];
  const walk = (path: string, depth: number): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isFile() && (path.endsWith('.jsonl') || depth === 0)) found.push({ file: path, mtime: stat.mtimeMs });
    if (stat.isDirectory() && depth < 6) for (const name of readdirSync(path).sort()) walk(join(path, name), depth + 1);
  };
  for (const root of roots) walk(root, 0);
  return found.sort((a, b) => a.mtime - b.mtime || a.file.localeCompare(b.file)).map((f) => f.file);
}
