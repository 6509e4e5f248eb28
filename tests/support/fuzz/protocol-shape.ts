/**
 * What a hook may print for each event (src/runtime/hook-output.ts, PROTOCOL.md), as data: the
 * fuzz suite checks every output against it, field by field.
 */
type FieldCheck = (v: unknown) => boolean;

const isString: FieldCheck = (v) => typeof v === 'string';
const isBoolean: FieldCheck = (v) => typeof v === 'boolean';
const isObject: FieldCheck = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf =
  (...values: string[]): FieldCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v);

const COMMON: Record<string, FieldCheck> = {
  continue: isBoolean,
  stopReason: isString,
  suppressOutput: isBoolean,
  systemMessage: isString,
};
const BLOCK: Record<string, FieldCheck> = { decision: oneOf('block'), reason: isString };
const CONTEXT: Record<string, FieldCheck> = { additionalContext: isString };
const PRE_TOOL_USE: Record<string, FieldCheck> = {
  permissionDecision: oneOf('allow', 'deny', 'ask'),
  permissionDecisionReason: isString,
  updatedInput: isObject,
  additionalContext: isString,
};

/** Per event: the top-level fields and the fields of `hookSpecificOutput` (null: none allowed). */
const OUTPUTS: Record<string, { top: Record<string, FieldCheck>; specific: Record<string, FieldCheck> | null }> = {
  PreToolUse: { top: COMMON, specific: PRE_TOOL_USE },
  PostToolUse: { top: { ...COMMON, ...BLOCK }, specific: CONTEXT },
  PostToolUseFailure: { top: COMMON, specific: CONTEXT },
  UserPromptSubmit: { top: { ...COMMON, ...BLOCK }, specific: CONTEXT },
  SessionStart: { top: COMMON, specific: CONTEXT },
  Stop: { top: { ...COMMON, ...BLOCK }, specific: null },
  SessionEnd: { top: COMMON, specific: null },
};

function fieldProblems(value: Record<string, unknown>, allowed: Record<string, FieldCheck>, where: string): string[] {
  return Object.entries(value).flatMap(([key, v]) =>
    !Object.hasOwn(allowed, key)
      ? [`${where}${key} is not a field of this output`]
      : allowed[key](v)
        ? []
        : [`${where}${key} has a wrong type`],
  );
}

/** Why `stdout` is not what a hook may print for `event` (empty when it is). */
export function outputProblems(stdout: string, event: unknown): string[] {
  if (stdout === '') return [];
  if (stdout.includes('\n')) return ['more than one line'];
  let value: unknown;
  try {
    value = JSON.parse(stdout);
  } catch {
    return ['not JSON'];
  }
  if (!isObject(value)) return ['not a JSON object'];
  const shape = typeof event === 'string' && Object.hasOwn(OUTPUTS, event) ? OUTPUTS[event] : null;
  if (!shape) return [`printed output for an event it does not handle (${String(event)})`];
  const { hookSpecificOutput: specific, ...top } = value as Record<string, unknown>;
  const problems = fieldProblems(top, shape.top, '');
  if (specific === undefined) return problems;
  if (!shape.specific || !isObject(specific)) return [...problems, 'hookSpecificOutput not allowed here, or not an object'];
  const { hookEventName, ...fields } = specific as Record<string, unknown>;
  if (hookEventName !== event) problems.push(`hookSpecificOutput.hookEventName ${String(hookEventName)} for a ${event} event`);
  return [...problems, ...fieldProblems(fields, shape.specific, 'hookSpecificOutput.')];
}
