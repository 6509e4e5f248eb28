/**
 * Command analysis: parse, resolve every simple command, match it against the catalogue, and
 * combine the parts into one verdict. A compound command takes the verdict of its most
 * significant part; parts under `&` only count as "already in the background".
 */
import type { CompiledEntry } from './catalogue/entry.js';
import { formatSeconds, round1 as round } from './format.js';
import { indexExtraRows, matchResolved } from './match.js';
import { parseDuration, resolve, type Resolved } from './resolve.js';
import { parseCommand, type List, type PlanNode } from './shell/parse.js';
import {
  DEFAULT_SLOW_THRESHOLD_SECONDS,
  type Analysis,
  type AnalysisOptions,
  type Effect,
  type PartAnalysis,
  type Verdict,
} from './types.js';
import { Variables, withVariableProgram } from './variables.js';

/** Longer input is analysed on its first part only (and marked inexact): keeps hooks in budget. */
export const MAX_ANALYSED_CHARS = 64 * 1024;
const MAX_DEPTH = 4;
/** Project-defined commands inside each other (`npm run ci` → `npm run check` → …). */
const MAX_PROJECT_DEPTH = 6;
/** Unknown programs are assumed quick: most unlisted commands are small utilities. */
const UNKNOWN_ESTIMATE = 0.5;

const RANK: Record<Verdict, number> = {
  foreground: 0,
  'already-background': 1,
  'state-change': 2,
  'suggest-background': 3,
  'must-background': 4,
  interactive: 5,
};

/**
 * Categories whose catalogue estimates are deliberately rough upper bounds for quick calls: a
 * chain of them is not promoted to slow by adding those bounds up.
 */
const QUICK_CATEGORIES = new Set<PartAnalysis['category']>(['query', 'vcs', 'shell-state', 'other', 'remote']);

interface Context {
  background: boolean;
  via?: string;
  cwd?: string;
  depth: number;
  /** Something outside feeds stdin (a pipe into a loop, `done < file`). */
  stdinFed?: boolean;
  /** Upper bound in seconds from an enclosing `timeout N`. */
  bound?: number;
  /** Project-defined commands this one runs inside (`npm run check`), outermost first. */
  chain?: readonly string[];
  /** Their keys (file and task): one seen again is a cycle. */
  seen?: readonly string[];
}

interface Walk {
  parts: PartAnalysis[];
  notes: string[];
  opts: Required<Pick<AnalysisOptions, 'slowThresholdSeconds'>> & AnalysisOptions;
  extra?: ReadonlyMap<string, CompiledEntry[]>;
  /** Variables set earlier in the command or known to the caller, for `$CARGO test`. */
  variables: Variables;
}

const extraCache = new WeakMap<object, ReadonlyMap<string, CompiledEntry[]>>();

export function analyze(command: string, options: Partial<AnalysisOptions> = {}): Analysis {
  const opts = { slowThresholdSeconds: DEFAULT_SLOW_THRESHOLD_SECONDS, ...options };
  // A function asks once per signature however often the command repeats it (a hook's asks SQLite).
  if (typeof opts.history === 'function') opts.history = memoized(opts.history);
  let extra: ReadonlyMap<string, CompiledEntry[]> | undefined;
  if (opts.extraEntries?.length) {
    extra = extraCache.get(opts.extraEntries);
    if (!extra) extraCache.set(opts.extraEntries, (extra = indexExtraRows(opts.extraEntries)));
  }
  const walk: Walk = { parts: [], notes: [], opts, extra, variables: new Variables(opts.variables) };
  const text = typeof command === 'string' ? command : String(command ?? '');
  let estimate = 0;
  try {
    let input = text;
    if (input.length > MAX_ANALYSED_CHARS) {
      input = input.slice(0, MAX_ANALYSED_CHARS);
      walk.notes.push(`only the first ${MAX_ANALYSED_CHARS} characters were analysed`);
    }
    estimate = analyzeScript(input, walk, { background: false, depth: 0 });
  } catch (error) {
    // Never throw to a hook: degrade to a best-effort, inexact foreground result.
    walk.notes.push(`analysis failed: ${(error as Error).message}`);
  }
  return combine(text, walk, estimate);
}

function analyzeScript(text: string, walk: Walk, ctx: Context): number {
  const plan = parseCommand(text);
  for (const n of plan.notes) if (!walk.notes.includes(n)) walk.notes.push(n);
  return walkList(plan.list, walk, ctx);
}

