/**
 * The PreToolUse decision, from real analyses. Claims are recorded after each decision, as the
 * hook records them in the store, so "advised once" is tested end to end through `fresh`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import type { AnalysisOptions } from '../../src/analysis/types.js';
import { loadConfig, patternToEntry } from '../../src/config/load.js';
import type { Mode } from '../../src/config/schema.js';
import type { BashToolInput, Generation } from '../../src/runtime/payload.js';
import { advise as decide, type Advice, type AdviceRequest, type SiblingSummary, TRIVIAL_SECONDS } from '../../src/policy/advise.js';
import { MESSAGES } from '../../src/policy/messages.js';
import type { PermissionOutcome } from '../../src/policy/permissions.js';
/** A session's claims: what the store's `claims` table holds for one session. */
class Claims {
  private readonly keys = new Set<string>();
  fresh(key: string): boolean {
    return !this.keys.has(key);
  }
  has(key: string): boolean {
    return this.keys.has(key);
  }
  record(keys: readonly string[]): void {
    for (const k of keys) this.keys.add(k);
  }
}

let state: Claims;
const claimsOf = new WeakMap<AdviceRequest, Claims>();

beforeEach(() => {
  state = new Claims();
});

/** Decides, then records the claims as the hook does after showing the advice. */
function advise(req: AdviceRequest): Advice {
  const advice = decide(req);
  if (advice.kind !== 'none') claimsOf.get(req)?.record(advice.claims);
  return advice;
}

interface Calls {
  permission: number;
  siblings: number;
}

function request(
  toolInput: BashToolInput,
  opts: {
    mode?: Mode;
    generation?: Generation;
    permission?: PermissionOutcome;
    siblings?: SiblingSummary | null;
    analysis?: Partial<AnalysisOptions>;
    calls?: Calls;
    store?: Claims;
  } = {},
): AdviceRequest {
  const calls = opts.calls ?? { permission: 0, siblings: 0 };
  const store = opts.store ?? state;
  const req: AdviceRequest = {
    analysis: analyze(toolInput.command, opts.analysis ?? {}),
    toolInput,
    mode: opts.mode ?? 'suggest',
    generation: opts.generation ?? '2.1',
    permission: () => {
      calls.permission++;
      return opts.permission ?? 'allow';
    },
    siblings: () => {
      calls.siblings++;
      return opts.siblings ?? null;
    },
    fresh: (key) => store.fresh(key),
  };
  claimsOf.set(req, store);
  return req;
}

function fg(command: string): BashToolInput {
  return { command, description: 'run it' };
}

function bg(command: string): BashToolInput {
  return { command, description: 'run it', run_in_background: true };
}

function textOf(advice: Advice): string {
  return advice.kind === 'none' ? '' : advice.text;
}

describe('the commands used here are classified as the tests assume', () => {
  it('has the verdicts these tests rely on', () => {
    expect(analyze('npm test').verdict).toBe('suggest-background');
    expect(analyze('cargo build').verdict).toBe('suggest-background');
    expect(analyze('npm run dev').verdict).toBe('must-background');
    expect(analyze('vim notes.txt').verdict).toBe('interactive');
    expect(analyze('vim notes.txt').alternative).toBeTruthy();
    expect(analyze('cd app').verdict).toBe('state-change');
    const ls = analyze('npm ls');
    expect(ls.verdict).toBe('foreground');
    expect(ls.estimateSource).toBe('catalogue');
    expect(ls.estimateSeconds).not.toBeNull();
    expect(ls.estimateSeconds!).toBeLessThanOrEqual(TRIVIAL_SECONDS);
  });
});

