/**
 * Every recording the repo ships (two sessions captured from real Claude Code binaries, and the
 * demo session) replayed through the compiled hooks: exit codes, stdout, and what the model is told.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDINGS } from '../../src/demo/recordings.js';
import { parseRecording, replay } from '../../src/demo/replay.js';
import { contextOf, expectContract, HOOKS_DIR, sandbox } from './harness.js';

async function replayRecording(name: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const box = sandbox(extraEnv);
  const transcript = join(box.home, 'transcript.jsonl');
  const runs = await replay(parseRecording(RECORDINGS[name].text), {
    hooksDir: HOOKS_DIR,
    env: box.env,
    transcriptPath: transcript,
    rewrite: (p) => ({ ...p, cwd: box.project, transcript_path: transcript }),
  });
  return { box, runs };
}

/** `[tool_use_id, event, what the model is told]` for every run that said something. */
function told(runs: Awaited<ReturnType<typeof replayRecording>>['runs']) {
  return runs
    .map((r) => [r.payload.tool_use_id, r.event, expectContract(r)] as const)
    .filter(([, , out]) => out !== null)
    .map(([id, event, out]) => [id, event, contextOf(out) ?? JSON.stringify(out)] as [unknown, string, string]);
}

describe('captured Claude Code sessions', () => {
  for (const name of ['claude-code-2.1.197', 'claude-code-2.0.77']) {
    it(`${name}: every hook run keeps the contract and stays quiet on these quick commands`, async () => {
      const { box, runs } = await replayRecording(name);
      // Bash Pre and Post (or PostToolUseFailure) for each of the 7 Bash calls.
      expect(runs.filter((r) => r.payload.tool_name === 'Bash')).toHaveLength(14);
      for (const r of runs) expectContract(r);
      // sleep 2 / 4 / 30, echo, git --version, exit 3: nothing slow runs in the foreground.
      expect(told(runs)).toEqual([]);
      expect(box.errors()).toBe('');
    });
  }
});

describe('demo session', () => {
  it('tells the model the right thing at each step (2.1 generation)', async () => {
    const { box, runs } = await replayRecording('demo');
    const messages = told(runs);
    expect(messages.map(([id, event]) => [id, event])).toEqual([
      ['toolu_01', 'PreToolUse'],
      ['toolu_02a', 'PreToolUse'],
      ['toolu_03', 'PreToolUse'],
      ['toolu_04', 'PreToolUse'],
      ['toolu_05', 'PreToolUse'],
      ['toolu_07', 'PreToolUse'],
    ]);
    const text = Object.fromEntries(messages.map(([id, , t]) => [id, t]));
    expect(text.toolu_01).toMatch(/`npm ci` is slow.*run_in_background: true/);
    // Two Bash calls in one assistant message, read from the transcript.
    expect(text.toolu_02a).toMatch(/this message runs 2 Bash calls.*`npm test`, `tsc`/);
    expect(text.toolu_03).toMatch(/`npm run dev` never exits on its own/);
    expect(text.toolu_04).toMatch(/`git commit` waits for terminal input.*git commit -m/);
    expect(text.toolu_05).toMatch(/`cd` changes the shell itself/);
    expect(text.toolu_07).toMatch(/`git status` finishes in about/);
    for (const [, , t] of messages) expect(t.length).toBeLessThan(400);
    expect(box.errors()).toBe('');
  });

  it('enforce mode blocks the slow foreground calls with a reason for the model', async () => {
    const { runs } = await replayRecording('demo', { BGTELEMETRY_MODE: 'enforce' });
    const denied = runs
      .filter((r) => (expectContract(r)?.hookSpecificOutput as { permissionDecision?: string } | undefined)?.permissionDecision === 'deny')
      .map((r) => r.payload.tool_use_id);
    expect(denied).toEqual(['toolu_01', 'toolu_02a', 'toolu_02b', 'toolu_03']);
  });
});
