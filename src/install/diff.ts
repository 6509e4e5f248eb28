/**
 * A line-based unified diff, for `install --dry-run`: enough to show a person what would change
 * in a settings file, in the format `diff -u` and `git diff` use.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their terminators, so a missing final newline is a difference too. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Above this many cells the middle is shown as one replacement rather than aligned. */
const MAX_TABLE = 4_000_000;

/** Longest common subsequence over the part that differs; settings files are small. */
function editScript(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_TABLE) {
    for (let i = start; i < endA; i++) ops.push({ kind: '-', line: a[i] });
    for (let j = start; j < endB; j++) ops.push({ kind: '+', line: b[j] });
  } else {
    // lcs[i * (m + 1) + j]: length of the LCS of a[start+i..endA) and b[start+j..endB).
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] = a[start + i] === b[start + j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        ops.push({ kind: ' ', line: a[start + i] });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) {
        // On a tie, removals first, as diff -u shows them.
        ops.push({ kind: '-', line: a[start + i] });
        i++;
      } else {
        ops.push({ kind: '+', line: b[start + j] });
        j++;
      }
    }
  }
  for (let i = endA; i < a.length; i++) ops.push({ kind: ' ', line: a[i] });
  return ops;
}

function range(first: number, count: number): string {
  // An empty range is named by the line before it, as diff -u does.
  return count === 1 ? String(first) : `${count === 0 ? first - 1 : first},${count}`;
}

function render(op: Op): string {
  return op.line.endsWith('\n') ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/**
 * The unified diff from `before` to `after` with `context` lines around each change; empty when
 * they are equal. `before === null` is a file that does not exist yet.
 */
export function unifiedDiff(before: string | null, after: string, fromLabel: string, toLabel: string, context = 3): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before ?? ''), splitLines(after));
  const changed = ops.flatMap((op, k) => (op.kind === ' ' ? [] : [k]));
  let out = `--- ${before === null ? '/dev/null' : fromLabel}\n+++ ${toLabel}\n`;
  let k = 0;
  while (k < changed.length) {
    // A hunk runs while the next change is close enough for the contexts to touch.
    let last = k;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1) last++;
    const from = Math.max(0, changed[k] - context);
    const to = Math.min(ops.length, changed[last] + context + 1);
    let oldLine = 1;
    let newLine = 1;
    for (let p = 0; p < from; p++) {
      if (ops[p].kind !== '+') oldLine++;
      if (ops[p].kind !== '-') newLine++;
    }
    const hunk = ops.slice(from, to);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n` + hunk.map(render).join('');
    k = last + 1;
  }
  return out;
}
