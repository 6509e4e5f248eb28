#!/usr/bin/env node
// Whole-process cost of each compiled hook against `node -e 0`, interleaved so that machine
// noise hits every variant alike. Each run: spawn, write the payload to stdin, read stdout, exit.
// The daemon transport's rows run `bash dist/hooks/shim.sh <hook> node` with the daemon up, and
// with no daemon (its fallback: the shim, then the Node hook).
// The hooks write to a real database in a temporary directory, which grows as the runs go.
// Usage: node bench/hooks.mjs [--runs N] [--json]
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchProject } from './project-fixture.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 40;
const asJson = args.includes('--json');

const session = 'bench-session';
const home = mkdtempSync(join(tmpdir(), 'bgt-bench-'));
// A session transcript as Claude Code keeps it: longer than the 256 KiB tail PreToolUse reads,
// and before each PreToolUse run the assistant message holding that very call is appended.
const transcript = join(home, 'transcript.jsonl');
const assistantLine = (id, input, k) =>
  JSON.stringify({
    type: 'assistant',
    message: {
      id: `msg_bench_${k}`,
      role: 'assistant',
      content: [
        { type: 'text', text: 'Running it.' },
        { type: 'tool_use', id, name: 'Bash', input },
      ],
    },
  }) + '\n';
writeFileSync(
  transcript,
  Array.from(
    { length: 150 },
    (_, k) =>
      assistantLine(`toolu_past_${k}`, { command: `npm run build --workspace pkg-${k}`, description: 'Build' }, `past_${k}`) +
      JSON.stringify({
        type: 'user',
        message: {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: `toolu_past_${k}`, content: 'built in 2.1 s\n'.repeat(150) }],
        },
      }) +
      '\n',
  ).join(''),
);
// A project whose commands the hook resolves: 40 package.json scripts, a 300-line Makefile, scripts/.
const project = join(home, 'project');
writeBenchProject(project);
const base = { session_id: session, transcript_path: transcript, cwd: root, prompt_id: 'bench-prompt', permission_mode: 'default' };
const bashInput = { command: 'cd app && npm test -- --reporter=dot', description: 'Run tests' };
const projectPayload = (id) => ({
  ...base,
  cwd: project,
  hook_event_name: 'PreToolUse',
  tool_name: 'Bash',
  tool_input: { command: 'npm run check', description: 'Check' },
  tool_use_id: id,
});
const prePayload = (id) => ({ ...base, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: bashInput, tool_use_id: id });
const postPayload = (id) => ({
  ...base,
  hook_event_name: 'PostToolUse',
  tool_name: 'Bash',
  tool_input: bashInput,
  tool_response: { stdout: 'ok', stderr: '', interrupted: false, isImage: false },
  tool_use_id: id,
  duration_ms: 1200,
});

// An entry like dist/hooks/pre-tool-use.cjs that uses Node's compile cache, beside the bundle.
const nodeCacheEntry = join(root, 'dist/hooks', `.bench-node-cache-${process.pid}.cjs`);
writeFileSync(
  nodeCacheEntry,
  `require('node:module').enableCompileCache(${JSON.stringify(join(home, 'node-compile-cache'))});\nrequire('./pre-tool-use.bundle.cjs');\n`,
);

const shim = join(root, 'dist/hooks/shim.sh');
// The fallback rows' data directory: a daemon that failed a moment ago, so its fallback starts none.
const noDaemonHome = join(home, 'no-daemon');
mkdirSync(noDaemonHome, { recursive: true });
writeFileSync(join(noDaemonHome, 'daemon.failed'), '');

