/**
 * One reading of --since/--until for every command (src/report/range.ts): a bare --since date is
 * the start of that day, a bare --until date the end of it, in the command's zone. The export
 * command is the built CLI run as a process on a real database (TZ=UTC: its zone is the local one).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliError, EXIT } from '../../src/console/errors.js';
import { parseBound, resolveBounds, resolveRange } from '../../src/report/range.js';
import { applyEvent } from '../../src/store/apply.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { openDatabase } from '../../src/store/open.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.mjs');
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-20T12:00:00Z');

describe('parseBound', () => {
  it('reads a bare date as the start of its day for --since and the end of it for --until, in the zone', () => {
    expect(parseBound('2026-11-12', '--since', 'since', 'UTC', NOW)).toBe(at('2026-11-12T00:00:00Z'));
    expect(parseBound('2026-11-12', '--until', 'until', 'UTC', NOW)).toBe(at('2026-11-13T00:00:00Z'));
    expect(parseBound('2026-11-12', '--until', 'until', 'Europe/Paris', NOW)).toBe(at('2026-11-12T23:00:00Z'));
  });

  it('reads date-times, offsets and durations the same for both ends', () => {
    for (const bound of ['since', 'until'] as const) {
      expect(parseBound('2026-11-12T09:30', '--x', bound, 'UTC', NOW)).toBe(at('2026-11-12T09:30:00Z'));
      expect(parseBound('2026-11-12T09:30:00+01:00', '--x', bound, 'UTC', NOW)).toBe(at('2026-11-12T08:30:00Z'));
      expect(parseBound('2d', '--x', bound, 'UTC', NOW)).toBe(NOW - 2 * 86_400_000);
    }
  });

  it('refuses a bad value with exit 2, naming the flag', () => {
    const error = (value: string) => {
      try {
        parseBound(value, '--until', 'until', 'UTC', NOW);
      } catch (e) {
        return e as CliError;
      }
      throw new Error(`${value} was accepted`);
    };
    expect(error('2026-02-30')).toMatchObject({ message: '--until: "2026-02-30" is not a valid date', exitCode: EXIT.usage });
    expect(error('yesterday')).toMatchObject({ message: '--until: "yesterday" is not a date or a duration', exitCode: EXIT.usage });
  });

  it('writes each duration unit one way: min, h, d, w, mo (30 days), y; a bare m (minutes or months?) is refused', () => {
    const ago = (value: string) => NOW - parseBound(value, '--since', 'since', 'UTC', NOW);
    expect([ago('30min'), ago('12h'), ago('2w'), ago('6mo'), ago('1y')]).toEqual([
      30 * 60_000,
      12 * 3_600_000,
      14 * 86_400_000,
      180 * 86_400_000,
      365 * 86_400_000,
    ]);
    for (const value of ['1m', '3months', '2s']) {
      let thrown: CliError | undefined;
      try {
        parseBound(value, '--older-than', 'since', 'UTC', NOW);
      } catch (e) {
        thrown = e as CliError;
      }
      expect(thrown, value).toMatchObject({ message: expect.stringMatching(/unknown unit/), exitCode: EXIT.usage });
      expect(thrown?.hint, value).toMatch(/min \(minutes\).*mo \(30 days\)/);
    }
  });

  it('gives export and report the same bounds for the same flags', () => {
    const flags = { since: '2026-11-10', until: '2026-11-12', timezone: 'Europe/Paris' };
    const report = resolveRange(flags, NOW);
    expect(resolveBounds(flags, NOW)).toEqual({ since: report.since, until: report.until });
    expect(() => resolveBounds({ since: '2026-11-13', until: '2026-11-12', timezone: 'UTC' }, NOW)).toThrow(/is not before --until/);
  });
});

describe('export --since/--until (the built CLI)', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 60_000 });

  function call(session: string, start: number): TelemetryEvent[] {
    const base = { at: start, session, wallMs: 40, generation: '2.1' as const, cwd: home, project: home, promptId: `${session}-p` };
    const facts = {
      toolUseId: `${session}-t`,
      command: 'npm test',
      signature: 'npm test',
      verdict: 'suggest-background' as const,
      category: 'test' as const,
      estimateS: 30,
      estimateSource: 'catalogue' as const,
      requestedBackground: false,
      thresholdMs: 5000,
    };
    return [
      { ...base, id: `pre:${session}:${session}-t`, hook: 'PreToolUse', kind: 'bash-pre', ...facts },
      {
        ...base,
        at: start + 1000,
        id: `post:${session}:${session}-t`,
        hook: 'PostToolUse',
        kind: 'bash-post',
        ...facts,
        outcome: 'ok',
        background: false,
        durationMs: 1000,
        durationSource: 'claude',
      },
    ] as TelemetryEvent[];
  }

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-time-'));
    env = {
      PATH: process.env.PATH,
      HOME: home,
      CLAUDE_CONFIG_DIR: path.join(home, 'claude'),
      BGTELEMETRY_HOME: path.join(home, 'data'),
      TZ: 'UTC',
      NO_COLOR: '1',
    };
    const db = openDatabase(path.join(home, 'data', 'telemetry.db'), { busyTimeoutMs: 1000 });
    db.transaction(() => {
      for (const e of [
        ...call('day11', at('2026-11-11T23:59:00Z')),
        ...call('day12', at('2026-11-12T18:00:00Z')),
        ...call('day13', at('2026-11-13T00:00:00Z')),
      ])
        applyEvent(db, e);
    })();
    db.close();
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('--until DAY includes the events of that day, as report does', () => {
    const r = cli('export', '--format', 'csv', '--since', '2026-11-12', '--until', '2026-11-12');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sessions = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[2]);
    expect(sessions).toEqual(['day12']);
  });

  it("refuses --since after --until with the report's message, exit 2", () => {
    const r = cli('export', '--since', '2026-11-13', '--until', '2026-11-12');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--since (2026-11-13T00:00:00.000Z) is not before --until (2026-11-13T00:00:00.000Z)');
  });

  it('prune --older-than reads a date with the same parser (a bad one: exit 2)', () => {
    const r = cli('prune', '--older-than', '2026-02-30', '--dry-run');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--older-than: "2026-02-30" is not a valid date');
  });
});
