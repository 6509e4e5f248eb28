/**
 * Ways a payload can go wrong, as a table: value mutations change the parsed object (types,
 * fields, sizes, depth, characters, paths), text mutations change the bytes on stdin (BOM, bad
 * UTF-8, duplicate keys, truncation, size). Each takes a valid payload and the generator.
 */
import { HOOKS } from '../../../src/hooks/registry.js';
import { MAX_STDIN_BYTES } from '../../../src/runtime/stdin.js';
import type { Random } from './random.js';
import type { Payload } from './valid-payloads.js';

/** Paths the suite made for payloads to point at: what a hook must read without blocking. */
export interface FuzzPaths {
  project: string;
  transcript: string;
  fifo: string;
  directory: string;
  missing: string;
  file: string;
  /** A project whose .claude/bgtelemetry.json is a FIFO. */
  fifoConfigProject: string;
}

type ValueMutation = (p: Payload, rng: Random, paths: FuzzPaths) => unknown;
type TextMutation = (text: string, rng: Random) => string | Buffer;

/** Every event bgtelemetry registers a hook for. */
const EVENTS = [...new Set(HOOKS.map((h) => h.event))];
const HOSTILE_CHARS = [
  '\0',
  '\x1b[2J',
  '\x1b]0;title\x07',
  '\r',
  '\b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u2028',
  '\x7f',
];
const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, 3.5, true, false, '', 'x', [], {}, [null], { a: 1 }, '__proto__', 'NaN'];
const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''];

/** Every (object, key) below a value, to pick one to change. */
function slots(value: unknown, out: [Payload, string][] = [], depth = 0): [Payload, string][] {
  if (typeof value !== 'object' || value === null || depth > 6) return out;
  for (const key of Object.keys(value)) {
    out.push([value as Payload, key]);
    slots((value as Payload)[key], out, depth + 1);
  }
  return out;
}

function stringSlots(p: Payload): [Payload, string][] {
  return slots(p).filter(([o, k]) => typeof o[k] === 'string');
}

/** JSON text already made: a value JSON.stringify itself could not make (it overflows the stack thousands of levels down). */
export class JsonText {
  constructor(readonly text: string) {}
}

const DEEP = '\u0000deep\u0000';

/** `p` as JSON text with `leaf` at `depth` levels of arrays or objects where `DEEP` stands. */
function nestedText(p: unknown, depth: number, leaf: unknown, rng: Random): JsonText {
  const [open, close] = rng.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
  return new JsonText(
    JSON.stringify(p).replace(JSON.stringify(DEEP), () => open.repeat(depth) + JSON.stringify(leaf) + close.repeat(depth)),
  );
}

function insertAt(s: string, at: number, piece: string): string {
  return s.slice(0, at) + piece + s.slice(at);
}