describe('suggest mode', () => {
  it('advises a foreground slow command once per signature', () => {
    const first = advise(request(fg('npm test')));
    expect(first).toMatchObject({ kind: 'context', advice: 'slow-foreground' });
    expect(textOf(first)).toContain('`npm test`');
    expect(textOf(first)).toContain('run_in_background: true');

    // Same signature with other arguments: already advised.
    expect(advise(request(fg('npm test')))).toEqual({ kind: 'none' });
    expect(advise(request(fg('npm test -- --reporter=dot')))).toEqual({ kind: 'none' });

    // Another slow signature is advised on its own.
    expect(advise(request(fg('cargo build')))).toMatchObject({ kind: 'context', advice: 'slow-foreground' });
  });

  it('the once store is per session', () => {
    expect(advise(request(fg('npm test'))).kind).toBe('context');
    const other = new Claims();
    expect(advise(request(fg('npm test'), { store: other })).kind).toBe('context');
  });

  it('names the generation-specific way to check on a background task', () => {
    expect(textOf(advise(request(fg('npm test'), { generation: '2.0' })))).toContain('BashOutput');
    const other = new Claims();
    expect(textOf(advise(request(fg('npm test'), { generation: '2.1', store: other })))).not.toContain('BashOutput');
  });

  it('advises a foreground never-ending command every time', () => {
    for (let i = 0; i < 3; i++) {
      const advice = advise(request(fg('npm run dev')));
      expect(advice).toMatchObject({ kind: 'context', advice: 'never-ends' });
      expect(textOf(advice)).toContain('never exits');
      expect(textOf(advice)).toContain('run_in_background: true');
    }
  });

  it('advises an interactive command every time, with the alternative', () => {
    const alternative = analyze('vim notes.txt').alternative!;
    for (let i = 0; i < 2; i++) {
      const advice = advise(request(fg('vim notes.txt')));
      expect(advice).toMatchObject({ kind: 'context', advice: 'interactive' });
      expect(textOf(advice)).toContain(`Use instead: ${alternative}`);
    }
  });

  it('advises an interactive command even when it was sent to the background', () => {
    expect(advise(request(bg('vim notes.txt')))).toMatchObject({ kind: 'context', advice: 'interactive' });
  });

  it('says "use a non-interactive form" when the catalogue has no alternative', () => {
    const a = analyze('vim notes.txt');
    const text = MESSAGES.interactive({ ...a, alternative: undefined });
    expect(text).toContain('Use a non-interactive form.');
  });

  it('says nothing about a quick foreground command', () => {
    expect(advise(request(fg('npm ls')))).toEqual({ kind: 'none' });
    expect(advise(request(fg('git status')))).toEqual({ kind: 'none' });
  });

  it('advises a command backgrounded with & once', () => {
    const first = advise(request(fg('npm run dev &')));
    expect(first).toMatchObject({ kind: 'context', advice: 'shell-ampersand' });
    expect(advise(request(fg('npm run dev &')))).toEqual({ kind: 'none' });
  });
});

describe('calls already sent to the background', () => {
  it('a state change is advised: it would be lost', () => {
    const advice = advise(request(bg('cd app')));
    expect(advice).toMatchObject({ kind: 'context', advice: 'background-state-change' });
    expect(textOf(advice)).toContain('foreground');
  });

  it('a catalogue-known fast command is advised once per signature', () => {
    const first = advise(request(bg('npm ls')));
    expect(first).toMatchObject({ kind: 'context', advice: 'background-fast' });
    expect(textOf(first)).toContain('`npm ls`');
    expect(advise(request(bg('npm ls')))).toEqual({ kind: 'none' });
  });

  it('a command measured fast in this project is advised', () => {
    const advice = advise(
      request(bg('npm run build'), { analysis: { history: new Map([['npm run build', { seconds: 1, samples: 2, completes: true }]]) } }),
    );
    expect(advice).toMatchObject({ kind: 'context', advice: 'background-fast' });
    expect(textOf(advice)).toContain('`npm run build`');
  });

  it('a command of unknown duration is not called fast', () => {
    const a = analyze('./scripts/frobnicate-assets --all');
    expect(a.verdict).toBe('foreground');
    expect(a.estimateSource).toBe('unknown');
    expect(advise(request(bg('./scripts/frobnicate-assets --all')))).toEqual({ kind: 'none' });
  });

  it('a slow or never-ending command gets nothing', () => {
    const calls = { permission: 0, siblings: 0 };
    expect(advise(request(bg('npm test'), { calls }))).toEqual({ kind: 'none' });
    expect(advise(request(bg('npm run dev'), { calls }))).toEqual({ kind: 'none' });
    for (const mode of ['auto', 'enforce'] as const) {
      expect(advise(request(bg('npm test'), { mode, calls }))).toEqual({ kind: 'none' });
      expect(advise(request(bg('npm run dev'), { mode, calls }))).toEqual({ kind: 'none' });
    }
    expect(calls).toEqual({ permission: 0, siblings: 0 });
  });
});

