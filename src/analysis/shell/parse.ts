/**
 * Turns a command line into a plan: lists of and-or chains of pipelines of simple commands,
 * with subshells, brace groups and command/process substitutions nested inside.
 * Tokenizing is shell-quote's; this module only gives the tokens structure. It never throws:
 * anything it cannot place is recorded in `notes` and the plan is marked inexact.
 */
import { parse as shellQuoteParse } from 'shell-quote';
import { HEREDOC_PLACEHOLDER, preprocess, SUBSTITUTION_PLACEHOLDER, SUBSTITUTION_WORD, type Heredoc } from './preprocess.js';

export interface SimpleCommand {
  kind: 'command';
  words: string[];
  /** Command and process substitutions inside the words; they run before the command. */
  substitutions: List[];
  /** Bodies of heredocs fed to this command. */
  heredocs: string[];
  redirects: { op: string; target: string }[];
}

export interface Group {
  kind: 'group';
  /** `subshell` for `( … )`, `brace` for `{ …; }`, `compound` for loops, `if` and `case`. */
  form: 'subshell' | 'brace' | 'compound';
  list: List;
  redirects: { op: string; target: string }[];
  /** A loop that never ends by itself: `while true` (or `:`, `[ 1 ]`), `until false`, with no break, exit or return. */
  endless?: boolean;
  /** A loop that waits for something by sleeping between checks: `until curl -sf …; do sleep 1; done`. */
  polls?: boolean;
}

export type PlanNode = SimpleCommand | Group;

export interface Pipeline {
  nodes: PlanNode[];
}

export interface AndOr {
  pipelines: Pipeline[];
  /** Operators between pipelines: `ops[i]` joins pipelines i and i+1. */
  ops: ('&&' | '||')[];
}

export interface ListItem {
  chain: AndOr;
  /** Terminated by `&`: the shell runs it in the background. */
  background: boolean;
}

export interface List {
  items: ListItem[];
}

export interface Plan {
  list: List;
  exact: boolean;
  notes: string[];
}

type Token = string | { op: string } | { op: 'glob'; pattern: string } | { comment: string };

/**
 * Keeps `$VAR` as written. An env object rather than a function: shell-quote's function path
 * builds a RegExp for every token, which made tokenizing several times slower.
 */
const KEEP_VARIABLES: Record<string, string> = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? '$' + key : undefined) });
const REDIRECTS = new Set(['<', '>', '>>', '>&', '<&', '<<', '<<-', '<<<', '>|', '&>', '&>>', '<>']);
const LIST_SEPARATORS = new Set([';', '&', ';;', ';&', ';;&']);
/** Compound commands and the keyword that closes each. */
const COMPOUND_CLOSER: Record<string, string> = { while: 'done', until: 'done', for: 'done', select: 'done', if: 'fi', case: 'esac' };
/** After these, the next word starts a command (where keywords count as keywords). */
const STARTERS = new Set(['do', 'then', 'else', 'elif', '!', '{', 'in']);

