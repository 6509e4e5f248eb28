/**
 * PHP: Composer, test runners, static analysis, Laravel's artisan, Symfony's console, Drush,
 * WP-CLI and app servers. Order matters. `php artisan X` arrives here as program `artisan`,
 * `php bin/console X` as `console`, `vendor/bin/phpunit` as `phpunit`.
 */
import type { CatalogueEntry } from './entry.js';

const COMPOSER = ['composer', 'composer.phar', 'composer2'];
/** Composer script names by convention (`composer test`, `composer run dev`). */
const SERVER_SCRIPT = /^(dev|serve|server|start|watch|dev:.*|serve:.*|watch:.*)$/;
const TEST_SCRIPT = /^(test|tests|phpunit|pest|paratest|coverage|test[:_-].*|.*:test|e2e|dusk|infection|mutation)$/;
const CHECK_SCRIPT = /^(lint|cs|cs-check|cs-fix|fix|format|phpcs|phpcbf|pint|phpstan|psalm|stan|analyse|analyze|analysis|static|static-analysis|check|ci|qa|rector|lint[:_-].*|cs[:_-].*|check[:_-].*|phpstan[:_-].*|psalm[:_-].*)$/;
const PHPUNIT = ['phpunit', 'simple-phpunit', 'paratest', 'pest'];
/** Laravel processes that keep running: servers, queue workers, schedulers, log tails. */
const ARTISAN_FOREVER = /^(serve|queue:work|queue:listen|schedule:work|horizon|reverb:start|octane:start|octane:frankenphp|octane:swoole|octane:roadrunner|pail|websockets:serve|inertia:start-ssr|pulse:check|pulse:work|nightwatch:agent|mcp:start)$/;
const ARTISAN_MIGRATE = /^(migrate|migrate:fresh|migrate:refresh|migrate:reset|migrate:rollback|migrate:install|db:seed|db:wipe|schema:dump|scout:import|scout:flush|tenants:migrate)$/;
const ARTISAN_QUICK = /^(list|about|inspire|env|route:list|migrate:status|model:show|db:show|db:table|db:monitor|event:list|schedule:list|schedule:run|channel:list|config:show|make:.*|key:generate|storage:link|optimize|optimize:clear|clear-compiled|package:discover|vendor:publish|config:.*|route:.*|view:.*|event:.*|cache:.*|queue:failed|queue:retry|queue:restart|queue:clear|queue:flush|queue:forget|queue:monitor|horizon:.*|ide-helper:.*|lang:publish|stub:publish|install:.*|down|up|livewire:.*|filament:.*|octane:reload|octane:stop|octane:status|sail:install|sail:publish)$/;
const DOCTRINE_MIGRATE = /^(doctrine:migrations:(migrate|execute|rollup)|doctrine:schema:(update|create|drop)|doctrine:fixtures:load|doctrine:database:(create|drop)|hautelook:fixtures:load)$/;
/** Queue workers that stop after a batch. */
const QUEUE_BOUNDED = ['--stop-when-empty', '--max-jobs', '--max-time'];