describe('auto mode', () => {
  const input: BashToolInput = {
    command: 'npm test',
    description: 'Run the tests',
    timeout: 600000,
    dangerouslyDisableSandbox: false,
    custom: { a: 1 },
  };

  it.each(['allow', 'ask'] as const)('rewrites a slow foreground call to the background, passing permission %s through', (permission) => {
    const original = structuredClone(input);
    const advice = advise(request(input, { mode: 'auto', permission }));
    expect(advice.kind).toBe('rewrite');
    if (advice.kind !== 'rewrite') return;
    expect(advice.advice).toBe('auto-background');
    expect(advice.permission).toBe(permission);
    expect(advice.updatedInput).toEqual({ ...original, run_in_background: true });
    expect(advice.text).toContain('in the background for you');
    // The caller's input object is not changed.
    expect(input).toEqual(original);
  });

  it('rewrites a never-ending command, every time', () => {
    for (let i = 0; i < 2; i++) {
      const advice = advise(request({ command: 'npm run dev', run_in_background: false }, { mode: 'auto' }));
      expect(advice).toMatchObject({
        kind: 'rewrite',
        permission: 'allow',
        updatedInput: { command: 'npm run dev', run_in_background: true },
      });
    }
  });

  it('falls back to advice when the user would not be allowed to run it', () => {
    expect(advise(request(fg('npm test'), { mode: 'auto', permission: 'deny' }))).toMatchObject({
      kind: 'context',
      advice: 'slow-foreground',
    });
    expect(advise(request(fg('npm run dev'), { mode: 'auto', permission: 'deny' }))).toMatchObject({
      kind: 'context',
      advice: 'never-ends',
    });
  });

  it('asks for the permission only when a rewrite is on the table', () => {
    const calls = { permission: 0, siblings: 0 };
    advise(request(fg('npm ls'), { mode: 'auto', calls }));
    advise(request(fg('vim notes.txt'), { mode: 'auto', calls }));
    advise(request(bg('cd app'), { mode: 'auto', calls }));
    expect(calls.permission).toBe(0);
    advise(request(fg('npm test'), { mode: 'auto', calls }));
    expect(calls.permission).toBe(1);
  });

  it('does not rewrite interactive commands', () => {
    expect(advise(request(fg('vim notes.txt'), { mode: 'auto' }))).toMatchObject({ kind: 'context', advice: 'interactive' });
  });
});

describe('enforce mode', () => {
  it.each(['npm test', 'npm run dev'])('denies a foreground %s and tells the model to rerun it with run_in_background', (command) => {
    for (let i = 0; i < 2; i++) {
      const advice = advise(request(fg(command), { mode: 'enforce' }));
      expect(advice).toMatchObject({ kind: 'deny', advice: 'enforce-deny' });
      expect(textOf(advice)).toMatch(/Rerun this exact command with run_in_background: true/);
    }
  });

  it('does not deny quick or interactive commands', () => {
    expect(advise(request(fg('npm ls'), { mode: 'enforce' }))).toEqual({ kind: 'none' });
    expect(advise(request(fg('vim notes.txt'), { mode: 'enforce' }))).toMatchObject({ kind: 'context', advice: 'interactive' });
  });
});

describe('off mode', () => {
  it('says nothing about anything and asks nothing', () => {
    const calls = { permission: 0, siblings: 0 };
    const siblings = { count: 3, slowSignatures: ['npm test'], messageId: 'msg_1' };
    for (const input of [fg('npm test'), fg('npm run dev'), fg('vim notes.txt'), bg('cd app'), bg('npm ls'), fg('npm run dev &')]) {
      expect(advise(request(input, { mode: 'off', siblings, calls }))).toEqual({ kind: 'none' });
    }
    expect(calls).toEqual({ permission: 0, siblings: 0 });
  });
});

