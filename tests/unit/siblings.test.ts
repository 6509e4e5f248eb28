/**
 * Finding the other Bash calls of one assistant message: from a real transcript file in Claude
 * Code's format (one line per content block), or by the timing fallback on the last finished call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import type { FinishedCall } from '../../src/store/queries.js';
import { findSiblings, SAME_MESSAGE_GAP_MS } from '../../src/policy/siblings.js';
import { bashCallsInSameMessage } from '../../src/policy/transcript.js';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgtelemetry-siblings-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

// --- transcript lines, as Claude Code writes them ------------------------------------------------

function user(text: string): object {
  return { type: 'user', message: { role: 'user', content: text }, uuid: `u-${text.length}` };
}

function toolResult(toolUseId: string, output: string): object {
  return { type: 'user', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: toolUseId, content: output }] } };
}

function text(messageId: string, body: string): object {
  return { type: 'assistant', message: { id: messageId, role: 'assistant', content: [{ type: 'text', text: body }] } };
}

function toolUse(messageId: string, id: string, name: string, input: Record<string, unknown>): object {
  return { type: 'assistant', message: { id: messageId, role: 'assistant', content: [{ type: 'tool_use', id, name, input }] } };
}

function bash(messageId: string, id: string, command: string, runInBackground?: boolean): object {
  return toolUse(
    messageId,
    id,
    'Bash',
    runInBackground === undefined ? { command, description: 'x' } : { command, description: 'x', run_in_background: runInBackground },
  );
}

/** A line cut at the start, as the first line of a tail read usually is. */
const CUT_LINE = 'ool_use","id":"toolu_cut","name":"Bash","input":{"command":"npm test"}}]}}';