function walkList(list: List, walk: Walk, outer: Context): number {
  let total = 0;
  let cwd = outer.cwd;
  for (const item of list.items) {
    const background = outer.background || item.background;
    let chainTotal = 0;
    const { pipelines } = item.chain;
    for (let p = 0; p < pipelines.length; p++) {
      let pipeMax = 0;
      const nodes = pipelines[p].nodes;
      // One context per pipeline, not per node: this loop is the analyser's hot path.
      const ctx: Context = {
        background,
        via: outer.via,
        cwd,
        depth: outer.depth,
        stdinFed: outer.stdinFed,
        bound: outer.bound,
        chain: outer.chain,
        seen: outer.seen,
      };
      for (let k = 0; k < nodes.length; k++) {
        const est = walkNode(nodes[k], walk, ctx, k > 0, k < nodes.length - 1);
        if (est > pipeMax) pipeMax = est;
      }
      chainTotal += pipeMax;
      // `cd DIR && …` and `cd DIR; …`: the rest of this list runs in DIR.
      const only = nodes.length === 1 ? nodes[0] : undefined;
      if (only?.kind === 'command' && (only.words[0] === 'cd' || only.words[0] === 'pushd') && only.words[1])
        cwd = only.words[1].startsWith('/') || !cwd ? only.words[1] : `${cwd}/${only.words[1]}`;
    }
    if (!background) total += chainTotal;
  }
  return total;
}

function walkNode(node: PlanNode, walk: Walk, ctx: Context, piped: boolean, pipedOut: boolean): number {
  const fedFromOutside = piped || node.redirects.some((r) => r.op === '<' || r.op === '<<' || r.op === '<<<');
  if (node.kind === 'group') {
    const estimate = walkList(node.list, walk, fedFromOutside ? { ...ctx, stdinFed: true } : ctx);
    if (node.polls && !fedFromOutside) return estimate + pushPollingLoop(walk, ctx);
    if (!node.endless) return estimate;
    walk.parts.push(loopPart(ctx.background));
    return ctx.background ? estimate : Infinity;
  }
  let total = 0;
  const { words, substitutions } = withVariableProgram(node);
  for (const sub of substitutions) total += walkList(sub, walk, { ...ctx, via: '$(…)' });
  walk.variables.note(words);
  const outputCaptured = pipedOut || node.redirects.some(capturesOutput);
  const r = resolve(words, node.heredocs, fedFromOutside || Boolean(ctx.stdinFed), { outputCaptured, variables: walk.variables });
  if (!r) return total;
  const bound = minBound(ctx.bound, r.boundSeconds);
  if (r.script) {
    if (ctx.depth >= MAX_DEPTH) {
      if (!walk.notes.includes('nesting too deep')) walk.notes.push('nesting too deep');
      return total;
    }
    const inner = { ...ctx, via: r.script.via, depth: ctx.depth + 1, background: ctx.background || r.detached, bound };
    return total + analyzeScript(r.script.text, walk, inner);
  }
  // Matched once: a project lookup needs the signature (history wins over it), and so does the catalogue.
  const matched = walk.opts.project && !r.repl && !r.inlineCode ? matchResolved(r, walk.extra) : undefined;
  const part =
    (matched && projectPart(words, r, matched, walk, ctx, bound)) || analyzePart(words, { ...r, boundSeconds: bound }, walk, ctx, matched);
  walk.parts.push(part);
  return total + (part.backgrounded ? 0 : (part.estimateSeconds ?? Infinity));
}

/** Parts that stand for a project-defined command: their reasons already name the chain. */
const expansionParts = new WeakSet<PartAnalysis>();

/**
 * A command the project defines (`npm run check`, `./scripts/ci.sh`) analysed as what it runs, as
 * one part with the command's own signature (history is recorded and looked up under it).
 * Undefined when the project does not define it, history has measured it, or it would cycle.
 */