describe('parallel advice', () => {
  const siblings: SiblingSummary = { count: 2, slowSignatures: ['npm test', 'cargo build'], messageId: 'msg_1' };

  it('advises running independent slow calls of one message in parallel, once per message', () => {
    const advice = advise(request(fg('npm test'), { siblings }));
    expect(advice).toMatchObject({ kind: 'context', advice: 'parallel' });
    expect(textOf(advice)).toContain('2 Bash calls');
    expect(textOf(advice)).toContain('`npm test`');
    expect(textOf(advice)).toContain('`cargo build`');
    expect(advise(request(fg('cargo build'), { siblings }))).toEqual({ kind: 'none' });
  });

  it('marks the slow signatures as advised, so they are not advised again one by one', () => {
    expect(advise(request(fg('npm ls'), { siblings })).kind).toBe('context');
    expect(state.has('slow:npm test')).toBe(true);
    expect(state.has('slow:cargo build')).toBe(true);
    expect(advise(request(fg('npm test')))).toEqual({ kind: 'none' });
    expect(advise(request(fg('cargo build')))).toEqual({ kind: 'none' });
    // A slow signature that was not among them is still advised.
    expect(advise(request(fg('make e2e')))).toMatchObject({ kind: 'context', advice: 'slow-foreground' });
  });

  it('without a message id, keys on the signatures', () => {
    const noId: SiblingSummary = { count: 2, slowSignatures: ['pytest'] };
    expect(advise(request(fg('pytest'), { siblings: noId }))).toMatchObject({ advice: 'parallel' });
    expect(state.has('parallel:pytest')).toBe(true);
  });

  it('a new message is advised again', () => {
    expect(advise(request(fg('npm test'), { siblings })).kind).toBe('context');
    expect(advise(request(fg('npm test'), { siblings: { ...siblings, messageId: 'msg_2' } }))).toMatchObject({ advice: 'parallel' });
  });

  it('needs at least two calls and one slow one', () => {
    expect(advise(request(fg('npm ls'), { siblings: { count: 1, slowSignatures: ['npm test'], messageId: 'm1' } }))).toEqual({
      kind: 'none',
    });
    expect(advise(request(fg('npm ls'), { siblings: { count: 3, slowSignatures: [], messageId: 'm2' } }))).toEqual({ kind: 'none' });
    // Neither of those claimed the slow-command advice.
    expect(advise(request(fg('npm test')))).toMatchObject({ advice: 'slow-foreground' });
  });

  it('does not replace more specific advice', () => {
    const calls = { permission: 0, siblings: 0 };
    expect(advise(request(fg('npm run dev'), { siblings, calls }))).toMatchObject({ advice: 'never-ends' });
    expect(advise(request(fg('vim notes.txt'), { siblings, calls }))).toMatchObject({ advice: 'interactive' });
    expect(advise(request(fg('npm test'), { siblings, calls, mode: 'enforce' }))).toMatchObject({ kind: 'deny' });
    expect(advise(request(fg('npm test'), { siblings, calls, mode: 'auto' }))).toMatchObject({ kind: 'rewrite' });
    expect(advise(request(bg('npm test'), { siblings, calls }))).toEqual({ kind: 'none' });
    expect(calls.siblings).toBe(0);
  });
});

