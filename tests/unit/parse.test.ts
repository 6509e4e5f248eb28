/** The shell front end: preprocessing, tokenizing and the plan, checked on their own. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as shellQuote } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/classify.js';
import { parseCommand, plainTokens, PLAIN, type List, type PlanNode } from '../../src/analysis/shell/parse.js';
import { preprocess } from '../../src/analysis/shell/preprocess.js';

/** The simple commands of a plan as word lists, in order, nested ones included. */
function commands(list: List): string[][] {
  const out: string[][] = [];
  const node = (n: PlanNode) => {
    if (n.kind === 'group') return out.push(...commands(n.list));
    for (const sub of n.substitutions) out.push(...commands(sub));
    out.push(n.words);
  };
  for (const item of list.items) for (const p of item.chain.pipelines) p.nodes.forEach(node);
  return out;
}

describe('preprocess', () => {
  it('lifts out command substitutions the shell would run, and only those', () => {
    const pre = preprocess(`echo "a $(npm test) b" '$(not run)' \\$(escaped) \`make\``);
    expect(pre.substitutions).toEqual(['npm test', 'make']);
    expect(pre.text).not.toContain('npm test');
    expect(pre.text).toContain("'$(not run)'");
  });

  it('keeps a heredoc inside $( … ) inside double quotes whole, whatever its body holds', () => {
    const cmd = 'git commit -m "$(cat <<\'EOF\'\nfix: handle ) and `npm run dev` in text\nEOF\n)" && npm test';
    const pre = preprocess(cmd);
    expect(pre.substitutions).toEqual(["cat <<'EOF'\nfix: handle ) and `npm run dev` in text\nEOF\n"]);
    expect(commands(parseCommand(cmd).list)).toEqual([['cat'], ['git', 'commit', '-m', '$(…)'], ['npm', 'test']]);
  });

  it('drops comments but not # inside words, joins continuations, turns newlines into separators', () => {
    expect(commands(parseCommand('npm ci \\\n  --silent # install\necho a#b\n\nmake').list)).toEqual([
      ['npm', 'ci', '--silent'],
      ['echo', 'a#b'],
      ['make'],
    ]);
  });

  it('does not split a chain at a newline after an operator', () => {
    const plan = parseCommand('npm ci &&\n  npm test ||\n  echo failed');
    expect(plan.list.items).toHaveLength(1);
    expect(plan.list.items[0].chain.ops).toEqual(['&&', '||']);
  });

  it('reports what it could not parse exactly', () => {
    expect(parseCommand("echo 'unterminated").notes).toEqual(["unterminated quote (')"]);
    expect(parseCommand('cat <<EOF\nno end').notes).toEqual(['heredoc EOF is not terminated']);
    expect(parseCommand('echo $(npm test').notes).toEqual(['unclosed $(']);
    expect(parseCommand('(cd x && make').notes).toEqual(['unbalanced parentheses']);
  });
});

describe('plan', () => {
  it('gives loops, conditionals and case their own group so redirects, pipes and & apply to all of it', () => {
    const loop = parseCommand('while read f; do wc -l "$f"; done < files.txt &');
    expect(loop.list.items[0].background).toBe(true);
    const group = loop.list.items[0].chain.pipelines[0].nodes[0];
    expect(group).toMatchObject({ kind: 'group', form: 'compound', redirects: [{ op: '<', target: 'files.txt' }] });
    expect(commands(parseCommand('if [ -f x ]; then npm ci; else yarn; fi').list)).toEqual([
      ['[', '-f', 'x', ']'],
      ['then', 'npm', 'ci'],
      ['else', 'yarn'],
    ]);
    expect(commands(parseCommand('case "$1" in build) make ;; dev|serve) npm run dev ;; esac').list)).toEqual([
      ['make'],
      ['npm', 'run', 'dev'],
    ]);
    expect(commands(parseCommand('for f in a b; do echo $f; done').list)).toEqual([['do', 'echo', '$f']]);
  });

  it('keeps operators, subshells and fd redirects apart', () => {
    const plan = parseCommand('(cd api && npm start) & npm test 2>&1 | tee log; wait');
    expect(plan.list.items.map((i) => i.background)).toEqual([true, false, false]);
    expect(commands(plan.list)).toEqual([['cd', 'api'], ['npm', 'start'], ['npm', 'test'], ['tee', 'log'], ['wait']]);
    expect(plan.exact).toBe(true);
  });
});

describe('plain fast path', () => {
  const sample = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'agent-commands.sample.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { command: string }).command);
  const extra = ['exec 3<>file', 'cat <<- EOF', 'a&&b||c;d|e|&f', 'ls 2>&1 >>out <in', 'x >| y &> z &>> w', 'echo *.js [ab]?'];

  it('tokenizes plain text exactly as shell-quote does', () => {
    const plain = [...sample, ...extra].filter((c) => PLAIN.test(c));
    expect(plain.length).toBeGreaterThan(50);
    for (const c of plain) {
      const expected = shellQuote(c).map((t) =>
        typeof t === 'object' && 'op' in t && t.op === 'glob' ? (t as { pattern: string }).pattern : t,
      );
      expect(plainTokens(c), c).toEqual(expected);
    }
  });
});

describe('measured history lookups', () => {
  it('asks once per signature, and only for parts whose duration it can change', () => {
    const asked: string[] = [];
    const a = analyze('cd a && npm test; cd b && npm test; npm test | cat; vim notes.md', {
      history: (signature) => {
        asked.push(signature);
        return signature === 'npm test' ? { seconds: 1, samples: 3, completes: true } : undefined;
      },
    });
    expect(asked.sort()).toEqual(['cat', 'npm test']);
    expect(a.parts.filter((p) => p.signature === 'npm test').every((p) => p.estimateSource === 'history')).toBe(true);
  });
});
