/**
 * Effective configuration: defaults < user file < project file < environment, with problems
 * reported per file and key. Real files in a temp dir; BGTELEMETRY_HOME keeps the user file
 * there too, so the real home directory is never read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import { DEFAULT_SLOW_THRESHOLD_SECONDS } from '../../src/analysis/types.js';
import { DEFAULT_CONFIG, loadConfig, type LoadedConfig } from '../../src/config/load.js';
import { MODES, validateConfigFile } from '../../src/config/schema.js';

let root: string;
let home: string;
let project: string;
let userFile: string;
let projectFile: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgtelemetry-config-'));
  home = path.join(root, 'home');
  project = path.join(root, 'project');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(path.join(project, '.claude'), { recursive: true });
  userFile = path.join(home, 'config.json');
  projectFile = path.join(project, '.claude', 'bgtelemetry.json');
  // HOME too, so that a lookup that ignored BGTELEMETRY_HOME would still stay in the temp dir.
  env = { BGTELEMETRY_HOME: home, HOME: path.join(root, 'fake-home') };
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

function opts(loaded: LoadedConfig) {
  return { extraEntries: loaded.config.patterns, slowThresholdSeconds: loaded.config.slowThresholdSeconds };
}

describe('loadConfig', () => {
  it('gives the defaults when no file exists', async () => {
    const loaded = await loadConfig(project, env);
    expect(loaded).toEqual({
      config: {
        mode: 'suggest',
        slowThresholdSeconds: DEFAULT_SLOW_THRESHOLD_SECONDS,
        patterns: [],
        commandStorage: 'redacted',
        nudges: {
          underutilizationEvery: 20,
          underutilizationRatio: 0.1,
          uncheckedAfterTurns: 3,
          uncheckedMax: 5,
          maxActiveTasks: 10,
          pollingSeconds: 10,
        },
        identity: { hash: true, hostname: false },
        team: { syncIntervalMinutes: 10 },
        daemonIdleMinutes: 15,
      },
      sources: [],
      problems: [],
    });
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
  });

  it('reads the team sync settings, and refuses an interval under a minute or an empty command', async () => {
    writeJson(userFile, { team: { syncIntervalMinutes: 30, syncCommand: ['npx', 'bgtelemetry'] } });
    const loaded = await loadConfig(project, env);
    expect(loaded.config.team).toEqual({ syncIntervalMinutes: 30, syncCommand: ['npx', 'bgtelemetry'] });
    writeJson(userFile, { team: { syncIntervalMinutes: 0, syncCommand: [] } });
    const refused = await loadConfig(project, env);
    expect(refused.config.team).toEqual({ syncIntervalMinutes: 10 });
    expect(refused.problems.join('\n')).toMatch(/team\.syncIntervalMinutes/);
    expect(refused.problems.join('\n')).toMatch(/team\.syncCommand/);
  });

  it('reads the transport and the daemon idle period, and refuses an unknown transport', async () => {
    writeJson(userFile, { transport: 'node', daemon: { idleMinutes: 30 } });
    const loaded = await loadConfig(project, env);
    expect([loaded.config.transport, loaded.config.daemonIdleMinutes]).toEqual(['node', 30]);
    writeJson(userFile, { transport: 'http', daemon: { idleMinutes: 0 } });
    const refused = await loadConfig(project, env);
    expect([refused.config.transport, refused.config.daemonIdleMinutes]).toEqual([undefined, 15]);
    expect(refused.problems.join('\n')).toMatch(/transport/);
    expect(refused.problems.join('\n')).toMatch(/daemon\.idleMinutes/);
  });

  it('gives the defaults without a project directory', async () => {
    const loaded = await loadConfig(undefined, env);
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.sources).toEqual([]);
  });

  it('does not share the default patterns array between calls', async () => {
    writeJson(userFile, { patterns: [{ program: 'e2e.sh', effect: 'work', estimateSeconds: 300 }] });
    await loadConfig(project, env);
    expect(DEFAULT_CONFIG.patterns).toEqual([]);
  });

  it('applies the user file alone', async () => {
    writeJson(userFile, { mode: 'auto', slowThresholdSeconds: 12 });
    const loaded = await loadConfig(project, env);
    expect(loaded.config.mode).toBe('auto');
    expect(loaded.config.slowThresholdSeconds).toBe(12);
    expect(loaded.sources).toEqual([userFile]);
    expect(loaded.problems).toEqual([]);
  });

  it('reads the user file from BGTELEMETRY_HOME, not from HOME', async () => {
    const fakeDefault = path.join(env.HOME!, '.claude', 'bgtelemetry');
    fs.mkdirSync(fakeDefault, { recursive: true });
    writeJson(path.join(fakeDefault, 'config.json'), { mode: 'off' });
    const loaded = await loadConfig(undefined, env);
    expect(loaded.config.mode).toBe('suggest');
    expect(loaded.sources).toEqual([]);
  });

  it('applies the project file over the user file', async () => {
    writeJson(userFile, { mode: 'auto', slowThresholdSeconds: 12 });
    writeJson(projectFile, { mode: 'enforce' });
    const loaded = await loadConfig(project, env);
    expect(loaded.config.mode).toBe('enforce');
    // Keys the project file does not set keep the user's value.
    expect(loaded.config.slowThresholdSeconds).toBe(12);
    expect(loaded.sources).toEqual([userFile, projectFile]);
    expect(loaded.problems).toEqual([]);
  });

  it('keeps patterns from both files, project patterns first', async () => {
    writeJson(userFile, { patterns: [{ program: 'user-tool', effect: 'work', estimateSeconds: 10 }] });
    writeJson(projectFile, {
      patterns: [
        { program: 'proj-a', effect: 'never-ends', category: 'server' },
        {
          program: 'proj-b',
          args: ['sync'],
          effect: 'work',
          estimateSeconds: 90,
          reason: 'syncs the fixtures',
          alternative: 'proj-b sync --cached',
        },
      ],
    });
    const loaded = await loadConfig(project, env);
    expect(loaded.config.patterns.map((p) => p.programs[0])).toEqual(['proj-a', 'proj-b', 'user-tool']);
    expect(loaded.config.patterns.every((p) => p.source === 'config')).toBe(true);
    const b = loaded.config.patterns[1];
    expect(b).toMatchObject({
      programs: ['proj-b'],
      args: ['sync'],
      effect: 'work',
      estimate: 90,
      reason: 'syncs the fixtures',
      alternative: 'proj-b sync --cached',
      category: 'other',
    });
    expect(loaded.config.patterns[0].category).toBe('server');
    expect(loaded.config.patterns[2].reason).toMatch(/configuration/);
  });

  it('a project pattern wins over a user pattern for the same command', async () => {
    writeJson(userFile, { patterns: [{ program: 'deploy.sh', effect: 'work', estimateSeconds: 1 }] });
    writeJson(projectFile, { patterns: [{ program: 'deploy.sh', effect: 'work', estimateSeconds: 600 }] });
    const loaded = await loadConfig(project, env);
    const a = analyze('./deploy.sh staging', opts(loaded));
    expect(a.estimateSeconds).toBe(600);
    expect(a.verdict).toBe('suggest-background');
  });

  describe('environment', () => {
    it('BGTELEMETRY_MODE and BGTELEMETRY_SLOW_THRESHOLD override both files', async () => {
      writeJson(userFile, { mode: 'auto', slowThresholdSeconds: 12 });
      writeJson(projectFile, { mode: 'enforce', slowThresholdSeconds: 20 });
      const loaded = await loadConfig(project, { ...env, BGTELEMETRY_MODE: 'off', BGTELEMETRY_SLOW_THRESHOLD: '2.5' });
      expect(loaded.config.mode).toBe('off');
      expect(loaded.config.slowThresholdSeconds).toBe(2.5);
      expect(loaded.problems).toEqual([]);
      expect(loaded.sources).toEqual([userFile, projectFile]);
    });

    it('applies without any file', async () => {
      const loaded = await loadConfig(project, { ...env, BGTELEMETRY_MODE: 'enforce' });
      expect(loaded.config.mode).toBe('enforce');
      expect(loaded.sources).toEqual([]);
    });

    it('reports an unknown mode and keeps the file value', async () => {
      writeJson(projectFile, { mode: 'auto' });
      const loaded = await loadConfig(project, { ...env, BGTELEMETRY_MODE: 'turbo' });
      expect(loaded.config.mode).toBe('auto');
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]).toContain('BGTELEMETRY_MODE');
      expect(loaded.problems[0]).toContain('"turbo"');
    });

    it.each(['abc', '0', '-3', '3601', 'Infinity'])('reports a bad threshold %j and keeps the file value', async (value) => {
      writeJson(userFile, { slowThresholdSeconds: 12 });
      const loaded = await loadConfig(project, { ...env, BGTELEMETRY_SLOW_THRESHOLD: value });
      expect(loaded.config.slowThresholdSeconds).toBe(12);
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]).toContain('BGTELEMETRY_SLOW_THRESHOLD');
      expect(loaded.problems[0]).toContain(`"${value}"`);
    });

    it('an empty variable is treated as unset', async () => {
      const loaded = await loadConfig(project, { ...env, BGTELEMETRY_MODE: '', BGTELEMETRY_SLOW_THRESHOLD: '' });
      expect(loaded.config).toEqual(DEFAULT_CONFIG);
      expect(loaded.problems).toEqual([]);
    });
  });

  describe('problems', () => {
    it('an invalid mode names the file and key, and that file is ignored while the other applies', async () => {
      writeJson(userFile, { mode: 'auto', slowThresholdSeconds: 12 });
      writeJson(projectFile, { mode: 'loud', slowThresholdSeconds: 30 });
      const loaded = await loadConfig(project, env);
      expect(loaded.problems).toEqual([`${projectFile}: mode: expected one of "suggest", "auto", "enforce", "off"`]);
      expect(loaded.config.mode).toBe('auto');
      // The valid key of the rejected file is not applied either.
      expect(loaded.config.slowThresholdSeconds).toBe(12);
      expect(loaded.sources).toEqual([userFile]);
    });

    it('an unknown key names the file and key', async () => {
      writeJson(userFile, { mode: 'enforce', colour: 'red' });
      writeJson(projectFile, { slowThresholdSeconds: 8 });
      const loaded = await loadConfig(project, env);
      expect(loaded.problems).toEqual([`${userFile}: colour: unknown key`]);
      expect(loaded.config.mode).toBe('suggest');
      expect(loaded.config.slowThresholdSeconds).toBe(8);
      expect(loaded.sources).toEqual([projectFile]);
    });

    it('bad JSON names the file, and the other file still applies', async () => {
      fs.writeFileSync(userFile, '{ "mode": "auto", }');
      writeJson(projectFile, { mode: 'enforce' });
      const loaded = await loadConfig(project, env);
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0].startsWith(`${userFile}: not valid JSON`)).toBe(true);
      expect(loaded.config.mode).toBe('enforce');
      expect(loaded.sources).toEqual([projectFile]);
    });

    it('problems inside a pattern name the nested key path', async () => {
      writeJson(projectFile, {
        patterns: [
          { program: 'ok', effect: 'work' },
          { program: '', effect: 'sometimes', estimateSeconds: -1, extra: 1 },
        ],
      });
      const loaded = await loadConfig(project, env);
      const text = loaded.problems.join('\n');
      expect(loaded.problems.every((p) => p.startsWith(`${projectFile}: `))).toBe(true);
      expect(text).toContain('patterns.1.program: must be at least 1 characters');
      expect(text).toMatch(/patterns\.1\.effect: expected one of "work", "never-ends"/);
      expect(text).toContain('patterns.1.estimateSeconds: must be at least 0');
      expect(text).toContain('patterns.1.extra: unknown key');
      expect(loaded.config.patterns).toEqual([]);
      expect(loaded.sources).toEqual([]);
    });

    it('a file that is not an object is reported at the top level', async () => {
      fs.writeFileSync(userFile, '["auto"]');
      const loaded = await loadConfig(project, env);
      expect(loaded.problems).toEqual([`${userFile}: (top level): expected object`]);
      expect(loaded.config).toEqual(DEFAULT_CONFIG);
    });

    it('a threshold out of range and of the wrong type are reported', async () => {
      writeJson(userFile, { slowThresholdSeconds: 0 });
      writeJson(projectFile, { slowThresholdSeconds: '10' });
      const loaded = await loadConfig(project, env);
      expect(loaded.problems).toEqual([
        `${userFile}: slowThresholdSeconds: must be more than 0`,
        `${projectFile}: slowThresholdSeconds: expected number`,
      ]);
      expect(loaded.config.slowThresholdSeconds).toBe(DEFAULT_SLOW_THRESHOLD_SECONDS);
    });
  });

  describe('effect on analyze()', () => {
    it('a config pattern turns an unknown script slow, with estimateSource config', async () => {
      // A name that gives nothing away: scripts named like test suites (e2e.sh) are judged by their name.
      const before = analyze('./scripts/browser-suite.sh --headless', { slowThresholdSeconds: DEFAULT_SLOW_THRESHOLD_SECONDS });
      expect(before.verdict).toBe('foreground');
      expect(before.estimateSource).not.toBe('config');

      writeJson(projectFile, {
        patterns: [
          { program: 'browser-suite.sh', effect: 'work', category: 'test', estimateSeconds: 300, reason: 'runs the browser tests' },
        ],
      });
      const loaded = await loadConfig(project, env);
      const after = analyze('./scripts/browser-suite.sh --headless', opts(loaded));
      expect(after.verdict).toBe('suggest-background');
      expect(after.estimateSeconds).toBe(300);
      expect(after.estimateSource).toBe('config');
      expect(after.category).toBe('test');
      expect(after.reason).toBe('runs the browser tests');
    });

    it('a config pattern overrides the built-in catalogue', async () => {
      const builtIn = analyze('make e2e', {});
      expect(builtIn.verdict).toBe('suggest-background');
      expect(builtIn.estimateSource).toBe('catalogue');

      writeJson(userFile, { patterns: [{ program: 'make', args: ['e2e'], effect: 'work', estimateSeconds: 1 }] });
      const loaded = await loadConfig(project, env);
      const a = analyze('make e2e', opts(loaded));
      expect(a.verdict).toBe('foreground');
      expect(a.estimateSeconds).toBe(1);
      expect(a.estimateSource).toBe('config');
      // Only the configured arguments are affected.
      expect(analyze('make build', opts(loaded)).estimateSource).not.toBe('config');
    });

    it('a never-ends pattern makes the command must-background', async () => {
      writeJson(projectFile, { patterns: [{ program: 'devserver', effect: 'never-ends', category: 'server' }] });
      const loaded = await loadConfig(project, env);
      expect(analyze('devserver --port 3000', opts(loaded)).verdict).toBe('must-background');
    });

    it('the configured threshold decides what counts as slow', async () => {
      expect(analyze('npm test', {}).verdict).toBe('suggest-background');
      writeJson(projectFile, { slowThresholdSeconds: 3600 });
      const loaded = await loadConfig(project, env);
      expect(analyze('npm test', opts(loaded)).verdict).toBe('foreground');
    });
  });
});

describe('validateConfigFile', () => {
  it('accepts every documented mode and an empty object', () => {
    for (const mode of MODES) expect(validateConfigFile({ mode })).toEqual({ ok: true, value: { mode } });
    expect(validateConfigFile({})).toEqual({ ok: true, value: {} });
  });

  it('accepts a $schema key', () => {
    expect(validateConfigFile({ $schema: 'https://example.com/schema.json' }).ok).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    const result = validateConfigFile({ mode: 'x', slowThresholdSeconds: 4000, other: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'mode: expected one of "suggest", "auto", "enforce", "off"',
        'slowThresholdSeconds: must be at most 3600',
        'other: unknown key',
      ]),
    );
  });

  it('limits reason and alternative to 200 characters', () => {
    const result = validateConfigFile({ patterns: [{ program: 'x', effect: 'work', reason: 'r'.repeat(201) }] });
    expect(result).toEqual({ ok: false, problems: ['patterns.0.reason: must be at most 200 characters'] });
  });
});

describe('telemetry settings', () => {
  it('reads the database path, command storage and nudge thresholds, keeping unset nudges at their defaults', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-config-telemetry-'));
    fs.writeFileSync(
      path.join(home, 'config.json'),
      JSON.stringify({ database: '/data/t.db', commandStorage: 'signature', nudges: { uncheckedMax: 2 } }),
    );
    const { config, problems } = await loadConfig(undefined, { BGTELEMETRY_HOME: home });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      database: '/data/t.db',
      commandStorage: 'signature',
      nudges: { uncheckedMax: 2, underutilizationEvery: 20 },
    });
    fs.writeFileSync(
      path.join(home, 'config.json'),
      JSON.stringify({ commandStorage: 'everything', nudges: { uncheckedMax: -1, sometimes: 1 } }),
    );
    const bad = await loadConfig(undefined, { BGTELEMETRY_HOME: home });
    expect(bad.problems.map((p) => p.replace(/^.*config\.json: /, ''))).toEqual([
      'commandStorage: expected one of "redacted", "signature", "full"',
      'nudges.uncheckedMax: must be at least 0',
      'nudges.sometimes: unknown key',
    ]);
    fs.rmSync(home, { recursive: true, force: true });
  });
});
