#!/usr/bin/env -S npx tsx
// Per-Bash-call overhead of the hooks in real Claude Code sessions: the real 2.1.197 binary
// against the loopback API stand-in (tests/e2e/run-claude.ts), a session of 12 fast Bash calls,
// without hooks, with Node hooks (--transport node) and with the daemon's shim (--transport
// daemon), interleaved round by round. Each session is timed whole; the overhead per call is
// (median with hooks - median without) / 12. Every session has a data directory of its own, so
// `daemon hooks` starts a daemon in each (its first events go through the Node fallback, as in a
// user's first session after 15 idle minutes); `daemon up` meets one already running (started
// before the session as doctor starts it, as a user's later sessions do). A warm-up round is run
// and not counted.
// Usage: npx tsx bench/sessions.ts [--rounds N] [--json]     (build first: npm run build)
import { removePackageRoot, runScenario, type Scenario } from '../tests/e2e/run-claude.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3;
const CALLS = 12;

const script = {
  prompt: 'check the repository state step by step',
  turns: [
    ...Array.from({ length: CALLS }, (_, k) => ({
      tools: [{ name: 'Bash', input: { command: `echo step-${k}`, description: `Step ${k}` } }],
    })),
    { text: 'Done.' },
  ],
};

const variants: { name: string; scenario: Scenario }[] = [
  { name: 'no hooks', scenario: { name: 'bench-none', wiring: 'none', ...script } },
  { name: 'node hooks', scenario: { name: 'bench-node', transport: 'node', hookForm: 'exec', ...script } },
  { name: 'daemon hooks', scenario: { name: 'bench-daemon', transport: 'daemon', hookForm: 'exec', ...script } },
  { name: 'daemon up', scenario: { name: 'bench-daemon-up', transport: 'daemon', daemonUp: true, hookForm: 'exec', ...script } },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const times: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
const recorded: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
try {
  for (let round = 0; round <= rounds; round++) {
    const order = variants.map((_, k) => variants[(k + round) % variants.length]);
    for (const v of order) {
      const run = await runScenario(v.scenario, '2.1');
      try {
        if (run.exitCode !== 0 || run.timedOut)
          throw new Error(`${v.name}: exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}: ${run.stderr}`);
        if (round === 0) continue; // warm-up
        times[v.name].push(run.durationMs);
        recorded[v.name].push(run.query<{ n: number }>('SELECT count(*) AS n FROM bash_calls')[0]?.n ?? 0);
      } finally {
        run.cleanup();
      }
    }
  }
} finally {
  // The package copy the sessions installed from (tests/e2e/run-claude.ts) is this run's to remove.
  removePackageRoot();
}

const base = median(times['no hooks']);
const rows = variants.map((v) => ({
  name: v.name,
  medianMs: median(times[v.name]),
  perCallMs: +((median(times[v.name]) - base) / CALLS).toFixed(1),
  recorded: recorded[v.name],
  runsMs: times[v.name],
}));
if (args.includes('--json')) console.log(JSON.stringify({ rounds, calls: CALLS, rows }, null, 2));
else {
  console.log(`${rounds} interleaved rounds (after one warm-up) of ${CALLS} Bash calls, Claude Code 2.1.197`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(14)} session median ${(r.medianMs / 1000).toFixed(2)} s   per call over no hooks ${String(r.perCallMs).padStart(6)} ms   recorded ${r.recorded.join('/')}   (${r.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`,
    );
}
