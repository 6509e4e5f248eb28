/** The hook registry is the single description of what gets installed; the example must agree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOOK_SCRIPTS, HOOKS, describeHook, hooksFor, matcherSelects } from '../../src/hooks/registry.js';

const root = join(import.meta.dirname, '..', '..');

describe('hook registry', () => {
  it('settings.example.json registers exactly the registry, in matcher groups of its own', () => {
    const example = JSON.parse(readFileSync(join(root, 'settings.example.json'), 'utf8')) as {
      hooks: Record<string, { matcher?: string; hooks: { type: string; command: string; timeout: number }[] }[]>;
    };
    const fromExample = Object.entries(example.hooks).flatMap(([event, groups]) =>
      groups.flatMap((g) =>
        g.hooks.map((h) => ({ event, matcher: g.matcher, script: /hooks\/([\w-]+\.cjs)/.exec(h.command)?.[1], timeout: h.timeout })),
      ),
    );
    expect(fromExample).toEqual(HOOKS.map((h) => ({ event: h.event, matcher: h.matcher, script: h.script, timeout: h.timeout })));
  });

  it('selects tools the way Claude Code matchers do', () => {
    expect(matcherSelects('Bash', 'Bash')).toBe(true);
    expect(matcherSelects('Bash', 'BashOutput')).toBe(false); // exact names, not prefixes
    expect(matcherSelects('Bash|TaskOutput', 'TaskOutput')).toBe(true);
    expect(matcherSelects(undefined, 'Read')).toBe(true);
    expect(matcherSelects('*', 'Read')).toBe(true);
    expect(matcherSelects('Task.*', 'TaskStop')).toBe(true); // other characters make it a regex
    expect(hooksFor('PreToolUse', 'Read')).toEqual([]);
    expect(hooksFor('PostToolUseFailure', 'Bash').map((h) => h.script)).toEqual(['post-tool-use.cjs']);
  });

  it('lists each compiled script once, in registry order', () => {
    expect(HOOK_SCRIPTS).toEqual(['pre-tool-use.cjs', 'post-tool-use.cjs', 'user-prompt-submit.cjs', 'lifecycle.cjs']);
  });

  it('describes a hook with its matcher only when it has one', () => {
    expect(describeHook({ event: 'PreToolUse', matcher: 'Bash', script: 'pre-tool-use.cjs' })).toBe('PreToolUse (Bash) → pre-tool-use.cjs');
    expect(describeHook({ event: 'Stop', script: 'lifecycle.cjs' })).toBe('Stop → lifecycle.cjs');
    expect(describeHook({ event: 'Stop', matcher: '', script: 'lifecycle.cjs' })).toBe('Stop → lifecycle.cjs');
  });
});
