import { defineConfig } from 'vitest/config';

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
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Hook tests spawn many node processes; two cores here.
    pool: 'forks',
  },
});
