/** Polls until `check` holds; fails after `ms` (a generous ceiling: only a hang reaches it). */
export async function waitFor<T>(check: () => T | null | undefined | false, ms = 15_000, what = 'the condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
