/**
 * The fuzz suite's payloads: a deterministic stream from a seed (BGT_FUZZ_SEED) of valid
 * payloads and mutated ones, each with the compiled hook script Claude Code would run for it.
 */
import { hooksFor } from '../../../src/hooks/registry.js';
import { type FuzzPaths, JsonText, TEXT_MUTATIONS, VALUE_MUTATIONS } from './mutations.js';
import { Random } from './random.js';
import { ValidPayloads } from './valid-payloads.js';

export type { FuzzPaths } from './mutations.js';

const DEFAULT_SEED = 20_261_204;
const DEFAULT_COUNT = 10_000;

/** The seed and count of this run, from BGT_FUZZ_SEED and BGT_FUZZ_COUNT. */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): { seed: number; count: number } {
  const seed = env.BGT_FUZZ_SEED ? Number(env.BGT_FUZZ_SEED) : DEFAULT_SEED;
  const count = env.BGT_FUZZ_COUNT ? Number(env.BGT_FUZZ_COUNT) : DEFAULT_COUNT;
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(count) || count < 1)
    throw new Error('BGT_FUZZ_SEED and BGT_FUZZ_COUNT must be integers');
  return { seed, count };
}

export interface FuzzCase {
  index: number;
  /** `valid`, or the mutations applied, in order. */
  mutation: string;
  /** The compiled hook Claude Code runs for the payload's event and tool (dist/hooks). */
  script: string;
  stdin: Buffer;
  /** Secrets in the payload's commands. */
  secrets: string[];
  /** Unchanged valid payload: records exactly one event, and nothing when replayed. */
  valid: boolean;
}

/** Share of the payloads left valid; the rest get one value mutation, a text mutation, or both. */
const VALID_SHARE = 0.3;

export function* fuzzCases(seed: number, count: number, paths: FuzzPaths): Generator<FuzzCase> {
  const rng = new Random(seed);
  const valid = new ValidPayloads(rng, seed.toString(36), paths);
  const valueNames = Object.keys(VALUE_MUTATIONS);
  const textNames = Object.keys(TEXT_MUTATIONS);
  const valueWeights = Object.fromEntries(valueNames.map((n) => [n, VALUE_MUTATIONS[n].weight]));
  const textWeights = Object.fromEntries(textNames.map((n) => [n, TEXT_MUTATIONS[n].weight]));
  for (let index = 0; index < count; index++) {
    const { payload, secrets } = valid.next(index);
    const script = hooksFor(String(payload.hook_event_name), payload.tool_name as string | undefined)[0].script;
    if (rng.chance(VALID_SHARE)) {
      yield { index, mutation: 'valid', script, stdin: Buffer.from(JSON.stringify(payload)), secrets, valid: true };
      continue;
    }
    const applied: string[] = [];
    let value: unknown = payload;
    const how = rng.weighted({ value: 6, text: 3, both: 1 });
    if (how !== 'text') {
      const name = rng.weighted(valueWeights);
      value = VALUE_MUTATIONS[name].apply(payload, rng, paths);
      applied.push(name);
    }
    let stdin: string | Buffer = value instanceof JsonText ? value.text : (JSON.stringify(value) ?? '');
    if (how !== 'value') {
      const name = rng.weighted(textWeights);
      stdin = TEXT_MUTATIONS[name].apply(stdin, rng);
      applied.push(name);
    }
    yield { index, mutation: applied.join(' + '), script, stdin: Buffer.from(stdin), secrets, valid: false };
  }
}
