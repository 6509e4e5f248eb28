/**
 * Ruby: Bundler, gems, Rake, Rails, test runners, linters, app servers and static sites.
 * Order matters. `bundle exec X` and `bin/rails X` arrive here as `X` and `rails`.
 */
import type { CatalogueEntry } from './entry.js';

const RAILS = ['rails', 'rails.rb'];
/** Rake tasks shared by `rake X` and `rails X`. */
const DB_QUERY_TASK = /^db:(version|migrate:status|schema:dump|schema:cache:dump|abort_if_pending_migrations)$/;
const DB_TASK = /^db:/;
/** Test tasks, also named with a qualifier (`ascii_spec`, `spec_ci`, `test:unit`). */
const TEST_TASK = /^((\w+_)?(test|spec)s?(_\w+)?|test:.+|spec:.+|cucumber|cucumber:.+|features|default)$/;
const ASSET_TASK = /^(assets:precompile|webpacker:compile|shakapacker:compile|javascript:build|css:build|tailwindcss:build|dartsass:build|vite:build)$/;
/** Job workers started through rake: they poll until stopped. */
const WORKER_TASK = /^(jobs:work|resque:work|resque:workers|resque:scheduler|sneakers:run|solid_queue:start|good_job:start|que:work|shoryuken:start)$/;
const WATCH_TASK = /^(tailwindcss:watch|dartsass:watch|javascript:watch|css:watch|assets:watch|vite:dev)$/;
const QUICK_TASK = /^(routes|about|stats|notes|middleware|initializers|secret|time:zones|tmp:clear|log:clear|credentials:show|restart|dev:cache|assets:clobber|assets:clean|zeitwerk:check|version)$/;
/** Daemon flags of the Ruby app servers. */
const DAEMON = ['-d', '-D', '--daemon', '--daemonize', '--detach'];
const APP_SERVERS = ['puma', 'unicorn', 'unicorn_rails', 'thin', 'rackup', 'passenger', 'falcon', 'iodine', 'shotgun', 'pitchfork', 'agoo'];
const RUBOCOP = ['rubocop', 'standardrb', 'rubocop-daemon'];

