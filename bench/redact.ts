// Speed of secret redaction in-process: the committed agent sample, one 64 KB command, and the
// inputs that make a careless pattern backtrack (tests/fixtures/secrets.ts). Tests only check
// that none of these hangs; the targets are here.
// Usage: npx tsx bench/redact.ts [--json] [--check]   (--check: exit 1 when a target is missed)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactSecrets } from '../src/privacy/redact.js';
import { PATHOLOGICAL } from '../tests/fixtures/secrets.js';

const root = join(import.meta.dirname, '..');
const sample = readFileSync(join(root, 'tests', 'fixtures', 'agent-commands.sample.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { command: string }).command);

/** Best of five, in milliseconds: the machine's noise only ever adds time. */
function best(fn: () => void): number {
  let ms = Infinity;
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

const batch = Array.from({ length: 1000 }, (_, i) => sample[i % sample.length]);
const big = sample
  .join(' && ')
  .repeat(Math.ceil(65536 / sample.join(' && ').length))
  .slice(0, 65536);
for (const c of batch) redactSecrets(c); // warm-up: lazily built patterns, JIT

const results = [
  {
    name: '1,000 sample commands',
    ms: best(() => {
      for (const c of batch) redactSecrets(c);
    }),
    targetMs: 100,
  },
  { name: 'one 64 KB command', ms: best(() => redactSecrets(big)), targetMs: 50 },
  ...PATHOLOGICAL.map(([name, input]) => ({ name: `pathological: ${name}`, ms: best(() => redactSecrets(input)), targetMs: 100 })),
];
const missed = results.filter((r) => r.ms >= r.targetMs);
if (process.argv.includes('--json')) console.log(JSON.stringify({ results, missed: missed.length }, null, 2));
else
  for (const r of results)
    console.log(
      `${r.name.padEnd(40)} ${r.ms.toFixed(2).padStart(8)} ms  (target < ${r.targetMs} ms)${r.ms >= r.targetMs ? '  MISSED' : ''}`,
    );
if (process.argv.includes('--check') && missed.length) process.exitCode = 1;
