import { defineConfig } from 'vitest/config';

/**
 * Three projects (docs/testing.md): `unit`, in-process code on real files (`npm run test:unit`), and
 * `process`, what only real processes show: the compiled hooks (tests/hooks), the CLI binary,
 * stdin descriptors, concurrent openers and real Claude Code binaries (tests/process),
 * `npm run test:hooks`; and `fuzz`, the seeded payloads through the hook handlers in-process
 * (tests/fuzz), `npm run test:fuzz`. `npm test` runs all three; tests/e2e has its own config.
 */
export default defineConfig({
  // Recordings are imported as text, as esbuild's text loader does for the CLI bundle.
  plugins: [
    {
      name: 'jsonl-as-text',
      transform(code, id) {
        if (id.endsWith('.jsonl')) return { code: `export default ${JSON.stringify(code)};`, map: null };
      },
    },
  ],
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Forks, not threads: the in-process CLI runner (tests/support/cli-run.ts) changes the
    // process's cwd, which worker threads cannot.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'process', include: ['tests/hooks/**/*.test.ts', 'tests/process/**/*.test.ts'] } },
      // Ten thousand generated payloads in-process take a minute or more: too long for `unit`.
      { extends: true, test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'] } },
    ],
  },
});
