import { defineConfig } from 'vitest/config';

// End-to-end: real Claude Code binaries drive the installed hooks (tests/e2e, docs/testing.md).
// Named *.e2e.ts so that `npm test` (vitest.config.ts: the unit and process projects) leaves them out.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/e2e/**/*.test.ts'],
    // Each scenario is a whole Claude Code session; beforeAll runs it.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One file, one fork: sessions run one after another, so a 2-core machine is not
    // oversubscribed and the hooks' timing (the 400 ms sibling window) stays realistic.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
