/**
 * The hook protocol's types (src/runtime/hook-input.ts, hook-output.ts) against what Claude Code
 * really sends: every captured payload of 2.0.77 and 2.1.197 goes through the runtime parser and
 * comes out whole, and every tool field it carries is one the types name. The type-level half
 * (`expectTypeOf`, `@ts-expect-error`) is checked by `npm run typecheck`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {
  BashOutput as SdkBashResponse,
  BashInput as SdkBashInput,
  MonitorInput as SdkMonitorInput,
  TaskOutputInput as SdkTaskOutputInput,
  TaskStopInput as SdkTaskStopInput,
  TaskStopOutput as SdkTaskStopResponse,
} from '@anthropic-ai/claude-code/sdk-tools.js';
import type { KillShellInput as SdkKillShellInput } from 'claude-code-2-0/sdk-tools.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Category, Verdict } from '../../src/analysis/types.js';
import { handleLifecycle } from '../../src/policy/lifecycle.js';
import { handlePostToolUse } from '../../src/policy/post-tool-use.js';
import { handlePreToolUse } from '../../src/policy/pre-tool-use.js';
import { handleUserPromptSubmit } from '../../src/policy/user-prompt-submit.js';
import type { HookInput, KnownTool, ToolInputs, ToolResponses } from '../../src/runtime/hook-input.js';
import type { HookResult } from '../../src/runtime/hook-output.js';
import { parseHookInput, parsePostToolUse, parsePreToolUse } from '../../src/runtime/payload.js';
import type { HookHandler } from '../../src/runtime/run.js';
import { ADVICE_KINDS, type AdviceKind, type AdviceRecord, type CallFacts, type HookName } from '../../src/store/events.js';

const PAYLOADS = path.resolve(import.meta.dirname, '../../../shared/claude-code/payloads');
const FILES = ['claude-code-2.0.77.hooks.jsonl', 'claude-code-2.1.197.hooks.jsonl'];
const present = FILES.every((f) => fs.existsSync(path.join(PAYLOADS, f)));
const skipped = present ? '' : ` (skipped: ${PAYLOADS} holds no captured payloads)`;
const HANDLED: readonly HookName[] = [
  'PreToolUse',
  'PostToolUse',
  'PostToolUseFailure',
  'UserPromptSubmit',
  'Stop',
  'SessionStart',
  'SessionEnd',
];

function captured(): { file: string; line: number; raw: Record<string, unknown> }[] {
  return FILES.flatMap((file) =>
    fs
      .readFileSync(path.join(PAYLOADS, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ file, line: i + 1, text }))
      .filter((l) => l.text.trim() !== '')
      .map((l) => ({ file: l.file, line: l.line, raw: JSON.parse(l.text) as Record<string, unknown> })),
  );
}

/** Every key of `T`, listed once: the compiler rejects a list that misses or invents one. */
function keysOf<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : 'missing keys')
  ) => keys;
}

/** The fields the types give each tool's input and result, to hold captured payloads to. */
const TOOL_FIELDS: { [T in KnownTool]: { input: readonly string[]; response?: readonly string[] } } = {
  Bash: {
    input: ['command', 'description', 'timeout', 'run_in_background'],
    response: keysOf<ToolResponses['Bash']>()(
      'stdout',
      'stderr',
      'interrupted',
      'isImage',
      'noOutputExpected',
      'returnCodeInterpretation',
      'backgroundTaskId',
      'backgroundedByUser',
    ),
  },
  TaskOutput: {
    input: keysOf<ToolInputs['TaskOutput']>()('task_id', 'block', 'timeout'),
    response: keysOf<ToolResponses['TaskOutput']>()('retrieval_status', 'task'),
  },
  BashOutput: { input: keysOf<ToolInputs['BashOutput']>()('bash_id') },
  TaskStop: {
    input: keysOf<ToolInputs['TaskStop']>()('task_id', 'shell_id'),
    response: keysOf<ToolResponses['TaskStop']>()('message', 'task_id', 'task_type', 'command'),
  },
  KillShell: {
    input: keysOf<ToolInputs['KillShell']>()('shell_id'),
    response: keysOf<ToolResponses['KillShell']>()('message', 'shell_id'),
  },
  Read: { input: keysOf<ToolInputs['Read']>()('file_path', 'offset', 'limit'), response: keysOf<ToolResponses['Read']>()('type', 'file') },
  Monitor: {
    input: keysOf<ToolInputs['Monitor']>()('description', 'timeout_ms', 'persistent', 'command'),
    response: keysOf<ToolResponses['Monitor']>()('taskId', 'timeoutMs', 'persistent'),
  },
};
/** Bash's input type is open (a rewrite resends unknown fields): its known fields, checked here. */
expectTypeOf<Pick<ToolInputs['Bash'], 'command' | 'description' | 'timeout' | 'run_in_background'>>().toEqualTypeOf<{
  command: string;
  description?: string;
  timeout?: number;
  run_in_background?: boolean;
}>();