export const PHP_ROWS: readonly CatalogueEntry[] = [
  // Composer: queries, installs, then scripts by name.
  { programs: COMPOSER, args: ['run-script|run|exec'], noMoreArgs: true, effect: 'work', category: 'query', reason: 'lists the scripts or binaries', estimate: 1 },
  { programs: COMPOSER, args: ['show|info|validate|config|licenses|depends|why|prohibits|why-not|status|suggests|fund|about|check-platform-reqs|search|browse|home|clear-cache|clearcache|cc|init|bump'], effect: 'work', category: 'query', reason: 'quick Composer command', estimate: 1.5 },
  { programs: COMPOSER, args: ['outdated|audit|diagnose'], effect: 'work', category: 'query', reason: 'asks Packagist about the dependencies', estimate: 4 },
  { programs: COMPOSER, args: ['dump-autoload|dumpautoload|du|dump'], effect: 'work', category: 'build', reason: 'regenerates the autoloader', estimate: 2 },
  { programs: COMPOSER, args: ['install|i|update|u|upgrade|require|r|remove|rm|reinstall|create-project|self-update|selfupdate'], unlessFlags: ['--dry-run'], effect: 'work', category: 'install', reason: 'resolves, downloads and installs packages', estimate: 30 },
  { programs: COMPOSER, args: ['global', 'require|update|install|remove'], effect: 'work', category: 'install', reason: 'installs packages globally', estimate: 20 },
  { programs: COMPOSER, args: ['install|i|update|u|upgrade|require|r|remove|rm'], effect: 'work', category: 'install', reason: 'resolves dependencies without installing', estimate: 10 },
  { programs: COMPOSER, args: ['run-script|run', SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev script runs the server and watchers until stopped' },
  { programs: COMPOSER, args: [SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev script runs the server and watchers until stopped' },
  { programs: COMPOSER, args: ['run-script|run', TEST_SCRIPT], effect: 'work', category: 'test', reason: 'runs a test script', estimate: 30 },
  { programs: COMPOSER, args: [TEST_SCRIPT], effect: 'work', category: 'test', reason: 'runs a test script', estimate: 30 },
  { programs: COMPOSER, args: ['run-script|run', CHECK_SCRIPT], effect: 'work', category: 'lint', reason: 'runs lint or static analysis', estimate: 20 },
  { programs: COMPOSER, args: [CHECK_SCRIPT], effect: 'work', category: 'lint', reason: 'runs lint or static analysis', estimate: 20 },

  // Test runners.
  { programs: PHPUNIT, ifFlags: ['--list-tests', '--list-suites', '--list-groups', '--list-tests-xml', '--list-test-files', '--init', '--generate-configuration', '--migrate-configuration', '--check-version'], effect: 'work', category: 'query', reason: 'lists or configures without running tests', estimate: 2 },
  { programs: ['pest'], ifFlags: ['--watch'], effect: 'never-ends', category: 'watch', reason: 'reruns tests on changes and never exits', alternative: 'pest (a single run)' },
  { programs: ['pest'], ifFlags: ['--mutate'], effect: 'work', category: 'test', reason: 'mutation testing reruns the suite many times', estimate: 300 },
  { programs: ['phpunit', 'simple-phpunit', 'pest'], ifFlags: ['--filter'], effect: 'work', category: 'test', reason: 'runs the tests that match --filter', estimate: 4 },
  { programs: PHPUNIT, effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: ['phpunit-watcher'], effect: 'never-ends', category: 'watch', reason: 'reruns tests on changes and never exits' },
  { programs: ['codecept', 'codeception'], args: ['run'], effect: 'work', category: 'test', reason: 'runs the test suites', estimate: 60 },
  { programs: ['behat', 'phpspec', 'kahlan', 'atoum'], effect: 'work', category: 'test', reason: 'runs the specs', estimate: 30 },
  { programs: ['infection', 'roave-infection-static-analysis-plugin'], effect: 'work', category: 'test', reason: 'mutation testing reruns the suite many times', estimate: 300 },
  { programs: ['phpbench'], args: ['run'], effect: 'work', category: 'script', reason: 'runs benchmarks', estimate: 60 },

  // Static analysis and formatting.
  { programs: ['phpstan'], args: ['clear-result-cache|list|diagnose|dump-parameters|dump-deps|fixer:worker|worker'], effect: 'work', category: 'query', reason: 'quick PHPStan command', estimate: 1.5 },
  { programs: ['phpstan', 'phan', 'psalm', 'psalm.phar'], ifFlags: ['--server', '--language-server'], effect: 'never-ends', category: 'server', reason: 'a language server runs until stopped' },
  { programs: ['psalm', 'psalm.phar'], ifFlags: ['--init', '--clear-cache', '--clear-global-cache', '--list-supported-issues'], effect: 'work', category: 'query', reason: 'configures without analysing', estimate: 1 },
  { programs: ['phpstan', 'psalm', 'psalm.phar', 'phan', 'phpinsights', 'psalm-plugin'], effect: 'work', category: 'typecheck', reason: 'analyses the whole project', estimate: 30 },
  { programs: ['psalm-language-server', 'phpactor', 'intelephense'], effect: 'never-ends', category: 'server', reason: 'a language server runs until stopped' },
  { programs: ['php-cs-fixer', 'phpcs', 'phpcbf', 'pint', 'ecs'], anyArg: /\.php$/, effect: 'work', category: 'lint', reason: 'checks or formats the given files', estimate: 2 },
  { programs: ['php-cs-fixer'], args: ['describe|list-files|list-sets|list-rules|self-update'], effect: 'work', category: 'query', reason: 'quick PHP-CS-Fixer command', estimate: 1 },
  { programs: ['php-cs-fixer', 'phpcs', 'phpcbf', 'pint', 'ecs', 'twig-cs-fixer', 'phpmd', 'phpcpd', 'deptrac', 'composer-require-checker', 'composer-unused', 'parallel-lint'], effect: 'work', category: 'lint', reason: 'checks or formats the whole project', estimate: 10 },
  { programs: ['rector'], args: ['init|list|setup-ci'], effect: 'work', category: 'query', reason: 'quick Rector command', estimate: 1 },
  { programs: ['rector'], effect: 'work', category: 'lint', reason: 'refactors the whole project', estimate: 60 },

  // The interpreter's own modes (`php -S`, `php -m`): resolve.ts leaves these as program `php`.
  { programs: ['php'], ifFlags: ['-S'], effect: 'never-ends', category: 'server', reason: 'the built-in web server runs until stopped' },
  { programs: ['php'], ifFlags: ['-m', '-i', '--ini', '-l', '--rf', '--rc', '--re', '--ri'], effect: 'work', category: 'query', reason: 'prints PHP configuration or lints a file', estimate: 0.3 },

  // Laravel: `php artisan X`, `./vendor/bin/sail X`.
  { programs: ['artisan'], args: ['queue:work'], ifFlags: ['--once'], effect: 'work', category: 'script', reason: 'processes one job, then exits', estimate: 3 },
  { programs: ['artisan'], args: ['queue:work'], ifFlags: QUEUE_BOUNDED, effect: 'work', category: 'script', reason: 'processes queued jobs, then exits', estimate: 10 },
  { programs: ['artisan'], args: [ARTISAN_FOREVER], effect: 'never-ends', category: 'server', reason: 'a server, worker or scheduler runs until stopped' },
  { programs: ['artisan'], args: ['tinker'], ifFlags: ['--execute'], effect: 'work', category: 'script', reason: 'runs a snippet inside Laravel', estimate: 3 },
  { programs: ['artisan'], args: ['tinker|db'], effect: 'interactive', category: 'repl', reason: 'opens an interactive shell', alternative: 'php artisan tinker --execute="…"' },
  { programs: ['artisan'], args: ['test'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: ['artisan'], args: ['dusk|dusk:fails'], effect: 'work', category: 'test', reason: 'runs browser tests', estimate: 120 },
  { programs: ['artisan'], args: ['migrate|migrate:fresh|migrate:refresh|migrate:rollback|migrate:reset'], ifFlags: ['--pretend'], effect: 'work', category: 'query', reason: 'prints migration SQL without running it', estimate: 3 },
  { programs: ['artisan'], args: [ARTISAN_MIGRATE], effect: 'work', category: 'migration', reason: 'changes the database', estimate: 10 },
  { programs: ['artisan'], args: [ARTISAN_QUICK], effect: 'work', category: 'query', reason: 'a quick artisan command', estimate: 2 },
  { programs: ['artisan'], bare: true, effect: 'work', category: 'query', reason: 'prints the command list', estimate: 1 },
  { programs: ['sail'], args: ['up'], ifFlags: ['-d', '--detach'], effect: 'self-background', category: 'detached', reason: 'starts the containers in the background', estimate: 20 },
  { programs: ['sail'], args: ['up'], effect: 'never-ends', category: 'container', reason: 'runs the containers in the foreground until stopped', alternative: 'sail up -d' },
  { programs: ['sail'], args: ['artisan|art|a', ARTISAN_FOREVER], effect: 'never-ends', category: 'server', reason: 'a server, worker or scheduler runs until stopped' },
  { programs: ['sail'], args: ['artisan|art|a', 'test'], effect: 'work', category: 'test', reason: 'runs the tests in the container', estimate: 30 },
  { programs: ['sail'], args: ['artisan|art|a', ARTISAN_MIGRATE], effect: 'work', category: 'migration', reason: 'changes the database', estimate: 10 },
  { programs: ['sail'], args: ['tinker|shell|bash|root-shell|root-bash|mysql|psql|redis|mariadb|mongodb'], effect: 'interactive', category: 'repl', reason: 'opens an interactive shell in the container', alternative: 'sail exec laravel.test CMD' },
  { programs: ['sail'], args: ['test|pest|phpunit|dusk'], effect: 'work', category: 'test', reason: 'runs the tests in the container', estimate: 30 },
  { programs: ['sail'], args: ['build|composer'], effect: 'work', category: 'build', reason: 'builds images or installs packages in the container', estimate: 60 },
  { programs: ['sail'], args: ['logs'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the container logs forever', alternative: 'sail logs --tail 100' },
  { programs: ['sail'], args: ['down|stop|ps|logs'], effect: 'work', category: 'container', reason: 'controls the containers', estimate: 3 },
  { programs: ['laravel'], args: ['new'], effect: 'work', category: 'install', reason: 'creates an app and installs its packages', estimate: 60 },

  // Symfony: `php bin/console X`, the symfony CLI.
  { programs: ['console'], args: ['messenger:consume'], ifFlags: ['--limit', '--time-limit', '--memory-limit', '--failure-limit'], effect: 'work', category: 'script', reason: 'consumes messages up to a limit, then exits', estimate: 30 },
  { programs: ['console'], args: ['messenger:consume|server:run|scheduler:run'], effect: 'never-ends', category: 'server', reason: 'a worker or server runs until stopped' },
  { programs: ['console'], args: ['server:start'], effect: 'self-background', category: 'detached', reason: 'starts the web server in the background', estimate: 2 },
  { programs: ['console'], args: [/^(tailwind:build|sass:build|asset-map:compile)$/], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'watches assets until stopped' },
  { programs: ['console'], args: ['doctrine:migrations:migrate|doctrine:migrations:execute'], ifFlags: ['--dry-run', '--write-sql'], effect: 'work', category: 'query', reason: 'prints migration SQL without running it', estimate: 3 },
  { programs: ['console'], args: [DOCTRINE_MIGRATE], effect: 'work', category: 'migration', reason: 'changes the database', estimate: 10 },
  { programs: ['console'], args: [/^(asset-map:compile|tailwind:build|sass:build|importmap:install|assets:install|cache:warmup)$/], effect: 'work', category: 'build', reason: 'compiles assets or warms the cache', estimate: 8 },
  { programs: ['console'], args: [/^(cache:clear|cache:pool:clear|doctrine:migrations:(diff|generate|status|list|current|latest|up-to-date)|doctrine:schema:validate|debug:.*|lint:.*|make:.*|router:match|config:dump-reference|secrets:.*|about|list)$/], effect: 'work', category: 'query', reason: 'a quick console command', estimate: 3 },
  { programs: ['symfony', 'symfony-cli'], args: ['serve|server:start|local:server:start|proxy:start|run'], ifFlags: ['-d', '--daemon'], effect: 'self-background', category: 'detached', reason: 'runs in the background with --daemon', estimate: 2 },
  { programs: ['symfony', 'symfony-cli'], args: ['serve|server:start|local:server:start'], effect: 'never-ends', category: 'server', reason: 'the local web server runs until stopped', alternative: 'symfony server:start -d' },
  { programs: ['symfony', 'symfony-cli'], args: ['server:log|local:server:log'], effect: 'never-ends', category: 'follow', reason: 'follows the server logs forever' },
  { programs: ['symfony', 'symfony-cli'], args: ['console', 'messenger:consume|server:run'], unlessFlags: ['--limit', '--time-limit'], effect: 'never-ends', category: 'server', reason: 'a worker runs until stopped' },
  { programs: ['symfony', 'symfony-cli'], args: ['console', DOCTRINE_MIGRATE], effect: 'work', category: 'migration', reason: 'changes the database', estimate: 10 },
  { programs: ['symfony', 'symfony-cli'], args: ['new|local:new'], effect: 'work', category: 'install', reason: 'creates a project and installs its packages', estimate: 60 },
  { programs: ['symfony', 'symfony-cli'], args: ['server:stop|server:status|server:list|local:server:stop|local:server:status|check:requirements|check:security|local:check:requirements|local:php:list|proxy:stop|proxy:status'], effect: 'work', category: 'query', reason: 'quick Symfony CLI command', estimate: 1.5 },

  // Drupal and WordPress.
  { programs: ['drush'], args: ['runserver|rs|rsv'], effect: 'never-ends', category: 'server', reason: 'serves or processes until stopped' },
  { programs: ['drush'], args: ['sql:cli|sql-cli|sqlc|php:cli|php|core:cli|tinker'], noMoreArgs: true, effect: 'interactive', category: 'repl', reason: 'opens an interactive shell', alternative: 'drush sql:query "…", or drush php:eval "…"' },
  { programs: ['drush'], args: ['site:install|si|site-install|sql:sync|sql-sync|rsync|core:rsync|deploy|pm:install|en|pm:enable'], effect: 'work', category: 'install', reason: 'installs a site, modules or syncs data', estimate: 30 },
  { programs: ['drush'], args: ['updatedb|updb|config:import|cim|config-import|entity:updates|entup|sql:dump|sql-dump|cron|core:cron|search-api:index|sapi-i'], effect: 'work', category: 'migration', reason: 'updates the database or its configuration', estimate: 15 },
  { programs: ['drush'], args: ['cache:rebuild|cr|cache-rebuild|rebuild|config:export|cex|config-export|pm:uninstall|pmu'], effect: 'work', category: 'other', reason: 'rebuilds caches or exports configuration', estimate: 4 },
  { programs: ['drush'], effect: 'work', category: 'query', reason: 'a quick Drush command', estimate: 2 },
  { programs: ['wp'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the PHP web server runs until stopped' },
  { programs: ['wp'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive PHP shell', alternative: 'wp eval "…"' },
  { programs: ['wp'], args: ['db', 'cli'], effect: 'interactive', category: 'repl', reason: 'opens an interactive database client', alternative: 'wp db query "…"' },
  { programs: ['wp'], args: ['core|plugin|theme|language|package', 'download|install|update'], effect: 'work', category: 'install', reason: 'downloads WordPress code', estimate: 10 },
  { programs: ['wp'], args: ['search-replace'], effect: 'work', category: 'migration', reason: 'rewrites the database', estimate: 10 },
  { programs: ['wp'], args: ['db', 'import|export|optimize|repair'], effect: 'work', category: 'migration', reason: 'imports or exports the database', estimate: 10 },

  // Servers and extensions.
  { programs: ['php-fpm', 'php-fpm8.1', 'php-fpm8.2', 'php-fpm8.3', 'php-fpm8.4'], ifFlags: ['-F', '--nodaemonize'], effect: 'never-ends', category: 'server', reason: 'php-fpm in the foreground runs until stopped' },
  { programs: ['php-fpm', 'php-fpm8.1', 'php-fpm8.2', 'php-fpm8.3', 'php-fpm8.4'], ifFlags: ['-t', '--test', '-i', '-m'], effect: 'work', category: 'query', reason: 'tests or prints the configuration', estimate: 0.5 },
  { programs: ['php-fpm', 'php-fpm8.1', 'php-fpm8.2', 'php-fpm8.3', 'php-fpm8.4'], effect: 'self-background', category: 'detached', reason: 'php-fpm daemonises by default', estimate: 1 },
  { programs: ['frankenphp'], args: ['run|php-server|start'], effect: 'never-ends', category: 'server', reason: 'the app server runs until stopped' },
  { programs: ['rr', 'roadrunner'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'the app server runs until stopped' },
  { programs: ['valet'], args: ['share'], effect: 'never-ends', category: 'server', reason: 'keeps a tunnel open until stopped' },
  { programs: ['psysh', 'boris'], effect: 'interactive', category: 'repl', reason: 'opens an interactive PHP shell', alternative: "php -r '…'" },
  { programs: ['pecl', 'pie'], args: ['install|upgrade|build'], effect: 'work', category: 'install', reason: 'downloads and compiles an extension', estimate: 60 },
];