/** Text with no quoting, escapes, expansions or comments: plain words and operators only. */
export const PLAIN = /^[^'"`$\\#\n]*$/;
const PLAIN_TOKEN = /(\|\||&&|;;&|;;|;&|\|&|<\(|>\(|<<<|<<-|<<|>>|>&|>\||&>>|&>|<&|<>|[&;()|<>])|([^\s&;()|<>]+)/g;

/**
 * Tokens of plain text, exactly as shell-quote would give them: on such input its quoting and
 * expansion machinery has nothing to do, and skipping it more than doubles throughput.
 */
export function plainTokens(text: string): Token[] {
  const out: Token[] = [];
  PLAIN_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLAIN_TOKEN.exec(text))) out.push(m[1] !== undefined ? { op: m[1] } : m[2]);
  return out;
}

export function parseCommand(input: string): Plan {
  const pre = preprocess(input);
  const notes = [...pre.notes];
  let tokens: Token[];
  try {
    tokens = PLAIN.test(pre.text) ? plainTokens(pre.text) : (shellQuoteParse(pre.text, KEEP_VARIABLES) as Token[]);
  } catch (error) {
    notes.push(`tokenizer failed: ${(error as Error).message}`);
    tokens = pre.text.split(/\s+/).filter(Boolean);
  }
  const parser = new Parser(tokens, pre.heredocs, pre.substitutions, notes);
  const list = parser.parseList(false);
  if (parser.pos < tokens.length) notes.push('unbalanced parentheses');
  return { list, exact: notes.length === 0, notes };
}

class Parser {
  pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly heredocs: Heredoc[],
    private readonly substitutions: string[],
    private readonly notes: string[],
  ) {}

  parseList(nested: boolean): List {
    const items: ListItem[] = [];
    while (this.pos < this.tokens.length) {
      const t = this.tokens[this.pos];
      if (isOp(t, ')')) {
        if (nested) break;
        this.pos++; // stray `)`, e.g. from a `case` pattern: skip it
        if (!this.notes.includes('unbalanced parentheses')) this.notes.push('unbalanced parentheses');
        continue;
      }
      if (nested && t === '}') break;
      if (isOp(t) && LIST_SEPARATORS.has(t.op)) {
        this.pos++;
        continue;
      }
      const start = this.pos;
      const chain = this.parseAndOr(nested);
      let background = false;
      const next = this.tokens[this.pos];
      if (isOp(next, '&')) {
        background = true;
        this.pos++;
      } else if (isOp(next) && (next.op === ';' || next.op === ';;')) this.pos++;
      if (chain.pipelines.length) items.push({ chain, background });
      if (this.pos === start) this.pos++; // guarantee progress on unexpected tokens
    }
    return { items };
  }

  private parseAndOr(nested: boolean): AndOr {
    const pipelines: Pipeline[] = [];
    const ops: ('&&' | '||')[] = [];
    for (;;) {
      const p = this.parsePipeline(nested);
      if (p.nodes.length) pipelines.push(p);
      const t = this.tokens[this.pos];
      if (isOp(t, '&&') || isOp(t, '||')) {
        if (p.nodes.length && pipelines.length) ops.push(t.op as '&&' | '||');
        this.pos++;
        continue;
      }
      break;
    }
    ops.length = Math.max(0, Math.min(ops.length, pipelines.length - 1));
    return { pipelines, ops };
  }

  private parsePipeline(nested: boolean): Pipeline {
    const nodes: PlanNode[] = [];
    for (;;) {
      const node = this.parseNode(nested);
      if (node) nodes.push(node);
      const t = this.tokens[this.pos];
      if (isOp(t, '|') || isOp(t, '|&')) {
        this.pos++;
        continue;
      }
      break;
    }
    return { nodes };
  }

  private parseNode(nested: boolean): PlanNode | null {
    const t = this.tokens[this.pos];
    if (isOp(t, '(')) {
      this.pos++;
      const list = this.parseList(true);
      this.expectClose(')');
      return { kind: 'group', form: 'subshell', list, redirects: this.parseRedirects() };
    }
    if (typeof t === 'string' && COMPOUND_CLOSER[t]) return this.parseCompound(t);
    if (t === '{') {
      this.pos++;
      const list = this.parseList(true);
      if (this.tokens[this.pos] === '}') this.pos++;
      else this.note('unclosed brace group');
      return { kind: 'group', form: 'brace', list, redirects: this.parseRedirects() };
    }
    return this.parseSimple(nested);
  }

  /**
   * `while …; do …; done`, `for x in …; do …; done`, `if …; fi`, `case … esac`: the body becomes a
   * group, so redirects, pipes and `&` after the closing keyword apply to all of it. Keywords
   * inside stay as words; the resolver skips them.
   */
  private parseCompound(opener: string): Group {
    const start = this.pos + 1;
    let depth = 0;
    let atStart = true;
    let end = -1;
    for (let k = start; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (typeof t === 'string') {
        if (atStart && COMPOUND_CLOSER[t]) depth++;
        else if (atStart && (t === 'done' || t === 'fi' || t === 'esac')) {
          if (depth === 0) {
            end = k;
            break;
          }
          depth--;
        }
        atStart = STARTERS.has(t);
      } else atStart = isOp(t) && t.op !== ')' ? true : isOp(t, ')') && opener === 'case';
    }
    if (end < 0) {
      this.note(`${opener} without ${COMPOUND_CLOSER[opener]}`);
      end = this.tokens.length;
    }
    let body = this.tokens.slice(start, end);
    const endless = endlessLoop(opener, body);
    const polls = !endless && pollingLoop(opener, body);
    if (opener === 'for' || opener === 'select') body = body.slice(indexOfKeyword(body, 'do'));
    else if (opener === 'case') body = casePatternsRemoved(body);
    const inner = new Parser(body, this.heredocs, this.substitutions, this.notes);
    const list = inner.parseList(false);
    this.pos = Math.min(end + 1, this.tokens.length);
    return {
      kind: 'group',
      form: 'compound',
      list,
      redirects: this.parseRedirects(),
      ...(endless ? { endless } : {}),
      ...(polls ? { polls } : {}),
    };
  }

  private parseSimple(nested: boolean): SimpleCommand | null {
    const cmd: SimpleCommand = { kind: 'command', words: [], substitutions: [], heredocs: [], redirects: [] };
    while (this.pos < this.tokens.length) {
      const t = this.tokens[this.pos];
      if (typeof t === 'string') {
        if (nested && t === '}' && cmd.words.length === 0) break;
        cmd.words.push(t.includes(SUBSTITUTION_PLACEHOLDER) ? this.substitute(t, cmd) : t);
        this.pos++;
        continue;
      }
      if ('comment' in t) {
        this.pos++;
        continue;
      }
      if (t.op === 'glob') {
        cmd.words.push((t as { pattern: string }).pattern);
        this.pos++;
        continue;
      }
      if (t.op === '<(' || t.op === '>(') {
        this.pos++;
        cmd.substitutions.push(this.parseList(true));
        this.expectClose(')');
        cmd.words.push('/dev/fd/…');
        continue;
      }
      if (REDIRECTS.has(t.op)) {
        this.pos++;
        this.readRedirect(t.op, cmd);
        continue;
      }
      if (t.op === '(' && cmd.words.length > 0) {
        // `name() { …; }` function definitions and `case` patterns: record the body, keep going.
        this.pos++;
        cmd.substitutions.push(this.parseList(true));
        this.expectClose(')');
        continue;
      }
      break; // a list, chain or pipeline operator ends the simple command
    }
    if (cmd.words.length === 0 && cmd.substitutions.length === 0 && cmd.heredocs.length === 0) return null;
    return cmd;
  }

  private readRedirect(op: string, cmd: SimpleCommand): void {
    // `2>&1`: shell-quote leaves the fd number as a separate word before the operator.
    const last = cmd.words[cmd.words.length - 1];
    if (cmd.words.length > 1 && last !== undefined && /^\d$/.test(last)) cmd.words.pop();
    const target = this.tokens[this.pos];
    if (typeof target === 'string') {
      this.pos++;
      if (op === '<<' && target.startsWith(HEREDOC_PLACEHOLDER)) {
        const doc = this.heredocs[Number(target.slice(HEREDOC_PLACEHOLDER.length))];
        cmd.heredocs.push(doc?.body ?? '');
        return;
      }
      cmd.redirects.push({ op, target });
    } else if (target && 'op' in target && target.op === 'glob') {
      this.pos++;
      cmd.redirects.push({ op, target: (target as { pattern: string }).pattern });
    } else if (target && 'op' in target && (target.op === '<(' || target.op === '>(')) {
      // `done < <(git ls-files)`: the input is the substitution's output, not the terminal.
      this.pos++;
      cmd.substitutions.push(this.parseList(true));
      this.expectClose(')');
      cmd.redirects.push({ op, target: '/dev/fd/…' });
    }
  }

  private parseRedirects(): { op: string; target: string }[] {
    const scratch: SimpleCommand = { kind: 'command', words: [], substitutions: [], heredocs: [], redirects: [] };
    for (;;) {
      const t = this.tokens[this.pos];
      if (!isOp(t) || !REDIRECTS.has(t.op)) break;
      this.pos++;
      this.readRedirect(t.op, scratch);
    }
    // A heredoc fed to a group or loop is its stdin (the body is data to the commands inside).
    return [...scratch.redirects, ...scratch.heredocs.map(() => ({ op: '<<', target: 'heredoc' }))];
  }

  /** Parses the substitutions a word holds and shows them as `$(…)` in the word. */
  private substitute(word: string, cmd: SimpleCommand): string {
    return word.replace(SUBSTITUTION_WORD, (_m, k: string) => {
      const inner = parseCommand(this.substitutions[Number(k)] ?? '');
      for (const n of inner.notes) this.note(n);
      cmd.substitutions.push(inner.list);
      return '$(…)';
    });
  }

  private expectClose(op: string): void {
    if (isOp(this.tokens[this.pos], op)) this.pos++;
    else this.note('unbalanced parentheses');
  }

  private note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}