function writeTranscript(lines: (object | string)[], name = 'transcript.jsonl'): string {
  const file = path.join(root, name);
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

/** Noise, then msg_1 with four Bash calls (one in the background), a Read, and text. */
function standardTranscript(): string {
  return writeTranscript([
    CUT_LINE,
    user('please run the checks'),
    text('msg_0', 'Let me look first.'),
    bash('msg_0', 'toolu_old', 'npm install'),
    toolResult('toolu_old', 'added 300 packages'),
    user('now the tests'),
    text('msg_1', 'Running the checks.'),
    bash('msg_1', 'toolu_a', 'npm test'),
    toolUse('msg_1', 'toolu_r', 'Read', { file_path: '/repo/package.json' }),
    bash('msg_1', 'toolu_b', 'cargo build --release'),
    bash('msg_1', 'toolu_c', 'npm ls'),
    bash('msg_1', 'toolu_d', 'make e2e', true),
  ]);
}

describe('bashCallsInSameMessage', () => {
  it('finds every Bash call of the message, and ignores other tools and other messages', () => {
    const file = standardTranscript();
    const result = bashCallsInSameMessage(file, 'toolu_a');
    expect(result).toEqual({
      messageId: 'msg_1',
      calls: [
        { id: 'toolu_a', command: 'npm test', runInBackground: false },
        { id: 'toolu_b', command: 'cargo build --release', runInBackground: false },
        { id: 'toolu_c', command: 'npm ls', runInBackground: false },
        { id: 'toolu_d', command: 'make e2e', runInBackground: true },
      ],
    });
  });

  it('gives the same answer from any call of the message', () => {
    const file = standardTranscript();
    const fromA = bashCallsInSameMessage(file, 'toolu_a');
    expect(bashCallsInSameMessage(file, 'toolu_c')).toEqual(fromA);
    expect(bashCallsInSameMessage(file, 'toolu_d')).toEqual(fromA);
  });

  it('finds both Bash calls of a two-call message', () => {
    const file = writeTranscript([
      user('go'),
      bash('msg_1', 'toolu_a', 'npm test'),
      bash('msg_1', 'toolu_b', 'npm run lint'),
      bash('msg_2', 'toolu_x', 'npm run build'),
    ]);
    const result = bashCallsInSameMessage(file, 'toolu_b');
    expect(result?.messageId).toBe('msg_1');
    expect(result?.calls.map((c) => c.id)).toEqual(['toolu_a', 'toolu_b']);
  });

  it('a message with a single Bash call gives just that call', () => {
    const file = writeTranscript([
      user('install'),
      bash('msg_0', 'toolu_old', 'npm test'),
      toolResult('toolu_old', 'ok'),
      user('go'),
      text('msg_9', 'Installing.'),
      bash('msg_9', 'toolu_one', 'npm install'),
    ]);
    expect(bashCallsInSameMessage(file, 'toolu_one')).toEqual({
      messageId: 'msg_9',
      calls: [{ id: 'toolu_one', command: 'npm install', runInBackground: false }],
    });
  });

  // Claude Code 2.1.x writes a `progress` line naming the call (toolUseID) while its PreToolUse
  // hook runs, right after the tool_use line: the call is in the transcript and must be found.
  it('finds the calls when a PreToolUse hook_progress line for the call follows it', () => {
    const progress = (id: string) => ({
      parentUuid: 'a-1',
      type: 'progress',
      data: { type: 'hook_progress', hookEvent: 'PreToolUse', hookName: 'PreToolUse:Bash', command: 'node dist/hooks/pre-tool-use.mjs' },
      toolUseID: id,
      parentToolUseID: id,
      uuid: 'p-1',
      timestamp: '2026-03-23T06:27:58.835Z',
      version: '2.1.81',
    });
    const file = writeTranscript([
      user('run the checks'),
      bash('msg_1', 'toolu_a', 'npm test'),
      bash('msg_1', 'toolu_b', 'cargo build'),
      progress('toolu_a'),
    ]);
    expect(bashCallsInSameMessage(file, 'toolu_a')).toEqual({
      messageId: 'msg_1',
      calls: [
        { id: 'toolu_a', command: 'npm test', runInBackground: false },
        { id: 'toolu_b', command: 'cargo build', runInBackground: false },
      ],
    });
  });

  it('counts a block written twice once', () => {
    const file = writeTranscript([
      bash('msg_1', 'toolu_a', 'npm test'),
      bash('msg_1', 'toolu_b', 'npm run lint'),
      bash('msg_1', 'toolu_a', 'npm test'),
    ]);
    expect(bashCallsInSameMessage(file, 'toolu_b')?.calls.map((c) => c.id)).toEqual(['toolu_a', 'toolu_b']);
  });

  it('returns null when the call is not in the transcript yet', () => {
    const file = standardTranscript();
    expect(bashCallsInSameMessage(file, 'toolu_later')).toBeNull();
  });

  it('returns null when the call id only appears in a line that is not its tool_use', () => {
    // The id appears in a cut line (not JSON): there is no message to belong to.
    const file = standardTranscript();
    expect(bashCallsInSameMessage(file, 'toolu_cut')).toBeNull();
  });

  it('returns null without a transcript, without an id, or for a missing file', () => {
    const file = standardTranscript();
    expect(bashCallsInSameMessage(undefined, 'toolu_a')).toBeNull();
    expect(bashCallsInSameMessage(file, undefined)).toBeNull();
    expect(bashCallsInSameMessage(path.join(root, 'missing.jsonl'), 'toolu_a')).toBeNull();
    expect(bashCallsInSameMessage(writeTranscript([], 'empty.jsonl'), 'toolu_a')).toBeNull();
  });

  it('reads only the tail of a long transcript and survives the cut line at its start', () => {
    const filler = text('msg_filler', 'x'.repeat(1000));
    const lines: (object | string)[] = [bash('msg_early', 'toolu_early', 'npm test')];
    for (let i = 0; i < 400; i++) lines.push(filler); // ~400 KiB, more than the tail read
    lines.push(bash('msg_1', 'toolu_a', 'npm test'), bash('msg_1', 'toolu_b', 'pytest -x'));
    const file = writeTranscript(lines, 'long.jsonl');
    expect(fs.statSync(file).size).toBeGreaterThan(256 * 1024);

    expect(bashCallsInSameMessage(file, 'toolu_a')?.calls.map((c) => c.command)).toEqual(['npm test', 'pytest -x']);
    // A call before the tail is out of sight.
    expect(bashCallsInSameMessage(file, 'toolu_early')).toBeNull();
  });

  it('finds a call 100 KiB back, and a message whose lines began before the last 32 KiB', () => {
    const filler = text('msg_filler', 'x'.repeat(1000));
    const lines: (object | string)[] = [bash('msg_back', 'toolu_back', 'make')];
    for (let i = 0; i < 100; i++) lines.push(filler);
    // One message: a Bash call, 40 KiB of text, another Bash call (one line per block).
    lines.push(
      bash('msg_2', 'toolu_first', 'npm test'),
      text('msg_2', 'y'.repeat(40 * 1024)),
      bash('msg_2', 'toolu_second', 'cargo build'),
    );
    const file = writeTranscript(lines, 'straddle.jsonl');
    expect(bashCallsInSameMessage(file, 'toolu_second')?.calls.map((c) => c.id)).toEqual(['toolu_first', 'toolu_second']);
    expect(bashCallsInSameMessage(file, 'toolu_back')?.calls.map((c) => c.id)).toEqual(['toolu_back']);
  });
});

describe('findSiblings from the transcript', () => {
  it('counts the calls of the message and lists the slow foreground signatures', () => {
    const file = standardTranscript();
    const state = lastFinished();
    const current = analyze('npm test');
    const result = findSiblings(
      bashCallsInSameMessage(file, 'toolu_a'),
      'toolu_a',
      { signature: current.signature, slow: true, promptId: 'p1' },
      state.get,
      {},
    );
    expect(result).toEqual({ count: 4, slowSignatures: ['npm test', 'cargo build'], messageId: 'msg_1' });
  });

  it('uses the analysis options for the other calls', () => {
    const file = standardTranscript();
    const state = lastFinished();
    // With a one-hour threshold nothing in the message is slow, except what the caller says.
    const result = findSiblings(bashCallsInSameMessage(file, 'toolu_c'), 'toolu_c', { signature: 'npm ls', slow: false }, state.get, {
      slowThresholdSeconds: 3600,
    });
    expect(result).toEqual({ count: 4, slowSignatures: [], messageId: 'msg_1' });
  });

  it('takes the current call as slow when the caller says so', () => {
    const file = writeTranscript([bash('msg_1', 'toolu_a', './scripts/e2e.sh'), bash('msg_1', 'toolu_b', 'npm ls')]);
    const state = lastFinished();
    // The caller's configuration made e2e.sh slow; the transcript text alone would not.
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_a'), 'toolu_a', { signature: 'e2e.sh', slow: true }, state.get, {})).toEqual({
      count: 2,
      slowSignatures: ['e2e.sh'],
      messageId: 'msg_1',
    });
  });

  it('lists a repeated slow signature once', () => {
    const file = writeTranscript([
      bash('msg_1', 'toolu_a', 'npm test'),
      bash('msg_1', 'toolu_b', 'npm test -- unit'),
      bash('msg_1', 'toolu_c', 'npm test -- e2e'),
    ]);
    const state = lastFinished();
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_b'), 'toolu_b', { signature: 'npm test', slow: true }, state.get, {})).toEqual({
      count: 3,
      slowSignatures: ['npm test'],
      messageId: 'msg_1',
    });
  });

  it('a message with one Bash call has no siblings, even right after another call finished', () => {
    const file = writeTranscript([
      user('go'),
      bash('msg_0', 'toolu_prev', 'cargo build'),
      toolResult('toolu_prev', 'ok'),
      bash('msg_9', 'toolu_one', 'npm install'),
    ]);
    const state = lastFinished();
    const now = 1_000_000;
    state.set({ finishedAt: now - 10, signature: 'cargo build', slow: true, promptId: 'p1' });
    expect(
      findSiblings(
        bashCallsInSameMessage(file, 'toolu_one'),
        'toolu_one',
        { signature: 'npm install', slow: true, promptId: 'p1' },
        state.get,
        {},
        now,
      ),
    ).toBeNull();
  });
});