function projectPart(
  words: readonly string[],
  r: Resolved,
  m: ReturnType<typeof matchResolved>,
  walk: Walk,
  ctx: Context,
  bound: number | undefined,
): PartAnalysis | undefined {
  if (!walk.opts.project) return undefined;
  const { history } = walk.opts;
  if (history && (typeof history === 'function' ? history(m.signature) : history.get(m.signature))) return undefined;
  const found = walk.opts.project.expand({ program: r.word, args: r.args, dir: ctx.cwd, interpreter: r.interpreter });
  if (!found) return undefined;
  const chain = [...(ctx.chain ?? []), found.via];
  if (ctx.seen?.includes(found.key) || chain.length > MAX_PROJECT_DEPTH) {
    const note = chain.length > MAX_PROJECT_DEPTH ? 'project commands nested too deep' : `cycle: ${chain.join(' → ')}`;
    if (!walk.notes.includes(note)) walk.notes.push(note);
    return undefined;
  }
  // A new shell: the script sees only the variables known from outside the command.
  const sub: Walk = { parts: [], notes: walk.notes, opts: walk.opts, extra: walk.extra, variables: new Variables(walk.opts.variables) };
  const inner: Context = { background: false, depth: ctx.depth, cwd: found.dir, chain, seen: [...(ctx.seen ?? []), found.key] };
  const a = combine(found.script, sub, analyzeScript(found.script, sub, inner));
  // A script runs in a shell of its own: what only changes that shell (`source lib.sh`, `set -e`)
  // is not the work, and the work it hides (functions of the sourced file) is not seen: the name judges.
  if (a.verdict === 'state-change') return undefined;
  const decider = sub.parts[a.decidingPart];
  // A deciding part that is itself project-defined names the rest of the chain; otherwise the
  // chain shows the script, then the program that decides.
  const innerReason = found.endless
    ? `${brief(found.script)} → ${found.endless}`
    : decider && expansionParts.has(decider) && a.reason === decider.reason
      ? a.reason
      : `${brief(found.script)} → ${decider && a.reason === decider.reason ? `${decider.signature}: ` : ''}${a.reason}`;
  const effect: Effect =
    found.endless || a.verdict === 'must-background' ? 'never-ends' : a.verdict === 'interactive' ? 'interactive' : 'work';
  const part = finish(
    {
      text: words.join(' '),
      prefixes: ctx.cwd ? [`cd ${ctx.cwd}`, ...r.prefixes] : r.prefixes,
      backgrounded: ctx.background || r.detached,
      cwd: ctx.cwd,
      via: ctx.via,
    },
    walk.opts,
    {
      signature: m.signature,
      effect,
      category: a.category,
      reason: `${found.via} → ${innerReason}`,
      estimate: a.estimateSeconds ?? undefined,
      source: a.estimateSource,
      alternative: a.alternative,
    },
    { ...r, boundSeconds: bound },
  );
  expansionParts.add(part);
  return part;
}

