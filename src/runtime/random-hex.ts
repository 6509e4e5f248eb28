/**
 * Random hex digits, loading node:crypto only when called: a static import would load it (and
 * the stream classes it needs) in every hook process, about 5 ms, for ids made once in a while.
 */
export function randomHex(bytes: number): string {
  const { randomBytes } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return randomBytes(bytes).toString('hex');
}