describe('captured Claude Code payloads', () => {
  it.skipIf(!present)(`parse, every line of both versions, into the typed input with no field lost${skipped}`, () => {
    const lines = captured();
    expect(lines.length).toBeGreaterThan(40);
    const events = new Set<string>();
    for (const { file, line, raw } of lines) {
      const where = `${file}:${line} (${String(raw.hook_event_name)})`;
      const parsed = parseHookInput(raw);
      if (!HANDLED.includes(raw.hook_event_name as HookName)) {
        // SubagentStop (2.0.77): an event bgtelemetry does not register for.
        expect(parsed, where).toBeNull();
        continue;
      }
      events.add(raw.hook_event_name as string);
      // Whole: a field Claude Code adds shows up here, to be named in hook-input.ts.
      expect(parsed, where).toEqual(raw);
    }
    expect([...events].sort()).toEqual([...HANDLED].sort());
  });

  it.skipIf(!present)(`carry only the tool fields the types name, for every tool captured${skipped}`, () => {
    const tools = new Set<string>();
    for (const { file, line, raw } of captured()) {
      const input = parseHookInput(raw);
      if (!input || !('tool_name' in input)) continue;
      const fields = TOOL_FIELDS[input.tool_name as KnownTool];
      expect(fields, `${file}:${line}: tool ${input.tool_name} is not typed`).toBeDefined();
      tools.add(input.tool_name);
      expect(
        Object.keys(input.tool_input).filter((k) => !fields.input.includes(k)),
        `${file}:${line} tool_input`,
      ).toEqual([]);
      if (input.hook_event_name === 'PostToolUse') {
        expect(
          Object.keys(input.tool_response as object).filter((k) => !fields.response?.includes(k)),
          `${file}:${line} tool_response`,
        ).toEqual([]);
      }
    }
    expect([...tools].sort()).toEqual(['Bash', 'KillShell', 'Read', 'TaskOutput', 'TaskStop']);
  });

  it('a hook parser takes its own events only, and a payload missing what its event needs is null', () => {
    const common = { session_id: 's', cwd: '/p' };
    const pre = { ...common, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' }, tool_use_id: 't' };
    expect(parsePreToolUse(pre)?.hook_event_name).toBe('PreToolUse');
    expect(parsePostToolUse(pre)).toBeNull();
    expect(parsePreToolUse({ ...pre, tool_input: 'ls' })).toBeNull();
    expect(parseHookInput({ ...common, hook_event_name: 'UserPromptSubmit' })).toBeNull();
    expect(parseHookInput({ ...common, hook_event_name: 'toString' })).toBeNull();
    expect(parseHookInput({ ...pre, session_id: 1 })).toBeNull();
  });
});

describe('types', () => {
  it('match the tool schemas Claude Code ships (sdk-tools.d.ts of both devDependency versions)', () => {
    expectTypeOf<Pick<SdkBashInput, 'command' | 'description' | 'timeout' | 'run_in_background'>>().toEqualTypeOf<
      Pick<ToolInputs['Bash'], 'command' | 'description' | 'timeout' | 'run_in_background'>
    >();
    expectTypeOf<SdkTaskOutputInput>().toEqualTypeOf<ToolInputs['TaskOutput']>();
    expectTypeOf<SdkTaskStopInput>().toEqualTypeOf<ToolInputs['TaskStop']>();
    expectTypeOf<SdkKillShellInput>().toEqualTypeOf<ToolInputs['KillShell']>();
    expectTypeOf<Omit<SdkMonitorInput, 'ws'>>().toEqualTypeOf<ToolInputs['Monitor']>();
    expectTypeOf<SdkTaskStopResponse>().toEqualTypeOf<ToolResponses['TaskStop']>();
    expectTypeOf<Pick<SdkBashResponse, keyof ToolResponses['Bash']>>().toEqualTypeOf<ToolResponses['Bash']>();
  });

  it('narrow an input by its event', () => {
    expectTypeOf<Extract<HookInput, { hook_event_name: 'Stop' }>['background_tasks']>().not.toBeAny();
    const failure = {
      session_id: 's',
      cwd: '/p',
      hook_event_name: 'PostToolUseFailure',
      tool_name: 'Bash',
      tool_input: { command: 'exit 3' },
      error: 'Exit code 3',
    };
    const errorOf = (input: HookInput | null) => {
      if (input?.hook_event_name === 'SessionStart') {
        // @ts-expect-error SessionStart is not a tool event
        void input.tool_name;
      }
      if (input?.hook_event_name !== 'PostToolUseFailure') return null;
      // @ts-expect-error a failed call carries no tool_response
      void input.tool_response;
      return input.error;
    };
    expectTypeOf(errorOf).returns.toEqualTypeOf<string | undefined | null>();
    expect(errorOf(parseHookInput(failure))).toBe('Exit code 3');
  });

  it('reject a wrong field or another event’s output', () => {
    const ok: HookResult<'PreToolUse'> = {
      hookSpecificOutput: {
        hookEventName: 'PreToolUse',
        permissionDecision: 'ask',
        updatedInput: { command: 'ls' },
        additionalContext: 'x',
      },
    };
    // @ts-expect-error another event's output
    const wrongEvent: HookResult<'PreToolUse'> = { hookSpecificOutput: { hookEventName: 'PostToolUse', additionalContext: 'x' } };
    // @ts-expect-error not a permission decision
    const wrongDecision: HookResult<'PreToolUse'> = { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'approve' } };
    // @ts-expect-error additionalContext belongs inside hookSpecificOutput
    const misplaced: HookResult<'UserPromptSubmit'> = { additionalContext: 'x' };
    // @ts-expect-error Stop has no hookSpecificOutput
    const stopContext: HookResult<'Stop'> = { hookSpecificOutput: { hookEventName: 'Stop', additionalContext: 'x' } };
    // @ts-expect-error SessionEnd cannot block
    const endBlock: HookResult<'SessionEnd'> = { decision: 'block' };
    const common: HookResult<'SessionEnd'> = { systemMessage: 'x', suppressOutput: true, continue: true, stopReason: 'y' };
    const handler: HookHandler<'UserPromptSubmit'> = () => ({
      // @ts-expect-error a UserPromptSubmit handler cannot return PreToolUse output
      hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny' },
    });
    expect([ok, wrongEvent, wrongDecision, misplaced, stopContext, endBlock, common, handler]).toHaveLength(8);
  });

  it('give each handler its own events’ output', () => {
    expectTypeOf(handlePreToolUse).returns.resolves.toEqualTypeOf<HookResult<'PreToolUse'>>();
    expectTypeOf(handlePostToolUse).returns.resolves.toEqualTypeOf<HookResult<'PostToolUse' | 'PostToolUseFailure'>>();
    expectTypeOf(handleUserPromptSubmit).returns.resolves.toEqualTypeOf<HookResult<'UserPromptSubmit'>>();
    expectTypeOf(handleLifecycle).returns.resolves.toEqualTypeOf<HookResult<'Stop' | 'SessionStart' | 'SessionEnd'>>();
  });

  it('take advice kinds, verdicts and categories from their tables only', () => {
    expectTypeOf<AdviceRecord['kind']>().toEqualTypeOf<AdviceKind>();
    expectTypeOf<CallFacts['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf<CallFacts['category']>().toEqualTypeOf<Category>();
    // @ts-expect-error not an advice kind
    const kind: AdviceKind = 'slow';
    // @ts-expect-error not a verdict
    const verdict: CallFacts['verdict'] = 'maybe-background';
    expect(ADVICE_KINDS).toContain('slow-foreground');
    expect(new Set(ADVICE_KINDS).size).toBe(ADVICE_KINDS.length);
    expect([kind, verdict]).toHaveLength(2);
  });
});