export const VALUE_MUTATIONS: Record<string, { weight: number; apply: ValueMutation }> = {
  'missing field': {
    weight: 10,
    apply: (p, rng) => {
      const [o, k] = rng.pick(slots(p));
      delete o[k];
      return p;
    },
  },
  'wrong type': {
    weight: 12,
    apply: (p, rng) => {
      const [o, k] = rng.pick(slots(p));
      o[k] = structuredClone(rng.pick(ODD_VALUES));
      return p;
    },
  },
  'number or boolean as string': {
    weight: 5,
    apply: (p) => {
      for (const [o, k] of slots(p)) if (typeof o[k] === 'number' || typeof o[k] === 'boolean') o[k] = String(o[k]);
      const input = p.tool_input as Payload | undefined;
      if (input && typeof input === 'object') Object.assign(input, { run_in_background: 'true', timeout: '600000' });
      if ('duration_ms' in p) p.duration_ms = '12';
      return p;
    },
  },
  'extra fields': {
    weight: 6,
    apply: (p, rng) => {
      const targets = slots(p)
        .map(([o, k]) => o[k])
        .filter((v): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v));
      const o = rng.pick([p, ...targets]);
      o[rng.pick(SPECIAL_KEYS)] = structuredClone(rng.pick(ODD_VALUES));
      o[`extra_${rng.int(0, 99)}`] = structuredClone(rng.pick(ODD_VALUES));
      return p;
    },
  },
  'huge string': {
    weight: 3,
    apply: (p, rng) => {
      const [o, k] = rng.pick(stringSlots(p).length ? stringSlots(p) : slots(p));
      o[k] = rng.pick(['a', 'x y ', '\n', '"', '\\', 'é', '$(', '😀']).repeat(rng.int(10_000, 700_000));
      return p;
    },
  },
  'deep nesting': {
    weight: 4,
    apply: (p, rng) => {
      // Around the parser's limit (MAX_PAYLOAD_DEPTH, 1000): just under it must work, over it is refused.
      const depth = rng.pick([10, 200, 990, 998, 1001, 5000, 100_000]);
      if (p.hook_event_name === 'Stop' && rng.chance(0.5)) {
        p.background_tasks = [DEEP];
        return nestedText(p, depth, { id: 'deep', command: 'ls' }, rng);
      }
      const [o, k] = rng.pick(slots(p));
      const leaf = o[k];
      o[k] = DEEP;
      return nestedText(p, depth, leaf, rng);
    },
  },
  'hostile characters': {
    weight: 12,
    apply: (p, rng) => {
      for (let n = rng.int(1, 4); n > 0; n--) {
        const all = stringSlots(p);
        if (!all.length) break;
        const [o, k] = rng.pick(all);
        const s = o[k] as string;
        o[k] = insertAt(s, rng.int(0, s.length), rng.pick(HOSTILE_CHARS).repeat(rng.int(1, 3)));
      }
      return p;
    },
  },
  'odd path': {
    weight: 10,
    apply: (p, rng, paths) => {
      const field = rng.pick(['transcript_path', 'cwd']);
      p[field] = rng.pick([
        paths.fifo,
        paths.directory,
        paths.missing,
        paths.file,
        paths.fifoConfigProject,
        '/dev/zero',
        '/dev/null',
        '',
        '.',
        'relative/path',
        '/',
        `${paths.missing}/\0/x`,
      ]);
      return p;
    },
  },
  'other event name': {
    weight: 5,
    apply: (p, rng) => {
      p.hook_event_name = rng.pick([...EVENTS, 'SubagentStop', 'Notification', 'pretooluse', '', 'constructor', '__proto__', 'toString']);
      return p;
    },
  },
  'other tool': {
    weight: 4,
    apply: (p, rng) => {
      p.tool_name = rng.pick([
        'Bash',
        'bash',
        'Read',
        'TaskOutput',
        'TaskStop',
        'KillShell',
        'BashOutput',
        'Monitor',
        'Edit',
        '',
        'hasOwnProperty',
        '__proto__',
      ]);
      return p;
    },
  },
  'not an object': {
    weight: 2,
    apply: (p, rng) => rng.pick([[p], null, 0, 'text', true, [], p.tool_input ?? {}]),
  },
};

export const TEXT_MUTATIONS: Record<string, { weight: number; apply: TextMutation }> = {
  BOM: { weight: 4, apply: (t) => '\ufeff' + t },
  'invalid UTF-8': {
    weight: 5,
    apply: (t, rng) => {
      const bytes = Buffer.from(t, 'utf8');
      // Inside a string (after a quote) where possible, so the JSON stays well-formed around it.
      const quote = bytes.indexOf(0x22, rng.int(0, bytes.length - 1));
      const at = quote < 0 ? rng.int(0, bytes.length) : quote + 1;
      const bad = rng.pick([[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]]);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
    },
  },
  'duplicate keys': {
    weight: 5,
    apply: (t, rng) => {
      const key = rng.pick(['hook_event_name', 'session_id', 'tool_name', 'tool_input', 'tool_use_id', 'cwd', 'prompt']);
      const value = JSON.stringify(rng.pick([...EVENTS, 'x', null, 1, { command: 'rm -rf /' }]));
      return rng.chance(0.5) ? t.replace(/^\{/, `{"${key}":${value},`) : t.replace(/\}$/, `,"${key}":${value}}`);
    },
  },
  truncated: { weight: 6, apply: (t, rng) => t.slice(0, rng.int(0, t.length - 1)) },
  'trailing bytes': {
    weight: 3,
    apply: (t, rng) => t + rng.pick(['\n', '\n\n  \t', ' garbage', t, '\0', '}', '\n{"a":1}']),
  },
  'blank or odd stdin': { weight: 2, apply: (_t, rng) => rng.pick(['', ' ', '\n', '\ufeff', 'null', '[]', '{}', '"x"', '{', '\0\0\0']) },
  'over the size cap': {
    weight: 0.1,
    apply: (t, rng) => t.replace(/^\{/, `{"pad":"${'a'.repeat(MAX_STDIN_BYTES + rng.int(1, 1000))}",`),
  },
};
