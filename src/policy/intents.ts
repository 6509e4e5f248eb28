/**
 * What a user's prompt asks for, as far as background execution is concerned, and the short
 * guidance each intent earns. A table: add a row for a new intent.
 */
export interface Intent {
  name: string;
  pattern: RegExp;
  guidance: string;
}

const INTENTS: readonly Intent[] = [
  {
    name: 'tests',
    pattern:
      /\b(run|rerun|re-run|execute|fix|check)\b[^.?!\n]{0,40}\b(tests?|specs?|test suite|suite)\b|\b(pytest|npm test|cargo test|go test|jest|vitest|rspec|phpunit)\b/i,
    guidance: 'start the test suite with run_in_background: true and work on something else (read the code under test) until it finishes',
  },
  {
    name: 'build',
    pattern: /\b(build|rebuild|compile|bundle)\b[^.?!\n]{0,30}\b(project|app|it|everything|the code|release|image|docker|binary|package)?/i,
    guidance: 'run builds with run_in_background: true and check the output file when you need the result',
  },
  {
    name: 'install',
    pattern:
      /\b(install|update|upgrade|add)\b[^.?!\n]{0,30}\b(dep|deps|dependencies|packages?|requirements|modules|gems)\b|\b(npm|pnpm|yarn|pip|poetry|bundle|composer|cargo) (install|add|ci|sync)\b/i,
    guidance: 'installs are network-bound: run them with run_in_background: true, but wait for them before building or testing',
  },
  {
    name: 'server',
    pattern:
      /\b(start|run|launch|spin up|boot|serve)\b[^.?!\n]{0,25}\b(dev server|server|the app|frontend|backend|api|site|storybook)\b|\bdev server\b/i,
    guidance: 'a server never exits: start it with run_in_background: true, then read its output file to see that it is up',
  },
  {
    name: 'parallel',
    pattern:
      /\b(while (that|it|this|those|they) (runs?|builds?|installs?)|in parallel|meanwhile|at the same time|in the background|concurrently|simultaneously)\b/i,
    guidance: 'start the independent slow commands with run_in_background: true in one message, keep working, then check each',
  },
  {
    name: 'migrate',
    pattern: /\b(migrate|migration|migrations)\b/i,
    guidance:
      'run migrations with run_in_background: true if they are long, and let them finish before tests or the server use the database',
  },
];

export function detectIntents(prompt: string): Intent[] {
  const text = prompt.length > 4000 ? prompt.slice(0, 4000) : prompt;
  return INTENTS.filter((i) => i.pattern.test(text));
}