export const RUBY_ROWS: readonly CatalogueEntry[] = [
  // Bundler (`bundle exec` is a prefix).
  { programs: ['bundle', 'bundler'], args: ['console'], effect: 'interactive', category: 'repl', reason: 'opens an IRB session with the bundle loaded', alternative: "bundle exec ruby -e '…'" },
  { programs: ['bundle', 'bundler'], args: ['open'], effect: 'interactive', category: 'editor', reason: 'opens a gem in an editor', alternative: 'bundle info GEM --path, then read the files' },
  { programs: ['bundle', 'bundler'], args: ['check|list|show|info|config|version|platform|env|init|binstubs|licenses|viz|remove|clean|plugin'], effect: 'work', category: 'query', reason: 'quick Bundler command', estimate: 1.5 },
  { programs: ['bundle', 'bundler'], args: ['outdated|audit|doctor'], effect: 'work', category: 'query', reason: 'compares the bundle with the gem index', estimate: 4 },
  { programs: ['bundle', 'bundler'], args: ['lock'], unlessFlags: ['--update'], effect: 'work', category: 'install', reason: 'resolves the Gemfile', estimate: 5 },
  { programs: ['bundle', 'bundler'], args: ['install|i|update|add|lock|cache|package|pristine'], effect: 'work', category: 'install', reason: 'resolves, downloads and installs gems (native ones compile)', estimate: 30 },
  { programs: ['bundle', 'bundler'], noMoreArgs: true, effect: 'work', category: 'install', reason: 'bundle alone installs the Gemfile', estimate: 30 },
  { programs: ['bundle-audit', 'bundler-audit'], effect: 'work', category: 'lint', reason: 'checks gems against an advisory database', estimate: 4 },

  // RubyGems and Ruby versions.
  { programs: ['gem'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the gem server runs until stopped' },
  { programs: ['gem'], args: ['update'], ifFlags: ['--system'], effect: 'work', category: 'install', reason: 'updates RubyGems itself', estimate: 15 },
  { programs: ['gem'], args: ['install|i|update|pristine'], effect: 'work', category: 'install', reason: 'downloads and installs gems (native ones compile)', estimate: 15 },
  { programs: ['gem'], args: ['push|yank|owner|signin'], effect: 'work', category: 'other', reason: 'talks to rubygems.org', estimate: 5 },
  { programs: ['gem'], effect: 'work', category: 'query', reason: 'quick gem command', estimate: 1.5 },
  { programs: ['rbenv', 'rvm', 'ruby-install', 'ruby-build', 'chruby-install', 'frum'], args: ['install|reinstall'], ifFlags: ['--list', '-l', '-L', '--list-all'], effect: 'work', category: 'query', reason: 'lists installable versions', estimate: 1 },
  { programs: ['rbenv', 'rvm', 'frum'], args: ['install|reinstall|upgrade'], effect: 'work', category: 'install', reason: 'compiles Ruby from source', estimate: 300 },
  { programs: ['ruby-install', 'ruby-build'], effect: 'work', category: 'install', reason: 'compiles Ruby from source', estimate: 300 },

  // Rails commands that are not rake tasks, before the tasks shared with rake.
  { programs: RAILS, args: ['server|s'], ifFlags: DAEMON, effect: 'self-background', category: 'detached', reason: 'rails server -d daemonises itself', estimate: 3 },
  { programs: RAILS, args: ['server|s'], effect: 'never-ends', category: 'server', reason: 'the Rails server runs until stopped' },
  { programs: RAILS, args: ['console|c|dbconsole|db'], effect: 'interactive', category: 'repl', reason: 'opens an interactive console', alternative: "bin/rails runner '…'" },
  { programs: RAILS, args: ['credentials:edit|secrets:edit|encrypted:edit'], effect: 'interactive', category: 'editor', reason: 'opens the credentials in an editor', alternative: 'EDITOR="cp NEWFILE" bin/rails credentials:edit, or credentials:show to read them' },
  { programs: RAILS, args: ['test|t|spec'], ifFlags: ['--system'], effect: 'work', category: 'test', reason: 'runs browser system tests', estimate: 120 },
  { programs: RAILS, args: ['test:system|test:all'], effect: 'work', category: 'test', reason: 'runs the system tests in a browser', estimate: 120 },

  // Rake tasks, also run as `rails TASK`.
  { programs: ['rake'], ifFlags: ['-T', '--tasks', '-D', '--describe', '-W', '--where', '-P', '--prereqs'], effect: 'work', category: 'query', reason: 'lists tasks', estimate: 2 },
  { programs: ['rake', ...RAILS], anyArg: WORKER_TASK, effect: 'never-ends', category: 'server', reason: 'a job worker polls until stopped' },
  { programs: ['rake', ...RAILS], args: [WATCH_TASK], effect: 'never-ends', category: 'watch', reason: 'watches assets until stopped' },
  { programs: ['rake', ...RAILS], args: [DB_QUERY_TASK], effect: 'work', category: 'query', reason: 'boots the app and reads the schema state', estimate: 3 },
  { programs: ['rake', ...RAILS], args: [DB_TASK], effect: 'work', category: 'migration', reason: 'boots the app and changes the database', estimate: 10 },
  { programs: ['rake', ...RAILS], args: [TEST_TASK], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 60 },
  { programs: ['rake', ...RAILS], args: [ASSET_TASK], effect: 'work', category: 'build', reason: 'compiles assets', estimate: 60 },
  { programs: ['rake', ...RAILS], args: [QUICK_TASK], effect: 'work', category: 'query', reason: 'boots the app to print something', estimate: 3 },
  { programs: ['rake'], args: ['build|install|release|compile|rdoc|yard'], effect: 'work', category: 'build', reason: 'builds the gem or its docs', estimate: 10 },
  { programs: ['rake'], noMoreArgs: true, effect: 'work', category: 'test', reason: 'the default task usually runs the tests', estimate: 60 },

  // The rest of the Rails commands.
  { programs: RAILS, args: ['test|t|spec'], effect: 'work', category: 'test', reason: 'boots Rails and runs the tests', estimate: 60 },
  { programs: RAILS, args: ['new'], unlessFlags: ['--skip-bundle', '-B'], effect: 'work', category: 'install', reason: 'generates an app and bundles its gems', estimate: 60 },
  { programs: RAILS, args: ['generate|g|destroy|d|new|app:update|importmap:install|action_text:install|active_storage:install'], effect: 'work', category: 'build', reason: 'boots Rails and writes files', estimate: 3 },
  { programs: RAILS, args: ['runner|r'], effect: 'work', category: 'script', reason: 'boots Rails and runs a snippet', estimate: 4 },
  { programs: RAILS, bare: true, effect: 'work', category: 'query', reason: 'prints the command list', estimate: 1 },

  // Test runners.
  { programs: ['rspec'], ifFlags: ['--init'], effect: 'work', category: 'other', reason: 'writes the RSpec setup', estimate: 0.5 },
  { programs: ['rspec'], ifFlags: ['--dry-run'], effect: 'work', category: 'query', reason: 'loads the specs and lists them without running', estimate: 4 },
  // One example by its line or name (`rspec spec/a_spec.rb:42`): seconds, like one pytest node id.
  { programs: ['rspec'], anyArg: /_spec\.rb:\d+(:\d+)*$/, effect: 'work', category: 'test', reason: 'runs the selected examples', estimate: 4 },
  { programs: ['rspec'], ifFlags: ['-e', '--example'], anyArg: /_spec\.rb$/, maxArgs: 1, effect: 'work', category: 'test', reason: 'runs the named examples of one file', estimate: 4 },
  { programs: ['rspec', 'cucumber', 'parallel_rspec', 'parallel_test', 'parallel_cucumber', 'knapsack'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 60 },
  { programs: ['mutant'], effect: 'work', category: 'test', reason: 'mutation testing reruns the suite many times', estimate: 600 },
  { programs: ['guard'], args: ['init|list|show'], effect: 'work', category: 'other', reason: 'quick Guard command', estimate: 1 },
  { programs: ['guard'], effect: 'never-ends', category: 'watch', reason: 'Guard watches files and reruns until stopped' },

  // Linters and type checkers. One file is quick; the whole tree takes a while.
  { programs: RUBOCOP, ifFlags: ['--auto-gen-config'], effect: 'work', category: 'lint', reason: 'lints everything to write a todo file', estimate: 20 },
  { programs: RUBOCOP, anyArg: /\.(rb|rake|gemspec|ru)$/, effect: 'work', category: 'lint', reason: 'lints the given files', estimate: 3 },
  { programs: RUBOCOP, effect: 'work', category: 'lint', reason: 'lints the whole tree', estimate: 15 },
  { programs: ['brakeman', 'rails_best_practices', 'reek', 'flay', 'flog', 'fasterer', 'erb_lint', 'erblint', 'haml-lint', 'slim-lint', 'i18n-tasks', 'debride'], effect: 'work', category: 'lint', reason: 'analyses the whole app', estimate: 15 },
  { programs: ['srb'], args: ['tc'], ifFlags: ['--lsp'], effect: 'never-ends', category: 'server', reason: 'the Sorbet language server runs until stopped' },
  { programs: ['srb', 'steep', 'tapioca', 'rbs'], args: ['tc|check|typecheck|gems|dsl|init|collection'], effect: 'work', category: 'typecheck', reason: 'type-checks or generates signatures', estimate: 15 },
  { programs: ['solargraph', 'ruby-lsp', 'steep'], args: ['stdio|socket|langserver|server'], effect: 'never-ends', category: 'server', reason: 'a language server runs until stopped' },
  { programs: ['yard', 'yardoc', 'rdoc', 'sdoc'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the docs server runs until stopped' },
  { programs: ['yard', 'yardoc', 'rdoc', 'sdoc'], effect: 'work', category: 'build', reason: 'generates API documentation', estimate: 15 },

  // REPLs.
  { programs: ['irb', 'pry', 'racksh', 'ripl'], effect: 'interactive', category: 'repl', reason: 'opens an interactive Ruby prompt', alternative: "ruby -e '…'" },
  { programs: ['hanami'], args: ['console|c|db'], effect: 'interactive', category: 'repl', reason: 'opens an interactive console', alternative: "ruby -e '…'" },

  // App servers, process managers and workers.
  { programs: APP_SERVERS, ifFlags: DAEMON, effect: 'self-background', category: 'detached', reason: 'the server daemonises itself', estimate: 2 },
  { programs: ['thin', 'passenger'], args: ['stop|restart|status'], effect: 'work', category: 'other', reason: 'controls a running server', estimate: 1 },
  { programs: APP_SERVERS, effect: 'never-ends', category: 'server', reason: 'the app server runs until stopped' },
  { programs: ['pumactl', 'passenger-status', 'passenger-config'], effect: 'work', category: 'other', reason: 'controls a running server', estimate: 1 },
  { programs: ['sidekiq', 'resque', 'resque-pool', 'shoryuken', 'sneakers', 'good_job', 'solid_queue', 'clockwork', 'rufus-scheduler', 'karafka', 'que', 'racecar'], ifFlags: ['-d', '--daemon', '--daemonize'], effect: 'self-background', category: 'detached', reason: 'the worker daemonises itself', estimate: 2 },
  { programs: ['sidekiq', 'resque-pool', 'shoryuken', 'sneakers', 'clockwork', 'que', 'racecar'], effect: 'never-ends', category: 'server', reason: 'a job worker runs until stopped' },
  { programs: ['good_job', 'solid_queue', 'karafka'], args: ['start|server|work'], effect: 'never-ends', category: 'server', reason: 'a job worker runs until stopped' },
  { programs: ['delayed_job'], args: ['start|restart'], effect: 'self-background', category: 'detached', reason: 'starts the worker as a daemon', estimate: 2 },
  { programs: ['delayed_job'], args: ['run'], effect: 'never-ends', category: 'server', reason: 'runs the worker in the foreground until stopped' },
  { programs: ['foreman', 'overmind', 'hivemind'], args: ['start|s'], ifFlags: ['-D', '--daemonize'], effect: 'self-background', category: 'detached', reason: 'starts the processes as a daemon', estimate: 2 },
  { programs: ['overmind'], args: ['connect|c|echo'], effect: 'interactive', category: 'remote', reason: 'attaches to a running process', alternative: 'overmind echo in the background, or read the logs' },
  { programs: ['foreman', 'overmind', 'hivemind'], args: ['start|s'], effect: 'never-ends', category: 'server', reason: 'runs every Procfile process until stopped' },
  { programs: ['hivemind'], effect: 'never-ends', category: 'server', reason: 'runs every Procfile process until stopped' },
  // Rails 7 `bin/dev` runs foreman with Procfile.dev: server and asset watchers.
  { programs: ['dev'], bare: true, effect: 'never-ends', category: 'server', reason: 'bin/dev starts the server and watchers from Procfile.dev' },
  { programs: ['spring'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the Spring server runs until stopped' },
  { programs: ['hanami', 'padrino', 'bridgetown', 'middleman', 'nanoc'], args: ['server|s|start|dev|live|view'], effect: 'never-ends', category: 'server', reason: 'the dev server runs until stopped' },
  { programs: ['middleman'], bare: true, effect: 'never-ends', category: 'server', reason: 'middleman alone starts the preview server' },
  { programs: ['hanami', 'padrino', 'bridgetown', 'middleman', 'nanoc'], args: ['build|b|compile|deploy'], effect: 'work', category: 'build', reason: 'builds the site', estimate: 30 },

  // Jekyll.
  { programs: ['jekyll'], args: ['serve|s|server'], ifFlags: ['--detach', '-B'], effect: 'self-background', category: 'detached', reason: 'jekyll serve --detach runs in the background', estimate: 10 },
  { programs: ['jekyll'], args: ['serve|s|server'], effect: 'never-ends', category: 'server', reason: 'jekyll serve builds, watches and serves until stopped', alternative: 'jekyll build for a one-off build' },
  { programs: ['jekyll'], args: ['build|b'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'rebuilds on changes until stopped' },
  { programs: ['jekyll'], args: ['build|b'], effect: 'work', category: 'build', reason: 'builds the site', estimate: 10 },
  { programs: ['jekyll'], args: ['new'], unlessFlags: ['--skip-bundle'], effect: 'work', category: 'install', reason: 'creates a site and bundles its gems', estimate: 30 },
  { programs: ['jekyll'], effect: 'work', category: 'query', reason: 'quick Jekyll command', estimate: 2 },
];