/** The condition of `while`/`until` (the words before `do`) says it never ends, and nothing in the body leaves it. */
function endlessLoop(opener: string, body: Token[]): boolean {
  if (opener !== 'while' && opener !== 'until') return false;
  const words = body.filter((t): t is string => typeof t === 'string');
  const condition = words.slice(0, indexOfKeyword(words, 'do')).join(' ');
  const forever = opener === 'while' ? condition === 'true' || condition === ':' || condition === '[ 1 ]' : condition === 'false';
  return forever && !words.some((w) => w === 'break' || w === 'exit' || w === 'return');
}

/** `while`/`until` on a condition other than reading input, sleeping in its body: it waits for something. */
function pollingLoop(opener: string, body: Token[]): boolean {
  if (opener !== 'while' && opener !== 'until') return false;
  const words = body.filter((t): t is string => typeof t === 'string');
  const start = words[0] === '!' ? 1 : 0;
  return words[start] !== 'read' && words.indexOf('sleep', indexOfKeyword(words, 'do')) >= 0;
}

function indexOfKeyword(tokens: Token[], word: string): number {
  const k = tokens.indexOf(word);
  return k < 0 ? tokens.length : k;
}

/** `case WORD in a|b) cmd;; *) cmd2;; esac` keeps only the commands. */
function casePatternsRemoved(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let k = indexOfKeyword(tokens, 'in') + 1;
  let expectPattern = true;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (expectPattern) {
      // A pattern runs up to its `)`; `(` may open it.
      const close = tokens.findIndex((x, j) => j >= k && isOp(x, ')'));
      if (close < 0) break;
      k = close;
      expectPattern = false;
      continue;
    }
    if (isOp(t, ';;') || isOp(t, ';&') || isOp(t, ';;&')) {
      out.push({ op: ';' });
      expectPattern = true;
      continue;
    }
    out.push(t);
  }
  return out;
}

function isOp(t: Token | undefined, op?: string): t is { op: string } {
  return typeof t === 'object' && t !== null && 'op' in t && (op === undefined || t.op === op);
}
