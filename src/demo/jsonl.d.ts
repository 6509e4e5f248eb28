// esbuild's text loader (and vitest's ?raw-less plugin in vitest.config.ts) turn .jsonl files into strings.
declare module '*.jsonl' {
  const text: string;
  export default text;
}