describe('messages', () => {
  const SECRET = 'abc123secret';
  const SECRET_COMMAND = `curl -H "Authorization: Bearer ${SECRET}" https://x/y -o big.tar.gz`;
  // The user's configuration says this download is slow, so every kind of advice applies.
  const slowCurl = { extraEntries: [patternToEntry({ program: 'curl', effect: 'work', category: 'download', estimateSeconds: 120 })] };
  const endlessCurl = { extraEntries: [patternToEntry({ program: 'curl', effect: 'never-ends', category: 'follow' })] };
  const interactiveCurl = {
    extraEntries: [patternToEntry({ program: 'curl', effect: 'interactive', category: 'prompt', alternative: 'curl -sS' })],
  };
  // Measured fast in this project: background-fast advice applies.
  const fastCurl = { history: new Map([['curl', { seconds: 1, samples: 3, completes: true }]]) };

  function allAdvice(command: string, analysis: Partial<AnalysisOptions>, siblingSignature?: string): Advice[] {
    const out: Advice[] = [];
    for (const generation of ['2.0', '2.1'] as const) {
      for (const mode of ['suggest', 'auto', 'enforce'] as const) {
        for (const permission of ['allow', 'deny'] as const) {
          const store = new Claims();
          out.push(advise(request(fg(command), { mode, generation, permission, analysis, store })));
          out.push(advise(request(bg(command), { mode, generation, permission, analysis, store })));
          if (siblingSignature) {
            const siblings = { count: 2, slowSignatures: [siblingSignature], messageId: 'msg_s' };
            out.push(advise(request(fg(command), { mode, generation, permission, analysis, siblings, store: new Claims() })));
          }
        }
      }
    }
    return out;
  }

  it('never contain the full command text or a secret from it', () => {
    const analysis = analyze(SECRET_COMMAND, slowCurl);
    expect(analysis.verdict).toBe('suggest-background');
    const advice = [
      ...allAdvice(SECRET_COMMAND, slowCurl, analysis.signature),
      ...allAdvice(SECRET_COMMAND, endlessCurl),
      ...allAdvice(SECRET_COMMAND, interactiveCurl),
      ...allAdvice(SECRET_COMMAND, fastCurl),
      ...allAdvice(`cd /srv && ${SECRET_COMMAND}`, {}),
      // A state change carrying the secret itself, sent to the background.
      ...allAdvice(`export AUTH_HEADER="Authorization: Bearer ${SECRET}"`, {}),
      ...allAdvice(`${SECRET_COMMAND} &`, slowCurl),
    ];
    const texts = advice.map(textOf).filter(Boolean);
    const kinds = new Set(advice.filter((a) => a.kind !== 'none').map((a) => (a as { advice: string }).advice));
    // The sweep really produced every kind of message.
    expect([...kinds].sort()).toEqual(
      [
        'auto-background',
        'background-fast',
        'background-state-change',
        'enforce-deny',
        'interactive',
        'never-ends',
        'parallel',
        'shell-ampersand',
        'slow-foreground',
      ].sort(),
    );
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(SECRET_COMMAND);
      expect(text).not.toContain('Authorization');
    }
  });

  it('are all under 400 characters for catalogue commands', () => {
    const commands = [
      'npm test',
      'npm run dev',
      'vim notes.txt',
      'cd app',
      'npm ls',
      'npm run dev &',
      'tail -f /var/log/syslog',
      'python -i',
      'docker compose up',
    ];
    let checked = 0;
    for (const command of commands) {
      for (const a of allAdvice(command, {}, 'npm test')) {
        if (a.kind === 'none') continue;
        checked++;
        expect(a.text.length, a.text).toBeLessThan(400);
        expect(a.text.startsWith('bgtelemetry:')).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('are all under 400 characters even with the longest reason and alternative the configuration accepts', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgtelemetry-advise-'));
    const project = path.join(root, 'project');
    fs.mkdirSync(path.join(project, '.claude'), { recursive: true });
    const long = { reason: 'r'.repeat(200), alternative: 'a'.repeat(200) };
    fs.writeFileSync(
      path.join(project, '.claude', 'bgtelemetry.json'),
      JSON.stringify({
        patterns: [
          { program: 'slowtool', effect: 'work', estimateSeconds: 600, ...long },
          { program: 'servetool', effect: 'never-ends', ...long },
          { program: 'asktool', effect: 'interactive', ...long },
        ],
      }),
    );
    const loaded = await loadConfig(project, { BGTELEMETRY_HOME: path.join(root, 'home') });
    expect(loaded.problems).toEqual([]);
    const analysis = { extraEntries: loaded.config.patterns };
    const texts = ['slowtool run', 'servetool', 'asktool'].flatMap((c) => allAdvice(c, analysis).map(textOf)).filter(Boolean);
    expect(texts.length).toBeGreaterThan(10);
    const tooLong = texts.filter((t) => t.length >= 400).map((t) => `${t.length} chars: ${t.slice(0, 40)}…`);
    expect([...new Set(tooLong)]).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