describe('findSiblings timing fallback', () => {
  const now = 5_000_000;
  const current = { signature: 'npm test', slow: true, promptId: 'p1' };

  function setup() {
    const file = standardTranscript(); // does not yet show toolu_new
    const state = lastFinished();
    return { file, state };
  }

  it('with no finished call there are no siblings', () => {
    const { file, state } = setup();
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toBeNull();
  });

  it('a call that finished moments ago under the same prompt counts as a sibling', () => {
    const { file, state } = setup();
    state.set({ finishedAt: now - 50, signature: 'cargo build', slow: true, promptId: 'p1' });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toEqual({
      count: 2,
      slowSignatures: ['cargo build', 'npm test'],
    });
  });

  it('the gap limit is inclusive', () => {
    const { file, state } = setup();
    state.set({ finishedAt: now - SAME_MESSAGE_GAP_MS, signature: 'cargo build', slow: false, promptId: 'p1' });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toEqual({
      count: 2,
      slowSignatures: ['npm test'],
    });
  });

  it('a call that finished longer ago belongs to another turn', () => {
    const { file, state } = setup();
    state.set({ finishedAt: now - SAME_MESSAGE_GAP_MS - 1, signature: 'cargo build', slow: true, promptId: 'p1' });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toBeNull();
  });

  it('a call under another prompt is not a sibling', () => {
    const { file, state } = setup();
    state.set({ finishedAt: now - 10, signature: 'cargo build', slow: true, promptId: 'p0' });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toBeNull();
    // Nor when only one side knows its prompt.
    state.set({ finishedAt: now - 10, signature: 'cargo build', slow: true });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toBeNull();
  });

  it('without prompt ids (2.0.x) timing alone decides', () => {
    const { file, state } = setup();
    state.set({ finishedAt: now - 10, signature: 'cargo build', slow: true });
    expect(
      findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', { signature: 'npm test', slow: true }, state.get, {}, now),
    ).toEqual({ count: 2, slowSignatures: ['cargo build', 'npm test'] });
  });

  it('lists only the slow ones, each once', () => {
    const { file, state } = setup();
    state.set({ finishedAt: now - 10, signature: 'npm test', slow: true, promptId: 'p1' });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {}, now)).toEqual({
      count: 2,
      slowSignatures: ['npm test'],
    });
    state.set({ finishedAt: now - 10, signature: 'npm ls', slow: false, promptId: 'p1' });
    expect(
      findSiblings(
        bashCallsInSameMessage(file, 'toolu_new'),
        'toolu_new',
        { ...current, signature: 'git status', slow: false },
        state.get,
        {},
        now,
      ),
    ).toEqual({ count: 2, slowSignatures: [] });
  });

  it('works without a transcript at all', () => {
    const state = lastFinished();
    state.set({ finishedAt: now - 10, signature: 'cargo build', slow: true, promptId: 'p1' });
    expect(findSiblings(bashCallsInSameMessage(undefined, undefined), undefined, current, state.get, {}, now)).toEqual({
      count: 2,
      slowSignatures: ['cargo build', 'npm test'],
    });
  });

  it('uses the real clock by default', () => {
    const { file, state } = setup();
    state.set({ finishedAt: Date.now(), signature: 'cargo build', slow: true, promptId: 'p1' });
    expect(findSiblings(bashCallsInSameMessage(file, 'toolu_new'), 'toolu_new', current, state.get, {})?.count).toBe(2);
  });
});

/** The store's "last finished call" answer, held in memory. */
function lastFinished() {
  let last: FinishedCall | null = null;
  return { set: (c: FinishedCall) => void (last = c), get: () => last };
}