/** Variants: name, program (default: this node), argv, stdin payload (a fresh tool_use_id each run). */
const variants = [
  { name: 'node -e 0', argv: ['-e', '0'], payload: () => '' },
  {
    name: 'PreToolUse',
    argv: [join(root, 'dist/hooks/pre-tool-use.cjs')],
    payload: (i) => prePayload(`toolu_bench_${i}`),
  },
  {
    // A command that gets advice on every call (interactive): the hook also prints its JSON.
    name: 'PreToolUse, advice',
    argv: [join(root, 'dist/hooks/pre-tool-use.cjs')],
    payload: (i) => ({
      ...base,
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'less README.md', description: 'Read' },
      tool_use_id: `toolu_bench_adv_${i}`,
    }),
  },
  {
    // A package.json script that runs others (`npm run check` → lint, typecheck, test:ci), read
    // from the project on every call (docs/performance.md: no cache between calls).
    name: 'PreToolUse, project',
    argv: [join(root, 'dist/hooks/pre-tool-use.cjs')],
    payload: (i) => projectPayload(`toolu_bench_prj_${i}`),
  },
  {
    // The same hook compiled without V8's code cache, to show what the cache saves.
    name: 'PreToolUse, no cache',
    argv: [join(root, 'dist/hooks/pre-tool-use.cjs')],
    env: { BGTELEMETRY_CODE_CACHE: 'off' },
    payload: (i) => prePayload(`toolu_bench_nc_${i}`),
  },
  {
    // The same bundle through Node's own compile cache (module.enableCompileCache, Node 22+)
    // instead of ours: the alternative docs/performance.md compares.
    name: 'PreToolUse, Node cache',
    argv: [nodeCacheEntry],
    payload: (i) => prePayload(`toolu_bench_ncc_${i}`),
  },
  {
    name: 'PostToolUse',
    argv: [join(root, 'dist/hooks/post-tool-use.cjs')],
    payload: (i) => postPayload(`toolu_bench_${i}`),
  },
  {
    name: 'PreToolUse, shim+daemon',
    program: 'bash',
    argv: [shim, 'pre-tool-use', process.execPath],
    payload: (i) => prePayload(`toolu_bench_d_${i}`),
  },
  {
    name: 'PostToolUse, shim+daemon',
    program: 'bash',
    argv: [shim, 'post-tool-use', process.execPath],
    payload: (i) => postPayload(`toolu_bench_d_${i}`),
  },
  {
    // The project row through the daemon (the default transport): issue 12's 1.20x, read for it.
    name: 'PreToolUse, project, shim+daemon',
    program: 'bash',
    argv: [shim, 'pre-tool-use', process.execPath],
    payload: (i) => projectPayload(`toolu_bench_prj_d_${i}`),
  },
  {
    name: 'PreToolUse, shim fallback',
    program: 'bash',
    argv: [shim, 'pre-tool-use', process.execPath],
    env: { BGTELEMETRY_HOME: noDaemonHome },
    payload: (i) => prePayload(`toolu_bench_f_${i}`),
  },
  {
    name: 'UserPromptSubmit',
    argv: [join(root, 'dist/hooks/user-prompt-submit.cjs')],
    payload: (i) => ({
      ...base,
      prompt_id: `bench-prompt-${i}`,
      hook_event_name: 'UserPromptSubmit',
      prompt: `run the tests and fix what fails (${i})`,
    }),
  },
  {
    name: 'Stop',
    argv: [join(root, 'dist/hooks/lifecycle.cjs')],
    payload: (i) => ({
      ...base,
      prompt_id: `bench-prompt-${i}`,
      hook_event_name: 'Stop',
      stop_hook_active: false,
      last_assistant_message: `done ${i}`,
      background_tasks: [],
    }),
  },
];

function once(argv, payload, env, program = process.execPath) {
  if (payload.hook_event_name === 'PreToolUse')
    appendFileSync(transcript, assistantLine(payload.tool_use_id, payload.tool_input, payload.tool_use_id));
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(program, argv, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, out }));
    child.stdin.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const env = { ...process.env, BGTELEMETRY_HOME: home, CLAUDE_CONFIG_DIR: join(home, 'claude') };
