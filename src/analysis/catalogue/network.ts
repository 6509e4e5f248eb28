/**
 * Network and data: git and GitHub CLI, HTTP clients and downloaders, file transfer, database
 * shells and dumps, migration tools, local servers and tunnels. Order matters.
 */
import type { CatalogueEntry } from './entry.js';

/** URLs served by this machine: quick API calls, health checks. */
const LOCAL_URL = /^(https?:\/\/)?(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)([:/]|$)/;
/** Install scripts people pipe into a shell: `curl -fsSL https://get.docker.com | sh`. */
const INSTALLER_URL = /^(https?:\/\/)?(get|sh|install|sdk)\.[\w.-]+(\/.*)?$|^https?:\/\/.*\/(install|installer|get-[\w-]+|setup[-_][\w.-]+|bootstrap)(\.sh|\.ps1|\.py)?\/?$|^https?:\/\/.*\.sh(\?.*)?$|sh\.rustup\.rs/i;
/** Big files by extension: archives, packages, disk images, model weights, media. */
const BIG_FILE = /\.(tar|tgz|tar\.gz|tar\.xz|txz|tar\.bz2|tbz2?|tar\.zst|zip|7z|rar|gz|xz|bz2|zst|deb|rpm|apk|dmg|pkg|msi|exe|iso|img|qcow2|vmdk|ova|AppImage|jar|war|whl|gguf|safetensors|bin|pt|pth|onnx|ckpt|h5|parquet|arrow|mp4|mkv|mov|avi|webm|mp3|wav|flac|sqlite|dump)(\?.*)?$/i;
/** Small files by extension: configs, pages, images, fonts, scripts. */
const SMALL_FILE = /\.(json|txt|md|ya?ml|toml|xml|html?|css|js|mjs|ts|svg|png|jpe?g|gif|ico|webp|ttf|otf|woff2?|pem|crt|key|sh|py|cfg|ini|conf|lock|csv)(\?.*)?$/i;
const CURL_OUTPUT = ['-o', '-O', '--output', '--remote-name', '--remote-name-all', '-J', '--remote-header-name'];
const WGET_STDOUT = ['-O-', '-qO-', '-nvO-', '--output-document=-'];
const HTTPIE = ['http', 'https', 'xh', 'xhs'];
const MESSAGE_FLAGS = ['-m', '--message', '-F', '--file'];
/** Setting one of these replaces the editor git would open, so nothing waits for a person. */
const EDITOR_SET = ['GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'EDITOR', 'VISUAL'];

const GIT_ROWS: readonly CatalogueEntry[] = [
  // Editors and prompts: git opens $EDITOR or asks per hunk, and waits.
  { programs: ['git'], args: ['rebase'], ifFlags: ['-i', '--interactive', '--edit-todo'], unlessEnv: EDITOR_SET, effect: 'interactive', category: 'editor', reason: 'an interactive rebase opens the todo list in an editor', alternative: "GIT_SEQUENCE_EDITOR=\"sed -i 's/^pick/squash/'\" git rebase -i BASE, or a plain git rebase BASE" },
  { programs: ['git'], args: ['rebase|merge|cherry-pick|revert'], ifFlags: ['--continue'], unlessEnv: EDITOR_SET, effect: 'interactive', category: 'editor', reason: 'continuing opens the commit message in an editor', alternative: 'GIT_EDITOR=true git rebase --continue (or git -c core.editor=true …)' },
  { programs: ['git'], args: ['commit|ci'], unlessFlags: [...MESSAGE_FLAGS, '-C', '--reuse-message', '--no-edit', '--fixup', '--dry-run'], unlessEnv: EDITOR_SET, effect: 'interactive', category: 'editor', reason: 'git commit without -m opens an editor for the message', alternative: 'git commit -m "message" (or -F FILE, --no-edit)' },
  { programs: ['git'], args: ['tag'], ifFlags: ['-a', '--annotate', '-s', '--sign'], unlessFlags: MESSAGE_FLAGS, effect: 'interactive', category: 'editor', reason: 'an annotated tag without -m opens an editor', alternative: 'git tag -a NAME -m "message"' },
  { programs: ['git'], args: ['revert'], unlessFlags: ['--no-edit', '-n', '--no-commit', '--abort', '--quit', '--skip'], effect: 'interactive', category: 'editor', reason: 'git revert opens an editor for the message', alternative: 'git revert --no-edit COMMIT' },
  { programs: ['git'], args: ['notes', 'add|append|edit'], unlessFlags: [...MESSAGE_FLAGS, '-C'], effect: 'interactive', category: 'editor', reason: 'opens an editor for the note', alternative: 'git notes add -m "note"' },
  { programs: ['git'], args: ['add|stage'], ifFlags: ['-p', '--patch', '-i', '--interactive', '-e', '--edit'], effect: 'interactive', category: 'prompt', reason: 'asks about each hunk on the terminal', alternative: 'git add FILE…, or write a patch and git apply --cached' },
  { programs: ['git'], args: ['checkout|reset|restore|stash|commit'], ifFlags: ['-p', '--patch'], effect: 'interactive', category: 'prompt', reason: 'asks about each hunk on the terminal', alternative: 'name the files instead of -p' },
  { programs: ['git'], args: ['clean'], ifFlags: ['-i', '--interactive'], effect: 'interactive', category: 'prompt', reason: 'asks what to delete', alternative: 'git clean -n to preview, then git clean -f' },
  { programs: ['git'], args: ['config'], ifFlags: ['-e', '--edit'], effect: 'interactive', category: 'editor', reason: 'opens the config file in an editor', alternative: 'git config KEY VALUE' },
  { programs: ['git'], args: ['mergetool|difftool|gui|citool|gitk'], effect: 'interactive', category: 'editor', reason: 'opens an interactive tool', alternative: 'resolve conflicts by editing files, then git add' },
  { programs: ['git'], args: ['send-email'], unlessFlags: ['--confirm=never', '--dry-run'], effect: 'interactive', category: 'prompt', reason: 'asks to confirm each mail', alternative: 'git send-email --confirm=never …' },

  // Network transfers and whole-repository work.
  { programs: ['git'], args: ['clone'], effect: 'work', category: 'clone', reason: 'downloads a whole repository', estimate: 30 },
  { programs: ['git'], args: ['fetch|pull'], effect: 'work', category: 'sync', reason: 'talks to the remote and downloads new objects', estimate: 5 },
  { programs: ['git'], args: ['remote', 'update'], effect: 'work', category: 'sync', reason: 'fetches every remote', estimate: 5 },
  { programs: ['git'], args: ['submodule', 'update|add|foreach'], effect: 'work', category: 'clone', reason: 'clones or updates submodules', estimate: 30 },
  { programs: ['git'], args: ['lfs', 'pull|fetch|clone|push|migrate|prune|checkout'], effect: 'work', category: 'download', reason: 'transfers large files', estimate: 60 },
  { programs: ['jj'], args: ['bisect', 'run'], effect: 'work', category: 'test', reason: 'runs a test at every bisection step', estimate: 120 },
  { programs: ['git'], args: ['bisect', 'run'], effect: 'work', category: 'test', reason: 'runs a test at every bisection step', estimate: 120 },
  { programs: ['git'], args: ['filter-branch|svn'], effect: 'work', category: 'vcs', reason: 'rewrites or converts the whole history', estimate: 120 },
  { programs: ['git'], args: ['filter-repo|gc|repack|fsck|maintenance'], effect: 'work', category: 'vcs', reason: 'rewrites or repacks the whole object store', estimate: 20 },
  { programs: ['git'], args: ['bundle', 'create'], effect: 'work', category: 'vcs', reason: 'packs the history into a file', estimate: 10 },
  // push is usually a few seconds: keep it in the foreground, where its output and errors are seen.
  { programs: ['git'], args: ['push'], effect: 'work', category: 'vcs', reason: 'uploads commits', estimate: 3 },
  { programs: ['git'], args: ['ls-remote|archive|worktree'], effect: 'work', category: 'vcs', reason: 'a quick remote query or checkout', estimate: 2 },
  // status, log, diff, show, branch, add, commit -m, checkout, switch, stash, rev-parse, remote, config, tag, grep, blame…
  { programs: ['git'], effect: 'work', category: 'vcs', reason: 'quick local git command', estimate: 0.5 },
];

const GH_ROWS: readonly CatalogueEntry[] = [
  { programs: ['gh'], args: ['run', 'watch'], effect: 'work', category: 'follow', reason: 'waits until the workflow run finishes', estimate: 120, alternative: 'run it with run_in_background: true, or gh run view RUN' },
  { programs: ['gh'], args: ['pr', 'checks'], ifFlags: ['--watch'], effect: 'work', category: 'follow', reason: 'waits until every check finishes', estimate: 120, alternative: 'run it with run_in_background: true, or gh pr checks without --watch' },
  { programs: ['gh'], args: ['auth', 'login'], unlessFlags: ['--with-token'], effect: 'interactive', category: 'prompt', reason: 'asks questions and waits for the browser', alternative: 'gh auth login --with-token < token.txt, or set GH_TOKEN' },
  { programs: ['gh'], args: ['auth', 'refresh'], effect: 'interactive', category: 'prompt', reason: 'waits for approval in the browser', alternative: 'ask the user to run it' },
  { programs: ['gh'], args: ['pr|issue', 'create|new'], ifFlags: ['--fill', '-f', '--fill-first', '--fill-verbose', '--web', '-w', '-b', '--body', '-F', '--body-file'], effect: 'work', category: 'vcs', reason: 'creates it from the given flags', estimate: 3 },
  { programs: ['gh'], args: ['pr|issue', 'create|new'], effect: 'interactive', category: 'prompt', reason: 'asks for a title and body', alternative: 'gh pr create --title "…" --body "…" (or --fill)' },
  { programs: ['gh'], args: ['pr', 'merge'], unlessFlags: ['--merge', '-m', '--squash', '-s', '--rebase', '-r', '--auto', '--disable-auto'], effect: 'interactive', category: 'prompt', reason: 'asks how to merge', alternative: 'gh pr merge --squash (or --merge, --rebase)' },
  { programs: ['gh'], args: ['repo', 'create'], unlessFlags: ['--public', '--private', '--internal'], effect: 'interactive', category: 'prompt', reason: 'asks for the name and visibility', alternative: 'gh repo create NAME --private --source=. --push' },
  { programs: ['gh'], args: ['codespace|cs', 'ssh|code'], effect: 'interactive', category: 'remote', reason: 'opens a remote session', alternative: "gh codespace ssh -c NAME -- 'command'" },
  { programs: ['gh'], args: ['repo', 'fork'], ifFlags: ['--clone'], effect: 'work', category: 'clone', reason: 'forks and downloads a whole repository', estimate: 30 },
  { programs: ['gh'], args: ['repo', 'clone'], effect: 'work', category: 'clone', reason: 'downloads a whole repository', estimate: 30 },
  { programs: ['gh'], args: ['release|run', 'download'], effect: 'work', category: 'download', reason: 'downloads assets or artifacts', estimate: 20 },
  { programs: ['gh'], args: ['extension|ext', 'install|upgrade'], effect: 'work', category: 'install', reason: 'downloads an extension', estimate: 5 },
  // Creating a release with notes only is one API call; assets are uploads.
  { programs: ['gh'], args: ['release', 'create', '*'], noMoreArgs: true, effect: 'work', category: 'vcs', reason: 'creates a release (no assets to upload)', estimate: 3 },
  { programs: ['gh'], args: ['release', 'create|upload'], effect: 'work', category: 'vcs', reason: 'uploads release assets', estimate: 10 },
  { programs: ['gh'], effect: 'work', category: 'query', reason: 'one GitHub API request', estimate: 2 },
];

const TRANSFER_ROWS: readonly CatalogueEntry[] = [
  // curl: local and API calls are quick; downloads to a file, big files and installers are not.
  { programs: ['curl'], anyArg: LOCAL_URL, effect: 'work', category: 'query', reason: 'a request to this machine', estimate: 1 },
  { programs: ['curl'], ifFlags: ['-I', '--head'], effect: 'work', category: 'query', reason: 'fetches headers only', estimate: 1 },
  { programs: ['curl'], anyArg: INSTALLER_URL, unlessFlags: ['-o', '--output', '-O', '--remote-name'], effect: 'work', category: 'install', reason: 'fetches an install script, usually piped into a shell that downloads more', estimate: 30 },
  { programs: ['curl'], anyArg: /^\/dev\/null$/, effect: 'work', category: 'query', reason: 'a status check that discards the body', estimate: 1 },
  { programs: ['curl'], ifFlags: ['-T', '--upload-file'], effect: 'work', category: 'sync', reason: 'uploads a file', estimate: 10 },
  { programs: ['curl'], anyArg: BIG_FILE, effect: 'work', category: 'download', reason: 'downloads a large file', estimate: 30 },
  { programs: ['curl'], ifFlags: CURL_OUTPUT, anyArg: SMALL_FILE, effect: 'work', category: 'download', reason: 'downloads a small file', estimate: 2 },
  { programs: ['curl'], ifFlags: CURL_OUTPUT, effect: 'work', category: 'download', reason: 'downloads to a file', estimate: 10 },
  { programs: ['curl'], effect: 'work', category: 'query', reason: 'an HTTP request printed to stdout', estimate: 1.5 },

  // wget downloads to a file by default; -O - and --spider only fetch.
  { programs: ['wget', 'wget2'], anyArg: LOCAL_URL, effect: 'work', category: 'query', reason: 'a request to this machine', estimate: 1 },
  { programs: ['wget', 'wget2'], ifFlags: ['--spider'], effect: 'work', category: 'query', reason: 'only checks that the URL exists', estimate: 1 },
  { programs: ['wget', 'wget2'], ifFlags: WGET_STDOUT, anyArg: INSTALLER_URL, effect: 'work', category: 'install', reason: 'fetches an install script, usually piped into a shell', estimate: 30 },
  { programs: ['wget', 'wget2'], ifFlags: WGET_STDOUT, effect: 'work', category: 'query', reason: 'fetches to stdout', estimate: 1.5 },
  { programs: ['wget', 'wget2'], anyArg: /^-$/, effect: 'work', category: 'query', reason: 'fetches to stdout', estimate: 1.5 },
  { programs: ['wget', 'wget2'], ifFlags: ['-r', '--recursive', '-m', '--mirror'], effect: 'work', category: 'download', reason: 'mirrors a site recursively', estimate: 120 },
  { programs: ['wget', 'wget2'], anyArg: BIG_FILE, effect: 'work', category: 'download', reason: 'downloads a large file', estimate: 30 },
  { programs: ['wget', 'wget2'], anyArg: SMALL_FILE, effect: 'work', category: 'download', reason: 'downloads a small file', estimate: 2 },
  { programs: ['wget', 'wget2'], effect: 'work', category: 'download', reason: 'downloads to a file', estimate: 10 },

  { programs: HTTPIE, ifFlags: ['--download', '-d'], effect: 'work', category: 'download', reason: 'downloads to a file', estimate: 10 },
  { programs: HTTPIE, effect: 'work', category: 'query', reason: 'an HTTP request', estimate: 1.5 },
  { programs: ['aria2c', 'axel', 'gdown', 'megadl', 'transmission-cli'], effect: 'work', category: 'download', reason: 'downloads large files', estimate: 60 },
  { programs: ['yt-dlp', 'youtube-dl'], ifFlags: ['-F', '--list-formats', '-g', '--get-url', '-j', '--dump-json', '-J', '--dump-single-json', '-s', '--simulate', '--skip-download', '--print', '--get-title', '--list-subs', '--flat-playlist'], effect: 'work', category: 'query', reason: 'reads metadata without downloading', estimate: 3 },
  { programs: ['yt-dlp', 'youtube-dl'], effect: 'work', category: 'download', reason: 'downloads media', estimate: 60 },
  { programs: ['huggingface-cli', 'hf'], args: ['upload|upload-large-folder'], effect: 'work', category: 'sync', reason: 'uploads files to the Hub', estimate: 60 },
  { programs: ['hf'], args: ['auth', 'login'], unlessFlags: ['--token'], effect: 'interactive', category: 'prompt', reason: 'asks for a token', alternative: 'hf auth login --token "$HF_TOKEN", or set HF_TOKEN' },
  { programs: ['huggingface-cli', 'hf'], effect: 'work', category: 'query', reason: 'quick Hub query', estimate: 2 },
  { programs: ['ollama'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'the Ollama server runs until stopped' },
  { programs: ['ollama'], args: ['pull|push|create'], effect: 'work', category: 'download', reason: 'transfers model weights (gigabytes)', estimate: 120 },
  { programs: ['ollama'], args: ['run', '*'], noMoreArgs: true, effect: 'interactive', category: 'repl', reason: 'opens a chat prompt', alternative: 'ollama run MODEL "prompt"' },
  { programs: ['ollama'], args: ['run'], effect: 'work', category: 'script', reason: 'loads the model and generates', estimate: 20 },
  { programs: ['ollama'], effect: 'work', category: 'query', reason: 'quick Ollama query', estimate: 1 },

  // File transfer.
  { programs: ['rsync'], ifFlags: ['-n', '--dry-run', '--list-only'], effect: 'work', category: 'query', reason: 'lists what would be transferred', estimate: 3 },
  { programs: ['rsync'], effect: 'work', category: 'sync', reason: 'synchronises a directory tree', estimate: 30 },
  { programs: ['scp'], ifFlags: ['-r'], effect: 'work', category: 'sync', reason: 'copies a directory tree over SSH', estimate: 30 },
  { programs: ['scp'], effect: 'work', category: 'sync', reason: 'copies files over SSH', estimate: 5 },
  { programs: ['sftp'], ifFlags: ['-b'], effect: 'work', category: 'sync', reason: 'runs a batch of transfers', estimate: 20 },
  { programs: ['rclone'], args: ['mount|serve'], effect: 'never-ends', category: 'server', reason: 'serves or mounts until stopped' },
  { programs: ['rclone'], args: ['config'], noMoreArgs: true, effect: 'interactive', category: 'prompt', reason: 'opens the interactive configurator', alternative: 'rclone config create NAME TYPE KEY=VALUE…' },
  { programs: ['rclone'], args: ['sync|copy|move|bisync|copyto|moveto|copyurl|check|dedupe|purge'], effect: 'work', category: 'sync', reason: 'transfers many files', estimate: 60 },
  { programs: ['rclone'], effect: 'work', category: 'query', reason: 'lists or inspects a remote', estimate: 3 },
  { programs: ['s3cmd', 'mc', 's5cmd'], args: ['sync|mirror|put|get|cp|mv|rm|del'], ifFlags: ['-r', '--recursive'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['s3cmd', 's5cmd'], args: ['sync'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['mc'], args: ['mirror'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
];

/** Database shells open a prompt unless given SQL to run. */
const DB_ROWS: readonly CatalogueEntry[] = [
  { programs: ['psql'], ifFlags: ['-f', '--file'], effect: 'work', category: 'query', reason: 'runs an SQL file', estimate: 3 },
  { programs: ['psql'], ifFlags: ['-c', '--command', '-l', '--list'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['psql'], effect: 'interactive', category: 'repl', reason: 'psql without -c or -f opens an interactive prompt', alternative: "psql … -c 'SQL' (or -f FILE, or a heredoc)" },
  { programs: ['pgcli', 'mycli', 'litecli', 'iredis', 'usql'], ifFlags: ['-e', '--execute', '-c', '--command'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['pgcli', 'mycli', 'litecli', 'iredis', 'usql'], effect: 'interactive', category: 'repl', reason: 'opens an interactive SQL prompt', alternative: "psql … -c 'SQL' / mysql … -e 'SQL'" },
  { programs: ['mysql', 'mariadb'], ifFlags: ['-e', '--execute'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['mysql', 'mariadb'], effect: 'interactive', category: 'repl', reason: 'mysql without -e opens an interactive prompt', alternative: "mysql … -e 'SQL' (or < FILE.sql)" },
  { programs: ['duckdb'], ifFlags: ['-c', '-s'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['sqlite3', 'sqlite', 'duckdb'], noMoreArgs: true, effect: 'interactive', category: 'repl', reason: 'opens an interactive prompt on an in-memory database', alternative: 'sqlite3 DB "SQL"' },
  { programs: ['sqlite3', 'sqlite', 'duckdb'], args: ['*'], noMoreArgs: true, effect: 'interactive', category: 'repl', reason: 'a database with no SQL opens an interactive prompt', alternative: 'sqlite3 DB "SQL" (or sqlite3 DB .schema)' },
  { programs: ['sqlite3', 'sqlite', 'duckdb'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['redis-cli', 'valkey-cli', 'keydb-cli'], args: [/^(monitor|subscribe|psubscribe|ssubscribe)$/i], effect: 'never-ends', category: 'follow', reason: 'streams commands or messages forever', alternative: 'redis-cli CLIENT LIST, or run it with run_in_background: true' },
  { programs: ['redis-cli', 'valkey-cli', 'keydb-cli'], ifFlags: ['--stat', '--latency', '--latency-history', '--latency-dist'], effect: 'never-ends', category: 'follow', reason: 'samples statistics forever', alternative: 'redis-cli INFO' },
  { programs: ['redis-cli', 'valkey-cli', 'keydb-cli'], noMoreArgs: true, unlessFlags: ['--scan', '--bigkeys', '--memkeys', '--hotkeys', '--pipe', '--rdb', '--eval', '-x', '--functions-rdb'], effect: 'interactive', category: 'repl', reason: 'redis-cli without a command opens an interactive prompt', alternative: 'redis-cli PING (or any command as arguments)' },
  { programs: ['redis-cli', 'valkey-cli', 'keydb-cli'], effect: 'work', category: 'query', reason: 'runs one command', estimate: 0.5 },
  { programs: ['mongosh', 'mongo'], ifFlags: ['--eval', '-f', '--file'], effect: 'work', category: 'query', reason: 'runs the given script and exits', estimate: 1.5 },
  { programs: ['mongosh', 'mongo'], anyArg: /\.js$/, effect: 'work', category: 'query', reason: 'runs a script file and exits', estimate: 2 },
  { programs: ['mongosh', 'mongo'], effect: 'interactive', category: 'repl', reason: 'opens an interactive Mongo shell', alternative: "mongosh URI --quiet --eval '…'" },
  { programs: ['cqlsh'], ifFlags: ['-e', '--execute', '-f', '--file'], effect: 'work', category: 'query', reason: 'runs the given CQL and exits', estimate: 2 },
  { programs: ['cqlsh'], effect: 'interactive', category: 'repl', reason: 'opens an interactive CQL prompt', alternative: "cqlsh -e 'CQL'" },
  { programs: ['clickhouse-client'], ifFlags: ['-q', '--query', '--queries-file'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['clickhouse-client'], effect: 'interactive', category: 'repl', reason: 'opens an interactive SQL prompt', alternative: "clickhouse-client -q 'SQL'" },
  { programs: ['clickhouse'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the database server runs until stopped' },
  { programs: ['clickhouse'], args: ['client|local'], ifFlags: ['-q', '--query', '--queries-file'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1 },
  { programs: ['clickhouse'], args: ['client|local'], effect: 'interactive', category: 'repl', reason: 'opens an interactive SQL prompt', alternative: "clickhouse client -q 'SQL'" },
  { programs: ['sqlcmd'], ifFlags: ['-Q', '-i'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 1.5 },
  { programs: ['sqlcmd'], effect: 'interactive', category: 'repl', reason: 'opens an interactive SQL prompt', alternative: "sqlcmd -Q 'SQL'" },
  { programs: ['snowsql'], ifFlags: ['-q', '--query', '-f', '--filename'], effect: 'work', category: 'query', reason: 'runs the given SQL and exits', estimate: 3 },
  { programs: ['snowsql'], effect: 'interactive', category: 'repl', reason: 'opens an interactive SQL prompt', alternative: "snowsql -q 'SQL'" },
  { programs: ['bq'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens the BigQuery shell', alternative: "bq query --use_legacy_sql=false 'SQL'" },
  { programs: ['bq'], effect: 'work', category: 'query', reason: 'one BigQuery request or query', estimate: 3 },
  // Prompt rows step aside when stdin is fed (`psql db < schema.sql`, heredocs): the SQL comes from there.
  { programs: ['psql', 'mysql', 'mariadb', 'mongosh', 'mongo', 'cqlsh', 'clickhouse-client', 'sqlcmd', 'snowsql', 'pgcli', 'mycli', 'litecli', 'usql'], effect: 'work', category: 'query', reason: 'runs the SQL or script fed on stdin', estimate: 3 },
  { programs: ['cockroach'], args: ['start|start-single-node'], unlessFlags: ['--background'], effect: 'never-ends', category: 'server', reason: 'the database node runs until stopped' },
  { programs: ['cockroach'], args: ['demo'], effect: 'interactive', category: 'repl', reason: 'opens a demo cluster with a SQL prompt', alternative: "cockroach demo -e 'SQL'" },
  { programs: ['cockroach'], args: ['sql'], unlessFlags: ['-e', '--execute', '-f', '--file'], effect: 'interactive', category: 'repl', reason: 'opens an interactive SQL prompt', alternative: "cockroach sql -e 'SQL'" },

  // Dumps and restores.
  { programs: ['pg_dump', 'mysqldump', 'mariadb-dump'], ifFlags: ['-s', '--schema-only', '--no-data', '-d'], effect: 'work', category: 'query', reason: 'dumps the schema only', estimate: 3 },
  { programs: ['pg_dump', 'pg_dumpall', 'pg_restore', 'pg_basebackup', 'mysqldump', 'mariadb-dump', 'mysqlpump', 'mydumper', 'myloader', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport', 'pgloader'], effect: 'work', category: 'sync', reason: 'dumps or restores a whole database', estimate: 30 },
  { programs: ['createdb', 'dropdb', 'createuser', 'dropuser', 'pg_isready', 'pg_config', 'pg_lsclusters'], effect: 'work', category: 'query', reason: 'a quick database admin command', estimate: 1 },
  { programs: ['initdb'], effect: 'work', category: 'other', reason: 'initialises a database cluster', estimate: 5 },
  { programs: ['pg_ctl', 'pg_ctlcluster'], anyArg: /^(start|restart)$/, effect: 'self-background', category: 'detached', reason: 'starts the server in the background', estimate: 3 },
  { programs: ['pg_ctl', 'pg_ctlcluster'], effect: 'work', category: 'other', reason: 'stops or queries the server', estimate: 3 },

  // Migration tools.
  { programs: ['flyway'], args: ['migrate|clean|repair|baseline|undo'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 20 },
  { programs: ['flyway'], effect: 'work', category: 'query', reason: 'inspects migrations', estimate: 4 },
  { programs: ['liquibase'], args: [/^(update|rollback|drop-all|changelog-sync|changelogSync|dropAll|execute-sql)/], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 20 },
  { programs: ['liquibase'], effect: 'work', category: 'query', reason: 'inspects the changelog', estimate: 4 },
  { programs: ['goose'], anyArg: /^(up|up-by-one|up-to|down|down-to|redo|reset|fix)$/, effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
  { programs: ['goose'], effect: 'work', category: 'query', reason: 'inspects or creates migrations', estimate: 1 },
  { programs: ['migrate'], anyArg: /^(up|down|goto|drop|force)$/, effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
  { programs: ['migrate'], effect: 'work', category: 'query', reason: 'inspects or creates migrations', estimate: 1 },
  { programs: ['dbmate'], args: ['up|migrate|rollback|down|wait|load'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
  { programs: ['dbmate'], effect: 'work', category: 'query', reason: 'inspects or creates migrations', estimate: 2 },
  { programs: ['atlas'], args: ['schema', 'apply'], unlessFlags: ['--auto-approve', '--dry-run'], effect: 'interactive', category: 'prompt', reason: 'asks to approve the planned changes', alternative: 'atlas schema apply --auto-approve (or --dry-run first)' },
  { programs: ['atlas'], args: ['migrate|schema', 'apply|diff|lint|push|hash'], effect: 'work', category: 'migration', reason: 'migrates or diffs against a dev database', estimate: 10 },
  { programs: ['atlas'], effect: 'work', category: 'query', reason: 'inspects schemas', estimate: 3 },
  // dbt lives with the Python tools (python.ts).
  { programs: ['sqitch'], args: ['deploy|revert|rebase|checkout'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
];

/** Servers and tunnels run until stopped; their daemon modes detach. */
const SERVER_ROWS: readonly CatalogueEntry[] = [
  { programs: ['redis-server', 'valkey-server', 'keydb-server', 'redis-stack-server'], ifFlags: ['--daemonize'], effect: 'self-background', category: 'detached', reason: 'daemonizes', estimate: 0.5 },
  { programs: ['redis-server', 'valkey-server', 'keydb-server', 'redis-stack-server'], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped', alternative: 'redis-server --daemonize yes, or run_in_background: true' },
  { programs: ['mongod', 'mongos'], ifFlags: ['--fork'], effect: 'self-background', category: 'detached', reason: 'forks into the background', estimate: 2 },
  { programs: ['mysqld', 'mariadbd'], ifFlags: ['--initialize', '--initialize-insecure', '--bootstrap'], effect: 'work', category: 'other', reason: 'initialises the data directory', estimate: 10 },
  { programs: ['memcached'], ifFlags: ['-d', '--daemon'], effect: 'self-background', category: 'detached', reason: 'daemonizes', estimate: 0.5 },
  { programs: ['postgres', 'postmaster', 'mongod', 'mongos', 'mysqld', 'mariadbd', 'mysqld_safe', 'memcached', 'etcd', 'nats-server', 'meilisearch', 'typesense-server', 'qdrant', 'mailhog', 'MailHog', 'mailpit', 'smtp4dev', 'traefik', 'envoy', 'clickhouse-server', 'influxd', 'prometheus', 'alertmanager', 'grafana-server', 'jaeger-all-in-one', 'otelcol', 'otelcol-contrib', 'dnsmasq', 'verdaccio', 'mitmdump', 'mitmweb', 'json-server', 'wiremock', 'http-server', 'live-server', 'browser-sync', 'serve'], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped', alternative: 'run it with run_in_background: true' },
  { programs: ['pocketbase'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped' },
  { programs: ['minio'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped' },
  // Monitoring and log agents run in the foreground until stopped; their check forms exit.
  { programs: ['telegraf'], ifFlags: ['--test', '--once', '--input-list', '--output-list', '--usage', '--sample-config'], effect: 'work', category: 'query', reason: 'runs the inputs once or prints configuration', estimate: 3 },
  { programs: ['telegraf'], args: ['config|plugins|secrets|version'], effect: 'work', category: 'query', reason: 'prints configuration', estimate: 1 },
  { programs: ['vector'], args: ['top'], effect: 'interactive', category: 'pager', reason: 'opens a full-screen dashboard', alternative: 'vector top is for a terminal; read the metrics endpoint with curl' },
  { programs: ['vector'], args: ['validate|list|generate|test|graph|vrl|config'], effect: 'work', category: 'query', reason: 'checks or prints configuration', estimate: 2 },
  { programs: ['fluent-bit', 'fluentd', 'td-agent', 'loki', 'promtail', 'tempo', 'mimir'], ifFlags: ['--dry-run', '-dry-run', '--verify-config', '-verify-config', '--check', '-check-syntax', '--dry-run-config', '-print-config-stderr'], effect: 'work', category: 'query', reason: 'checks the configuration and exits', estimate: 2 },
  { programs: ['telegraf', 'vector', 'fluent-bit', 'fluentd', 'td-agent', 'loki', 'promtail', 'tempo', 'mimir', 'node_exporter', 'blackbox_exporter', 'newrelic-infra', 'blackfire-agent', 'victoria-metrics', 'victoria-logs'], effect: 'never-ends', category: 'server', reason: 'the agent runs until stopped' },
  { programs: ['datadog-agent', 'blackfire'], args: ['run|start|agent|agent:start'], effect: 'never-ends', category: 'server', reason: 'the agent runs until stopped' },
  { programs: ['grafana'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped' },
  { programs: ['grafana'], args: ['cli', 'plugins', 'install|update|update-all'], effect: 'work', category: 'install', reason: 'downloads Grafana plugins', estimate: 10 },
  { programs: ['grafana-cli'], args: ['plugins', 'install|update|update-all'], effect: 'work', category: 'install', reason: 'downloads Grafana plugins', estimate: 10 },
  { programs: ['consul', 'nomad'], args: ['agent'], effect: 'never-ends', category: 'server', reason: 'the agent runs until stopped' },
  { programs: ['vault'], args: ['server|agent|proxy'], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped' },
  { programs: ['temporal'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the dev server runs until stopped' },
  { programs: ['rabbitmq-server'], ifFlags: ['-detached'], effect: 'self-background', category: 'detached', reason: 'starts detached', estimate: 3 },
  { programs: ['rabbitmq-server'], effect: 'never-ends', category: 'server', reason: 'the broker runs until stopped' },
  { programs: ['elasticsearch', 'opensearch'], ifFlags: ['-d', '--daemonize'], effect: 'self-background', category: 'detached', reason: 'daemonizes', estimate: 5 },
  { programs: ['elasticsearch', 'opensearch'], effect: 'never-ends', category: 'server', reason: 'the search server runs until stopped' },
  { programs: ['kafka-server-start', 'kafka-server-start.sh', 'zookeeper-server-start', 'zookeeper-server-start.sh', 'kafka-storage.sh'], ifFlags: ['-daemon'], effect: 'self-background', category: 'detached', reason: 'starts as a daemon', estimate: 3 },
  { programs: ['kafka-server-start', 'kafka-server-start.sh', 'zookeeper-server-start', 'zookeeper-server-start.sh'], effect: 'never-ends', category: 'server', reason: 'the broker runs until stopped' },
  { programs: ['kafka-console-consumer', 'kafka-console-consumer.sh'], unlessFlags: ['--max-messages', '--timeout-ms'], effect: 'never-ends', category: 'follow', reason: 'consumes messages forever', alternative: 'add --max-messages N --timeout-ms 10000' },
  { programs: ['localstack'], args: ['start'], unlessFlags: ['-d', '--detached'], effect: 'never-ends', category: 'server', reason: 'LocalStack runs in the foreground until stopped', alternative: 'localstack start -d' },
  { programs: ['localstack'], args: ['start'], effect: 'self-background', category: 'detached', reason: 'starts LocalStack detached', estimate: 20 },
  { programs: ['supabase'], args: ['db|migration', 'push|reset|pull|up|dump'], effect: 'work', category: 'migration', reason: 'migrates or dumps the database', estimate: 20 },
  { programs: ['supabase'], args: ['stop'], effect: 'work', category: 'container', reason: 'stops the local stack', estimate: 10 },
  { programs: ['supabase'], args: ['login'], unlessFlags: ['--token'], effect: 'interactive', category: 'prompt', reason: 'waits for login', alternative: 'set SUPABASE_ACCESS_TOKEN' },
  { programs: ['supabase'], effect: 'work', category: 'query', reason: 'quick supabase command', estimate: 2 },

  // nginx and Apache daemonize unless told to stay in the foreground.
  { programs: ['nginx', 'openresty'], ifFlags: ['-s', '-t', '-T', '-v', '-V', '-h', '-?'], effect: 'work', category: 'query', reason: 'signals the master process or tests the config', estimate: 0.5 },
  { programs: ['nginx', 'openresty'], anyArg: /daemon\s+off/, effect: 'never-ends', category: 'server', reason: 'nginx with daemon off stays in the foreground until stopped' },
  { programs: ['nginx', 'openresty'], effect: 'self-background', category: 'detached', reason: 'nginx daemonizes by default', estimate: 0.5 },
  { programs: ['httpd', 'apache2', 'apachectl', 'apache2ctl'], ifFlags: ['-DFOREGROUND', '-X'], effect: 'never-ends', category: 'server', reason: 'stays in the foreground until stopped' },
  { programs: ['httpd', 'apache2', 'apachectl', 'apache2ctl'], anyArg: /^FOREGROUND$/, effect: 'never-ends', category: 'server', reason: 'stays in the foreground until stopped' },
  { programs: ['httpd', 'apache2', 'apachectl', 'apache2ctl'], ifFlags: ['-t', '-S', '-M', '-v', '-V', '-l', '-L'], effect: 'work', category: 'query', reason: 'tests or prints the configuration', estimate: 0.5 },
  { programs: ['apachectl', 'apache2ctl'], args: ['stop|graceful|graceful-stop|restart|configtest|status|fullstatus'], effect: 'work', category: 'query', reason: 'signals the server or tests its configuration', estimate: 1 },
  { programs: ['httpd', 'apache2', 'apachectl', 'apache2ctl'], effect: 'self-background', category: 'detached', reason: 'Apache daemonizes by default', estimate: 1 },
  { programs: ['caddy'], args: ['run|file-server|reverse-proxy|respond'], effect: 'never-ends', category: 'server', reason: 'caddy serves until stopped', alternative: 'caddy start (detaches)' },
  { programs: ['caddy'], args: ['start'], effect: 'self-background', category: 'detached', reason: 'caddy start runs the server in the background', estimate: 1 },
  { programs: ['caddy'], effect: 'work', category: 'query', reason: 'quick caddy command (reload, stop, fmt, validate)', estimate: 1 },
  { programs: ['haproxy'], ifFlags: ['-c', '-v', '-vv'], effect: 'work', category: 'query', reason: 'checks the configuration', estimate: 0.5 },
  { programs: ['haproxy'], ifFlags: ['-D'], effect: 'self-background', category: 'detached', reason: 'daemonizes', estimate: 0.5 },
  { programs: ['haproxy'], effect: 'never-ends', category: 'server', reason: 'the proxy runs until stopped' },
  { programs: ['mitmproxy'], effect: 'interactive', category: 'pager', reason: 'opens a full-screen proxy console', alternative: 'mitmdump (in the background)' },

  // Tunnels.
  { programs: ['ngrok'], args: ['http|tcp|tls|start|tunnel|agent'], effect: 'never-ends', category: 'server', reason: 'holds the tunnel open until stopped' },
  { programs: ['ngrok'], effect: 'work', category: 'query', reason: 'quick ngrok command', estimate: 1 },
  { programs: ['cloudflared'], args: ['tunnel', 'login'], effect: 'interactive', category: 'prompt', reason: 'waits for login in the browser', alternative: 'ask the user to run it' },
  { programs: ['cloudflared'], args: ['tunnel', 'create|list|route|delete|info|cleanup|token|ingress'], effect: 'work', category: 'query', reason: 'manages tunnels', estimate: 2 },
  { programs: ['cloudflared'], args: ['tunnel|access'], effect: 'never-ends', category: 'server', reason: 'holds the tunnel open until stopped' },
  { programs: ['cloudflared'], ifFlags: ['--url', '--hello-world'], effect: 'never-ends', category: 'server', reason: 'holds the tunnel open until stopped' },
  { programs: ['lt', 'localtunnel', 'bore', 'tunnelmole', 'tmole', 'zrok', 'devtunnel', 'expose'], effect: 'never-ends', category: 'server', reason: 'holds the tunnel open until stopped' },
  { programs: ['tailscale'], args: ['serve|funnel', 'status|reset|off'], effect: 'work', category: 'query', reason: 'shows or resets the serve config', estimate: 1 },
  { programs: ['tailscale'], args: ['serve|funnel'], unlessFlags: ['--bg'], effect: 'never-ends', category: 'server', reason: 'serves until stopped', alternative: 'tailscale serve --bg PORT' },

  // Network diagnostics.
  { programs: ['tcpdump', 'tshark'], unlessFlags: ['-c', '-r', '-a', '-D'], effect: 'never-ends', category: 'follow', reason: 'captures packets until stopped', alternative: 'tcpdump -c 100 …' },
  { programs: ['mtr'], unlessFlags: ['-r', '--report', '-w', '--report-wide', '-j', '--json', '-C', '--csv'], effect: 'interactive', category: 'pager', reason: 'opens a full-screen trace', alternative: 'mtr --report -c 10 HOST' },
  { programs: ['mtr', 'traceroute', 'tracepath'], effect: 'work', category: 'query', reason: 'traces the route (waits on timeouts)', estimate: 15 },
  { programs: ['nslookup'], bare: true, effect: 'interactive', category: 'repl', reason: 'nslookup alone opens an interactive prompt', alternative: 'nslookup NAME, or dig NAME' },
  // Content discovery, brute force and vulnerability scanners: thousands of requests or guesses.
  { programs: ['gobuster', 'ffuf', 'feroxbuster', 'dirb', 'dirsearch', 'wfuzz', 'hydra', 'medusa', 'ncrack', 'sqlmap', 'wpscan', 'nuclei', 'amass', 'subfinder', 'testssl', 'testssl.sh', 'zap-baseline.py', 'zap-full-scan.py', 'zap-api-scan.py', 'arjun', 'katana'], effect: 'work', category: 'search', reason: 'scans or brute-forces a target (thousands of requests)', estimate: 120 },
  { programs: ['hashcat', 'john'], ifFlags: ['--show', '--list', '--list-formats', '-I', '--backend-info', '--example-hashes', '--hash-info', '--identify'], effect: 'work', category: 'query', reason: 'lists cracked hashes or capabilities', estimate: 1 },
  { programs: ['hashcat', 'john'], effect: 'work', category: 'search', reason: 'cracks hashes against a wordlist or by brute force', estimate: 600 },
  { programs: ['flask-unsign'], ifFlags: ['--wordlist', '-w', '--bruteforce'], effect: 'work', category: 'search', reason: 'brute-forces the secret key against a wordlist', estimate: 120 },
  { programs: ['nmap', 'masscan', 'nikto', 'zmap'], effect: 'work', category: 'query', reason: 'scans hosts and ports', estimate: 60 },
  { programs: ['iperf3', 'iperf'], ifFlags: ['-s', '--server'], effect: 'never-ends', category: 'server', reason: 'waits for clients until stopped' },
  { programs: ['iperf3', 'iperf', 'speedtest', 'speedtest-cli', 'fast'], effect: 'work', category: 'query', reason: 'measures throughput for several seconds', estimate: 15 },
];

export const NETWORK_ROWS: readonly CatalogueEntry[] = [...GIT_ROWS, ...GH_ROWS, ...TRANSFER_ROWS, ...DB_ROWS, ...SERVER_ROWS];
