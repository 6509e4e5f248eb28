/**
 * nx executors as the command each one amounts to, so the catalogue judges a target the way it
 * judges that command (`nx test web` → `jest` → jest: runs a test suite). ONE ROW PER EXECUTOR,
 * keyed without its npm scope (`@nx/jest:jest` and the older `@nrwl/jest:jest` are `jest:jest`;
 * Angular's builders, under either package, are `angular:X`). An executor not listed resolves
 * nothing: the target is judged by its name.
 */

interface ExecutorRow {
  /** What the target runs once. */
  runs: string;
  /** What it runs with `options.watch` true (or by default when `watchByDefault`). */
  watching?: string;
  watchByDefault?: boolean;
}

const ANGULAR_BUILD: ExecutorRow = { runs: 'ng build', watching: 'ng build --watch' };

const EXECUTORS: Record<string, ExecutorRow> = {
  'jest:jest': { runs: 'jest', watching: 'jest --watch' },
  'vite:test': { runs: 'vitest run', watching: 'vitest --watch' },
  'vitest:test': { runs: 'vitest run', watching: 'vitest --watch' },
  'vite:build': { runs: 'vite build', watching: 'vite build --watch' },
  'vite:dev-server': { runs: 'vite' },
  'vite:preview-server': { runs: 'vite preview' },
  'webpack:webpack': { runs: 'webpack', watching: 'webpack --watch' },
  'webpack:dev-server': { runs: 'webpack serve' },
  'rspack:rspack': { runs: 'rspack build', watching: 'rspack build --watch' },
  'rspack:dev-server': { runs: 'rspack serve' },
  'js:tsc': { runs: 'tsc', watching: 'tsc --watch' },
  'rollup:rollup': { runs: 'rollup -c', watching: 'rollup -c --watch' },
  // A node app served by nx (rebuilt and restarted on change by default) runs until stopped.
  'js:node': { runs: 'node --watch main.js' },
  'node:node': { runs: 'node --watch main.js' },
  'eslint:lint': { runs: 'eslint .' },
  'linter:eslint': { runs: 'eslint .' },
  'cypress:cypress': { runs: 'cypress run', watching: 'cypress open' },
  'playwright:playwright': { runs: 'playwright test' },
  'detox:test': { runs: 'detox test' },
  'next:build': { runs: 'next build' },
  'next:server': { runs: 'next dev' },
  'angular:dev-server': { runs: 'ng serve' },
  'angular:ssr-dev-server': { runs: 'ng serve' },
  'angular:application': ANGULAR_BUILD,
  'angular:browser': ANGULAR_BUILD,
  'angular:browser-esbuild': ANGULAR_BUILD,
  'angular:webpack-browser': ANGULAR_BUILD,
  // Karma keeps watching unless told otherwise.
  'angular:karma': { runs: 'karma start --single-run', watching: 'karma start', watchByDefault: true },
  'storybook:storybook': { runs: 'storybook dev' },
  'storybook:build': { runs: 'storybook build' },
  'expo:start': { runs: 'expo start' },
  'react-native:start': { runs: 'react-native start' },
  // Runs nothing of its own: only what it depends on.
  'nx:noop': { runs: '' },
};

/** `@nx/jest:jest` → `jest:jest`; `@angular-devkit/build-angular:karma` → `angular:karma`. */
function executorKey(executor: string): string {
  const [pkg, name] = executor.split(':');
  if (/^@angular(-devkit)?\/|^@nx\/angular$|^@nrwl\/angular$/.test(pkg)) return `angular:${name}`;
  return `${pkg.replace(/^@(nx|nrwl)\//, '')}:${name}`;
}

/** The command an executor amounts to with these options; undefined for an executor not in the table. */
export function executorCommand(executor: string, options: Record<string, unknown>): string | undefined {
  const row = EXECUTORS[executorKey(executor)];
  if (!row) return undefined;
  const watch = typeof options.watch === 'boolean' ? options.watch : row.watchByDefault;
  return watch && row.watching ? row.watching : row.runs;
}
