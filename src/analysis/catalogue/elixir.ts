/** Elixir and Erlang: mix, iex, Phoenix, rebar3. Order matters. */
import type { CatalogueEntry } from './entry.js';

const MIX = ['mix'];

export const ELIXIR_ROWS: readonly CatalogueEntry[] = [
  // Never ends: servers, watchers, and scripts told not to halt.
  { programs: MIX, args: ['phx.server'], effect: 'never-ends', category: 'server', reason: 'the Phoenix server runs until stopped' },
  { programs: MIX, args: ['test.watch|test.interactive'], effect: 'never-ends', category: 'watch', reason: 'reruns the tests on every change and never exits', alternative: 'mix test' },
  { programs: MIX, args: ['run'], ifFlags: ['--no-halt'], effect: 'never-ends', category: 'server', reason: 'keeps the application running until stopped' },
  { programs: ['elixir'], ifFlags: ['--no-halt'], effect: 'never-ends', category: 'server', reason: 'keeps the application running until stopped' },
  // iex is a REPL even when it starts the project (`iex -S mix phx.server`).
  { programs: ['iex'], ifFlags: ['-S'], effect: 'interactive', category: 'repl', reason: 'iex -S mix opens an interactive shell around the application', alternative: 'mix run -e "…", or mix phx.server with run_in_background: true' },
  { programs: ['iex', 'erl'], effect: 'interactive', category: 'repl', reason: 'opens an interactive Erlang/Elixir shell', alternative: 'elixir -e "…", or erl -noshell -eval "…"' },
  { programs: ['rebar3'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens an Erlang shell with the project loaded', alternative: 'rebar3 eunit, or erl -noshell -eval "…"' },
  { programs: MIX, args: ['phx.new|new|igniter.new'], unlessFlags: ['--install', '--no-install'], effect: 'interactive', category: 'prompt', reason: 'asks "Fetch and install dependencies? [Yn]"', alternative: 'mix phx.new NAME --install (or --no-install)' },
  { programs: MIX, args: ['local.hex|local.rebar|archive.install'], unlessFlags: ['--force', '--if-missing'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation before installing', alternative: 'add --force' },

  // Quick: formatting, help, single tests, project scaffolding without installs.
  { programs: MIX, args: ['test'], anyArg: /^test\/.+\.exs:\d+$/, effect: 'work', category: 'test', reason: 'runs one test (compiling what changed)', estimate: 4 },
  { programs: MIX, args: ['format|help|hex.info|hex.search|deps|deps.tree|deps.unlock|clean|phx.routes|phx.gen.secret|xref|compile.app|new|phx.new|local.hex|local.rebar|archive|archive.install|hex.outdated|hex.audit|igniter.new'], effect: 'work', category: 'query', reason: 'quick mix task', estimate: 2 },

  // Slow: dependency fetches, compilation, tests, analysis, databases.
  { programs: MIX, args: ['deps.get|deps.update|deps.compile|setup|deps.clean'], effect: 'work', category: 'install', reason: 'fetches and compiles dependencies', estimate: 60 },
  { programs: MIX, args: ['test|coveralls|coveralls.html|coveralls.json|test.coverage'], effect: 'work', category: 'test', reason: 'compiles and runs the test suite', estimate: 45 },
  { programs: MIX, args: ['compile|release|escript.build|assets.deploy|assets.build|esbuild|tailwind|docs|hex.build|hex.publish|archive.build|phx.digest'], effect: 'work', category: 'build', reason: 'compiles the project or builds a release', estimate: 30 },
  { programs: MIX, args: ['dialyzer'], effect: 'work', category: 'typecheck', reason: 'builds PLTs and runs Dialyzer: minutes', estimate: 180 },
  { programs: MIX, args: ['credo|sobelow|deps.audit|compile.warnings'], effect: 'work', category: 'lint', reason: 'compiles and analyses the project', estimate: 15 },
  { programs: MIX, args: [/^ecto\.(migrate|rollback|setup|reset|create|drop|load|dump)$/], effect: 'work', category: 'migration', reason: 'creates or migrates the database', estimate: 15 },
  { programs: MIX, args: ['run'], effect: 'work', category: 'script', reason: 'compiles the project and runs a script', estimate: 10 },
  { programs: MIX, args: ['*'], effect: 'work', category: 'build', reason: 'a mix task compiles the project first', estimate: 10 },
  { programs: MIX, bare: true, effect: 'work', category: 'build', reason: 'mix alone compiles the project', estimate: 30 },
  { programs: ['elixir'], ifFlags: ['-e', '--eval'], effect: 'work', category: 'script', reason: 'evaluates an expression', estimate: 1 },
  { programs: ['elixir'], effect: 'work', category: 'script', reason: 'runs an Elixir script', estimate: 2 },

  // Erlang.
  { programs: ['rebar3'], args: ['compile|release|tar|escriptize|get-deps|upgrade|as'], effect: 'work', category: 'build', reason: 'fetches dependencies and compiles', estimate: 30 },
  { programs: ['rebar3'], args: ['eunit|ct|proper|dialyzer|xref|cover'], effect: 'work', category: 'test', reason: 'compiles and runs tests or analysis', estimate: 45 },
  { programs: ['rebar3'], effect: 'work', category: 'query', reason: 'quick rebar3 command', estimate: 2 },
];