/** A script as one short line, for a chain in a reason. */
function brief(script: string): string {
  const line = script
    .replace(/^#!.*\n/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .join('; ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** Output to a file or another descriptor (`2>/dev/null` alone does not count: its fd is not kept). */
function capturesOutput(r: { op: string; target: string }): boolean {
  return (r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>' || r.op === '&>>') && r.target !== '/dev/null';
}

/** How long a wait-until-ready loop is assumed to poll: unknown, often tens of seconds. */
const POLLING_ESTIMATE = 30;

/** `until curl -sf …; do sleep 1; done`: waits for a service, as long as it takes (bounded by `timeout`). */
function pushPollingLoop(walk: Walk, ctx: Context): number {
  const seconds = Math.min(POLLING_ESTIMATE, ctx.bound ?? Infinity);
  const part: PartAnalysis = {
    text: 'until …; do sleep …; done',
    signature: 'until sleep',
    verdict: ctx.background ? 'already-background' : verdictOf('work', seconds, walk.opts.slowThresholdSeconds),
    effect: 'work',
    category: 'sleep',
    reason: 'a loop that waits until something is ready can run for a long time',
    estimateSeconds: seconds,
    estimateSource: ctx.bound === undefined ? 'catalogue' : 'argument',
    prefixes: [],
    backgrounded: ctx.background,
  };
  walk.parts.push(part);
  return ctx.background ? 0 : seconds;
}

function minBound(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

function analyzePart(
  words: readonly string[],
  r: Resolved,
  walk: Walk,
  ctx: Context,
  matched?: ReturnType<typeof matchResolved>,
): PartAnalysis {
  const { opts } = walk;
  const text = words.join(' ');
  const prefixes = ctx.cwd ? [`cd ${ctx.cwd}`, ...r.prefixes] : r.prefixes;
  const backgrounded = ctx.background || r.detached;
  const base = { text, prefixes, backgrounded, cwd: ctx.cwd, via: ctx.via };

  if (r.repl) {
    return finish(
      base,
      opts,
      {
        signature: r.program,
        effect: 'interactive',
        category: 'repl',
        reason: `${r.program} with nothing to run opens an interactive prompt`,
        alternative: r.repl.replAlternative,
      },
      r,
    );
  }
  if (r.inlineCode) {
    return finish(
      base,
      opts,
      { signature: r.program, effect: 'work', category: 'script', reason: 'runs inline code', estimate: UNKNOWN_ESTIMATE },
      r,
    );
  }
  const m = matched ?? matchResolved(r, walk.extra);
  const e = m.entry;
  if (!e) {
    return finish(
      base,
      opts,
      {
        signature: m.signature,
        effect: 'work',
        category: 'other',
        reason: 'not in the catalogue',
        estimate: UNKNOWN_ESTIMATE,
        source: 'unknown',
      },
      r,
    );
  }
  let estimate = e.estimate;
  let source: PartAnalysis['estimateSource'] = e.source ?? 'catalogue';
  let effect: Effect = e.effect;
  let reason = e.reason;
  if (e.estimateFromArg !== undefined) {
    const d = parseDuration(m.positionals[e.estimateFromArg] ?? '');
    if (d === Infinity) {
      effect = 'never-ends';
      reason = `${e.reason} forever`;
    } else if (d !== undefined) {
      estimate = d;
      source = 'argument';
    }
  }
  return finish(
    base,
    opts,
    {
      signature: m.signature,
      effect,
      category: e.category,
      reason,
      alternative: e.alternative,
      estimate,
      source,
    },
    r,
  );
}

interface Found {
  signature: string;
  effect: Effect;
  category: PartAnalysis['category'];
  reason: string;
  alternative?: string;
  estimate?: number;
  source?: PartAnalysis['estimateSource'];
}

function memoized<T>(lookup: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, lookup(key));
    return seen.get(key) as T;
  };
}

function finish(
  base: Pick<PartAnalysis, 'text' | 'prefixes' | 'backgrounded' | 'cwd' | 'via'>,
  opts: Walk['opts'],
  f: Found,
  r: Resolved,
): PartAnalysis {
  let effect = f.effect;
  let reason = f.reason;
  let estimate: number | null = f.estimate ?? UNKNOWN_ESTIMATE;
  let source: PartAnalysis['estimateSource'] = f.source ?? 'catalogue';
  // The command's own argument (`sleep 30`) says more than the timings of other arguments.
  const timed = effect === 'work' || effect === 'never-ends';
  const measured =
    !timed || source === 'argument' || !opts.history
      ? undefined
      : typeof opts.history === 'function'
        ? opts.history(f.signature)
        : opts.history.get(f.signature);
  // A never-ending command becomes timed work only if it was seen to end by itself here: a dev
  // server that only ever hit the timeout is still a dev server.
  if (measured && (effect === 'work' || (effect === 'never-ends' && measured.completes))) {
    effect = 'work';
    estimate = measured.seconds;
    source = 'history';
    reason = `${reason}; measured here: about ${formatSeconds(measured.seconds)} (${measured.samples} run${measured.samples === 1 ? '' : 's'})`;
  }
  if (effect === 'never-ends' || effect === 'interactive') estimate = null;
  if (r.boundSeconds !== undefined && Number.isFinite(r.boundSeconds) && effect !== 'interactive') {
    if (estimate === null || r.boundSeconds < estimate) {
      if (effect === 'never-ends') reason = `${reason}, but timeout stops it after ${formatSeconds(r.boundSeconds)}`;
      effect = 'work';
      estimate = r.boundSeconds;
      source = 'argument';
    }
  }
  let verdict = verdictOf(effect, estimate, opts.slowThresholdSeconds);
  if (base.backgrounded && verdict !== 'state-change') {
    verdict = 'already-background';
    reason = r.detached ? `detached with setsid (${reason})` : `backgrounded by the shell (${reason})`;
  }
  // Optional fields are only ever added, never deleted: `delete` deoptimises these objects.
  const part: PartAnalysis = {
    text: base.text,
    signature: f.signature,
    verdict,
    effect,
    category: f.category,
    reason,
    estimateSeconds: estimate,
    estimateSource: source,
    prefixes: base.prefixes,
    backgrounded: base.backgrounded,
  };
  if (f.alternative) part.alternative = f.alternative;
  if (base.cwd) part.cwd = base.cwd;
  if (base.via) part.via = base.via;
  return part;
}

function verdictOf(effect: Effect, estimate: number | null, threshold: number): Verdict {
  switch (effect) {
    case 'never-ends':
      return 'must-background';
    case 'interactive':
      return 'interactive';
    case 'state-change':
      return 'state-change';
    case 'self-background':
      return 'already-background';
    default:
      return estimate !== null && estimate >= threshold ? 'suggest-background' : 'foreground';
  }
}

function loopPart(backgrounded: boolean): PartAnalysis {
  return {
    text: 'while true; do …; done',
    signature: 'while true',
    verdict: backgrounded ? 'already-background' : 'must-background',
    effect: 'never-ends',
    category: 'watch',
    reason: 'an endless loop with no break never finishes',
    estimateSeconds: null,
    estimateSource: 'catalogue',
    prefixes: [],
    backgrounded,
  };
}

/** How much a backgrounded part matters when choosing which one to name. */
function backgroundWeight(p: PartAnalysis): number {
  if (p.effect === 'never-ends') return Infinity;
  if (p.effect === 'state-change') return -1;
  return p.estimateSeconds ?? Infinity;
}

function combine(command: string, walk: Walk, total: number): Analysis {
  const { parts, notes, opts } = walk;
  const threshold = opts.slowThresholdSeconds;
  let decidingPart = -1;
  let strongestBackground = -1;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.backgrounded) {
      if (strongestBackground < 0 || backgroundWeight(p) > backgroundWeight(parts[strongestBackground])) strongestBackground = k;
      continue;
    }
    if (decidingPart < 0) {
      decidingPart = k;
      continue;
    }
    const best = parts[decidingPart];
    if (
      RANK[p.verdict] > RANK[best.verdict] ||
      (p.verdict === best.verdict && (p.estimateSeconds ?? Infinity) > (best.estimateSeconds ?? Infinity))
    )
      decidingPart = k;
  }
  let verdict: Verdict = decidingPart >= 0 ? parts[decidingPart].verdict : 'foreground';
  let reason = decidingPart >= 0 ? parts[decidingPart].reason : 'nothing to run';
  let estimate = Number.isFinite(total) ? round(total) : null;
  let work = 0;
  for (const p of parts) if (!p.backgrounded && !QUICK_CATEGORIES.has(p.category)) work += p.estimateSeconds ?? 0;
  const waits = strongestBackground >= 0 && parts.some((p) => !p.backgrounded && p.signature === 'wait');
  if (waits && RANK[verdict] < RANK['must-background']) {
    // `… & … & wait` lasts as long as its background jobs.
    const job = parts[strongestBackground];
    const jobSeconds = job.effect === 'never-ends' ? null : job.estimateSeconds;
    verdict = jobSeconds === null ? 'must-background' : jobSeconds >= threshold ? 'suggest-background' : verdict;
    if (verdict !== parts[decidingPart]?.verdict) {
      decidingPart = strongestBackground;
      reason = `waits for background jobs: ${job.reason.replace(/^backgrounded by the shell \((.*)\)$/, '$1')}`;
      estimate = jobSeconds;
    }
  } else if (RANK[verdict] <= RANK['state-change'] && estimate !== null && work >= threshold && parts.length > 1) {
    verdict = 'suggest-background';
    reason = `together about ${formatSeconds(work)}`;
  } else if (RANK[verdict] < RANK['state-change'] && strongestBackground >= 0) {
    // Nothing notable runs in the foreground; the command puts its work in the background itself.
    decidingPart = strongestBackground;
    verdict = 'already-background';
    reason = parts[strongestBackground].reason;
  }
  const decider = decidingPart >= 0 ? parts[decidingPart] : undefined;
  const analysis: Analysis = {
    command,
    verdict,
    category: decider?.category ?? 'other',
    reason,
    decidingPart,
    signature: decider?.signature ?? '',
    estimateSeconds: estimate,
    estimateSource: decider?.estimateSource ?? 'unknown',
    exact: notes.length === 0,
    notes,
    parts,
  };
  if (decider?.alternative) analysis.alternative = decider.alternative;
  return analysis;
}
