/** Payload text to value: a byte order mark, depth bounds, and Stop tasks that nest without end. */
import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan, parsePayload } from '../../src/runtime/json-payload.js';
import { parseLifecycle } from '../../src/runtime/payload.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parsePayload', () => {
  it('skips a UTF-8 byte order mark', () => {
    expect(parsePayload('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('takes nesting up to the limit and refuses one level more', () => {
    expect(parsePayload(nested(MAX_PAYLOAD_DEPTH))).toBeInstanceOf(Array);
    expect(() => parsePayload(nested(MAX_PAYLOAD_DEPTH + 1))).toThrow(/nests deeper than/);
  });

  it('refuses a megabyte of brackets quickly', () => {
    const started = performance.now();
    expect(() => parsePayload(nested(500_000))).toThrow(/nests deeper than/);
    expect(performance.now() - started).toBeLessThan(2000); // parsing it costs about a second
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ s: '[[[[\\"[[[[' }), 2)).toBe(false);
    expect(nestsDeeperThan('{"s":"\\\\"}', 1)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[]}]}', 3)).toBe(true);
  });
});

describe('a Stop payload', () => {
  it('keeps only the string fields of each background task, however deep a task nests', () => {
    let deep: unknown = 'bottom';
    for (let k = 0; k < 100_000; k++) deep = [deep];
    const input = parseLifecycle({
      session_id: 's',
      hook_event_name: 'Stop',
      background_tasks: [{ id: 't1', command: 'npm test', status: 'running', extra: deep }, 'not a task'],
    });
    expect(input?.hook_event_name).toBe('Stop');
    const tasks = input && 'background_tasks' in input ? input.background_tasks : undefined;
    expect(JSON.parse(JSON.stringify(tasks))).toEqual([{ id: 't1', command: 'npm test', status: 'running' }, {}]);
  });
});