function daemonPid() {
  try {
    return Number(readFileSync(join(home, 'daemon.port'), 'utf8').split(' ')[1]) || 0;
  } catch {
    return 0;
  }
}
/** The daemon's resident memory after the runs, from /proc (Linux) or nothing. */
function daemonRssKb() {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${daemonPid()}/status`, 'utf8'))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}
let daemonRss;
const times = Object.fromEntries(variants.map((v) => [v.name, []]));
let firstProjectMs;
let firstProjectDaemonMs;
const variant = (name) => variants.find((v) => v.name === name);
try {
  // The first call in the project (after the hook's code cache is built by one plain call).
  await once(variants[1].argv, variants[1].payload('first-plain'), env);
  firstProjectMs = (await once(variant('PreToolUse, project').argv, projectPayload('toolu_bench_first'), env)).ms;
  // The same through the daemon: started by a shim's fallback, warmed by calls outside the
  // project, then its first call in the project (the project's files not yet read by it).
  const shimPre = variant('PreToolUse, shim+daemon');
  await once(shimPre.argv, shimPre.payload('start'), env, 'bash');
  for (let k = 0; k < 100 && !daemonPid(); k++) await new Promise((r) => setTimeout(r, 100));
  if (!daemonPid()) throw new Error('the daemon did not start');
  for (let i = 0; i < 3; i++) await once(shimPre.argv, shimPre.payload(`daemon-warm${i}`), env, 'bash');
  firstProjectDaemonMs = (await once(shimPre.argv, projectPayload('toolu_bench_first_d'), env, 'bash')).ms;
  for (let i = 0; i < 3; i++) for (const v of variants) await once(v.argv, v.payload(`warm${i}`), { ...env, ...v.env }, v.program);
  for (let i = 0; i < runs; i++) {
    // Rotate the order every round so no variant always runs right after another.
    const order = variants.map((_, k) => variants[(k + i) % variants.length]);
    for (const v of order) {
      const r = await once(v.argv, v.payload(i), { ...env, ...v.env }, v.program);
      if (r.code !== 0) throw new Error(`${v.name} exited ${r.code}`);
      times[v.name].push(r.ms);
    }
  }
  daemonRss = daemonRssKb();
} finally {
  try {
    if (daemonPid()) process.kill(daemonPid(), 'SIGTERM');
  } catch {
    // gone
  }
  rmSync(home, { recursive: true, force: true });
  rmSync(nodeCacheEntry, { force: true });
}

const baseline = median(times['node -e 0']);
const rows = variants.map((v) => ({
  name: v.name,
  medianMs: +median(times[v.name]).toFixed(1),
  p95Ms: +pct(times[v.name], 95).toFixed(1),
  ratio: +(median(times[v.name]) / baseline).toFixed(3),
}));
const firstOf = (ms) => ({ ms: +ms.toFixed(1), ratio: +(ms / baseline).toFixed(3) });
const first = firstOf(firstProjectMs);
const firstDaemon = firstOf(firstProjectDaemonMs);
if (asJson)
  console.log(
    JSON.stringify(
      { runs, node: process.version, rows, firstProjectCall: first, firstProjectCallDaemon: firstDaemon, daemonRssKb: daemonRss },
      null,
      2,
    ),
  );
else {
  console.log(`interleaved runs: ${runs}   node ${process.version}`);
  console.log(`first PreToolUse call in the project: ${first.ms} ms   ${first.ratio.toFixed(2)}x node -e 0 (one run)`);
  console.log(
    `first PreToolUse call in the project, shim+daemon: ${firstDaemon.ms} ms   ${firstDaemon.ratio.toFixed(2)}x node -e 0 (one run)`,
  );
  if (daemonRss) console.log(`daemon RSS after the runs: ${(daemonRss / 1024).toFixed(1)} MB`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(32)} median ${String(r.medianMs).padStart(6)} ms   p95 ${String(r.p95Ms).padStart(6)} ms   ${r.ratio.toFixed(2)}x node -e 0`,
    );
}
