/**
 * Python: package managers, test runners, linters, web servers, task queues, data tools.
 * Order matters: fast queries and never-ending forms come before each tool's general row.
 * `python -m X` arrives here as program `X`; `python manage.py X` as program `manage.py`.
 */
import type { CatalogueEntry } from './entry.js';

const PIP = ['pip', 'pip3', 'pip3.9', 'pip3.10', 'pip3.11', 'pip3.12', 'pip3.13'];
const CONDA = ['conda', 'mamba', 'micromamba'];
const PYTEST = ['pytest', 'py.test'];
const MANAGE = ['manage.py', 'django-admin', 'django-admin.py'];
/** Conda asks "Proceed ([y]/n)?" unless told yes; without a terminal the prompt fails. */
const CONDA_YES = ['-y', '--yes', '--dry-run', '-d', '--json'];
/** Django commands that ask for confirmation unless told not to. */
const DJANGO_NOINPUT = ['--noinput', '--no-input'];
/** Web frameworks and servers whose main command serves until stopped. */
const SERVERS = ['uvicorn', 'hypercorn', 'daphne', 'waitress-serve', 'granian', 'pserve', 'sanic', 'bentoml', 'mitmdump', 'mitmweb', 'livereload', 'rq-dashboard', 'rqscheduler', 'flower', 'tensorboard', 'voila', 'jupyter-lab', 'jupyter-notebook', 'jupyter-server', 'notebook', 'jupyterlab', 'dagster-webserver', 'dagit'];
const WORKERS = ['dramatiq', 'huey_consumer', 'huey_consumer.py', 'huey.bin.huey_consumer', 'arq'];
const PY_FILE = /\.py$/;
/** A word naming a package or folder (`src`, `pkg/sub/`, `.`), not a file, a number or an option. */
const PACKAGE_OR_FOLDER = /^(?!\d+$)(\.|[A-Za-z_][\w-]*(\/[\w-]+)*\/?)$/;

export const PYTHON_ROWS: readonly CatalogueEntry[] = [
  // pip: queries first, then installs.
  { programs: PIP, args: ['list|show|freeze|check|config|cache|debug|inspect|hash|completion|index'], effect: 'work', category: 'query', reason: 'pip query', estimate: 1 },
  { programs: PIP, args: ['uninstall'], unlessFlags: ['-y', '--yes'], effect: 'interactive', category: 'prompt', reason: 'asks "Proceed (Y/n)?" before removing', alternative: 'pip uninstall -y PKG' },
  { programs: PIP, args: ['uninstall'], effect: 'work', category: 'install', reason: 'removes packages', estimate: 2 },
  { programs: PIP, args: ['install|download'], effect: 'work', category: 'install', reason: 'downloads and installs packages', estimate: 20 },
  { programs: PIP, args: ['wheel'], effect: 'work', category: 'build', reason: 'builds wheels, often compiling', estimate: 30 },
  { programs: ['pip-compile'], effect: 'work', category: 'install', reason: 'resolves and pins every dependency', estimate: 15 },
  { programs: ['pip-sync'], effect: 'work', category: 'install', reason: 'installs the pinned set', estimate: 15 },
  { programs: ['pipx'], args: ['install|upgrade|upgrade-all|reinstall|reinstall-all|inject'], effect: 'work', category: 'install', reason: 'installs a tool in its own environment', estimate: 15 },
  { programs: ['pipx'], args: ['list|environment|ensurepath|uninstall|uninstall-all'], effect: 'work', category: 'query', reason: 'pipx housekeeping', estimate: 1 },
  { programs: ['pipdeptree', 'deptry'], effect: 'work', category: 'query', reason: 'reads installed metadata', estimate: 2 },
  { programs: ['pip-audit'], effect: 'work', category: 'lint', reason: 'checks dependencies against an advisory database', estimate: 15 },
  { programs: ['safety'], args: ['check|scan'], effect: 'work', category: 'lint', reason: 'checks dependencies against an advisory database', estimate: 10 },

  // uv: fast, but installs still download and build.
  { programs: ['uv'], args: ['pip', 'list|show|freeze|check|tree'], effect: 'work', category: 'query', reason: 'uv pip query', estimate: 0.5 },
  { programs: ['uv'], args: ['pip', 'compile'], effect: 'work', category: 'install', reason: 'resolves and pins dependencies (uv is fast)', estimate: 3 },
  { programs: ['uv'], args: ['pip', 'install|sync'], effect: 'work', category: 'install', reason: 'downloads and installs packages', estimate: 8 },
  { programs: ['uv'], args: ['pip', 'uninstall'], effect: 'work', category: 'install', reason: 'removes packages', estimate: 1 },
  { programs: ['uv'], args: ['sync|add'], unlessFlags: ['--dry-run'], effect: 'work', category: 'install', reason: 'resolves, downloads and installs dependencies', estimate: 8 },
  { programs: ['uv'], args: ['lock'], ifFlags: ['--upgrade', '-U', '--upgrade-package', '-P'], effect: 'work', category: 'install', reason: 're-resolves every dependency against the index', estimate: 6 },
  // Without --upgrade, uv resolves from its cache in a second or two.
  { programs: ['uv'], args: ['lock|remove|sync|add'], effect: 'work', category: 'install', reason: 'resolves versions from the cache (uv is fast)', estimate: 3 },
  { programs: ['uv'], args: ['tool', 'list|dir|update-shell|uninstall'], effect: 'work', category: 'query', reason: 'uv tool housekeeping', estimate: 0.5 },
  { programs: ['uv'], args: ['tool', 'install|upgrade'], effect: 'work', category: 'install', reason: 'installs a tool in its own environment', estimate: 8 },
  { programs: ['uv'], args: ['python', 'install'], effect: 'work', category: 'install', reason: 'downloads a Python build', estimate: 10 },
  { programs: ['uv'], args: ['python', 'list|find|pin|dir|uninstall'], effect: 'work', category: 'query', reason: 'uv python query', estimate: 0.5 },
  { programs: ['uv'], args: ['venv|init|tree|export|version|cache|self'], effect: 'work', category: 'query', reason: 'quick uv housekeeping', estimate: 1 },
  { programs: ['uv'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the sdist and wheel', estimate: 4 },
  { programs: ['uv'], args: ['publish'], effect: 'work', category: 'other', reason: 'uploads the package', estimate: 10 },

  // Poetry, Pipenv, PDM, Hatch, Rye, Pixi.
  { programs: ['poetry'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens a subshell in the virtual environment', alternative: 'poetry run CMD, or source "$(poetry env info --path)/bin/activate"' },
  { programs: ['poetry', 'pdm'], args: ['init'], unlessFlags: ['-n', '--no-interaction', '--non-interactive'], effect: 'interactive', category: 'prompt', reason: 'asks questions about the project', alternative: 'poetry init -n (pdm init -n)' },
  { programs: ['poetry'], args: ['show'], ifFlags: ['--outdated', '-o', '--latest', '-l'], effect: 'work', category: 'query', reason: 'asks the index for newer versions', estimate: 8 },
  { programs: ['poetry'], args: ['show|check|env|version|config|about|list|source|search|debug|init|new|export'], effect: 'work', category: 'query', reason: 'quick Poetry command', estimate: 2 },
  { programs: ['poetry'], args: ['install|add|update|lock|remove|sync'], effect: 'work', category: 'install', reason: 'resolves and installs dependencies (Poetry resolves slowly)', estimate: 30 },
  { programs: ['poetry'], args: ['self', 'add|install|update|remove|sync|lock'], effect: 'work', category: 'install', reason: 'installs into Poetry itself', estimate: 20 },
  { programs: ['poetry'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the sdist and wheel in process', estimate: 4 },
  { programs: ['poetry', 'pdm', 'hatch'], args: ['publish'], effect: 'work', category: 'other', reason: 'builds and uploads the package', estimate: 10 },
  { programs: ['pipenv', 'hatch', 'pixi'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens a subshell in the environment', alternative: 'pipenv run CMD (hatch run, pixi run)' },
  { programs: ['pipenv'], args: ['install|lock|update|upgrade|uninstall'], effect: 'work', category: 'install', reason: 'resolves and locks dependencies (Pipenv locks slowly)', estimate: 60 },
  { programs: ['pipenv'], args: ['sync|clean'], effect: 'work', category: 'install', reason: 'installs the locked set', estimate: 20 },
  { programs: ['pipenv'], args: ['check|audit'], effect: 'work', category: 'lint', reason: 'checks dependencies for advisories', estimate: 10 },
  { programs: ['pipenv'], args: ['graph|requirements|verify|scripts|open'], effect: 'work', category: 'query', reason: 'quick Pipenv query', estimate: 2 },
  { programs: ['pdm'], args: ['install|sync|add|update|remove|lock'], effect: 'work', category: 'install', reason: 'resolves and installs dependencies', estimate: 15 },
  { programs: ['pdm'], args: ['list|show|info|config|venv|export|cache|self|search|outdated'], effect: 'work', category: 'query', reason: 'quick PDM command', estimate: 1.5 },
  { programs: ['pdm', 'hatch'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the sdist and wheel in an isolated environment', estimate: 5 },
  { programs: ['hatch'], args: ['test'], effect: 'work', category: 'test', reason: 'runs the test suite (creating the environment first)', estimate: 30 },
  { programs: ['hatch'], args: ['env', 'create|prune|remove'], effect: 'work', category: 'install', reason: 'creates or removes environments', estimate: 15 },
  { programs: ['hatch'], args: ['fmt|version|status|env|config|project|new|dep|clean'], effect: 'work', category: 'query', reason: 'quick Hatch command', estimate: 1.5 },
  { programs: ['rye', 'pixi'], args: ['sync|add|lock|install|update|remove|upgrade|global'], effect: 'work', category: 'install', reason: 'resolves and installs dependencies', estimate: 15 },
  { programs: ['pixi'], args: ['list|info|tree|search|task|config|init'], effect: 'work', category: 'query', reason: 'quick pixi command', estimate: 1 },

  // Conda and friends (`activate` is a shell row).
  { programs: CONDA, args: ['env', 'create'], effect: 'work', category: 'install', reason: 'solves and installs a whole environment', estimate: 120 },
  { programs: CONDA, args: ['env', 'update'], effect: 'work', category: 'install', reason: 'solves and updates an environment', estimate: 60 },
  { programs: CONDA, args: ['env', 'remove'], unlessFlags: CONDA_YES, effect: 'interactive', category: 'prompt', reason: 'asks before removing the environment', alternative: 'conda env remove -n NAME -y' },
  { programs: CONDA, args: ['env'], effect: 'work', category: 'query', reason: 'quick conda environment query', estimate: 2 },
  { programs: CONDA, args: ['install|create|update|upgrade|remove|uninstall|clean'], unlessFlags: CONDA_YES, effect: 'interactive', category: 'prompt', reason: 'asks "Proceed ([y]/n)?"; without a terminal it fails', alternative: 'add -y (conda install -y …)' },
  { programs: CONDA, args: ['install|create|update|upgrade'], effect: 'work', category: 'install', reason: 'solves and installs packages', estimate: 60 },
  { programs: CONDA, args: ['remove|uninstall|clean'], effect: 'work', category: 'install', reason: 'solves and removes packages', estimate: 15 },
  { programs: CONDA, args: ['list|info|config|search|env|init|doctor|notices|shell'], effect: 'work', category: 'query', reason: 'quick conda query', estimate: 2 },
  { programs: ['conda'], args: ['build|mambabuild'], effect: 'work', category: 'build', reason: 'builds a conda package', estimate: 300 },
  { programs: ['conda-lock'], effect: 'work', category: 'install', reason: 'solves for every platform', estimate: 120 },
  { programs: ['pyenv'], args: ['install'], ifFlags: ['--list', '-l'], effect: 'work', category: 'query', reason: 'lists installable versions', estimate: 1 },
  { programs: ['pyenv'], args: ['install'], effect: 'work', category: 'install', reason: 'compiles Python from source', estimate: 180 },
  { programs: ['virtualenv'], effect: 'work', category: 'install', reason: 'creates a virtual environment from cached seeds', estimate: 2 },
  { programs: ['venv'], ifFlags: ['--without-pip'], effect: 'work', category: 'install', reason: 'creates a bare virtual environment', estimate: 1 },
  { programs: ['venv'], effect: 'work', category: 'install', reason: 'creates a virtual environment and installs pip into it', estimate: 5 },
  { programs: ['ensurepip'], effect: 'work', category: 'install', reason: 'installs pip into the environment', estimate: 4 },

  // Test runners.
  { programs: [...PYTEST, 'ptw', 'pytest-watch', 'pytest-watcher'], ifFlags: ['--looponfail', '--watch'], effect: 'never-ends', category: 'watch', reason: 'reruns tests on changes and never exits', alternative: 'pytest (a single run)' },
  { programs: ['ptw', 'pytest-watch', 'pytest-watcher'], effect: 'never-ends', category: 'watch', reason: 'reruns tests on changes and never exits', alternative: 'pytest (a single run)' },
  { programs: PYTEST, ifFlags: ['--collect-only', '--co', '--fixtures', '--fixtures-per-test', '--markers', '--setup-plan', '--cache-show', '--trace-config'], effect: 'work', category: 'query', reason: 'collects or lists without running tests', estimate: 3 },
  { programs: PYTEST, ifFlags: ['--pdb', '--trace', '--pdbcls'], effect: 'interactive', category: 'repl', reason: 'drops into the debugger on failure and waits for input', alternative: 'drop --pdb; use --tb=long -l for details' },
  { programs: PYTEST, ifFlags: ['--benchmark-only', '--benchmark-autosave'], effect: 'work', category: 'script', reason: 'runs benchmarks', estimate: 60 },
  // A test node id (`file.py::test_name`) selects a handful of tests: collection plus seconds.
  { programs: PYTEST, anyArg: /::/, effect: 'work', category: 'test', reason: 'runs the selected tests', estimate: 3 },
  { programs: PYTEST, ifFlags: ['-k'], anyArg: /\.py$/, maxArgs: 1, effect: 'work', category: 'test', reason: 'runs the tests of one file that match -k', estimate: 4 },
  { programs: PYTEST, effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: ['unittest'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 20 },
  { programs: ['nose2', 'nosetests', 'green', 'trial', 'behave', 'ward'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: ['tox', 'nox'], ifFlags: ['-l', '--list', '--listenvs', '-a', '--listenvs-all', '--list-sessions', '--showconfig', '--help-ini'], effect: 'work', category: 'query', reason: 'lists environments or sessions', estimate: 1.5 },
  { programs: ['tox'], args: ['list|l|config|c'], effect: 'work', category: 'query', reason: 'lists environments or prints configuration', estimate: 1.5 },
  { programs: ['tox', 'nox'], effect: 'work', category: 'test', reason: 'creates environments and runs sessions', estimate: 120 },
  { programs: ['coverage'], args: ['run'], effect: 'work', category: 'test', reason: 'runs a program (usually the tests) under coverage', estimate: 30 },
  { programs: ['coverage'], effect: 'work', category: 'query', reason: 'reports collected coverage', estimate: 2 },
  { programs: ['mutmut', 'cosmic-ray'], args: ['run|exec'], effect: 'work', category: 'test', reason: 'mutation testing reruns the suite many times', estimate: 600 },

  // Type checkers, linters, formatters.
  { programs: ['mypy', 'pyright', 'basedpyright', 'pyre', 'pytype', 'dmypy'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'watch mode never exits', alternative: 'run once without --watch' },
  { programs: ['dmypy'], args: ['start|restart'], effect: 'self-background', category: 'detached', reason: 'starts the mypy daemon in the background', estimate: 2 },
  { programs: ['dmypy'], args: ['run|check|recheck'], effect: 'work', category: 'typecheck', reason: 'type-checks incrementally through the daemon', estimate: 4 },
  { programs: ['dmypy'], effect: 'work', category: 'query', reason: 'talks to the mypy daemon', estimate: 0.5 },
  { programs: ['mypy', 'pyright', 'basedpyright', 'pytype', 'pyre', 'stubtest'], effect: 'work', category: 'typecheck', reason: 'type-checks the whole project', estimate: 15 },
  { programs: ['ty'], effect: 'work', category: 'typecheck', reason: 'type-checks (fast)', estimate: 1.5 },
  { programs: ['ruff'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'ruff --watch reruns on changes and never exits', alternative: 'ruff check (a single run)' },
  { programs: ['ruff'], args: ['server'], effect: 'never-ends', category: 'server', reason: 'the ruff language server runs until stopped' },
  { programs: ['ruff', 'black', 'isort', 'blue', 'docformatter', 'pyupgrade', 'autoflake', 'add-trailing-comma', 'codespell', 'pydocstyle', 'interrogate', 'radon', 'xenon'], effect: 'work', category: 'lint', reason: 'formats or lints (fast)', estimate: 1.5 },
  { programs: ['autopep8', 'yapf', 'pycodestyle', 'pyflakes', 'vulture', 'darglint'], effect: 'work', category: 'lint', reason: 'formats or lints', estimate: 3 },
  // One or two files lint in a second or two; a whole tree is slower.
  // pylint on a package or folder reads the whole tree under it, even beside a named file.
  { programs: ['pylint'], anyArg: PACKAGE_OR_FOLDER, effect: 'work', category: 'lint', reason: 'lints whole packages (pylint is slow)', estimate: 30 },
  { programs: ['flake8', 'pylint', 'prospector', 'pylama'], anyArg: PY_FILE, effect: 'work', category: 'lint', reason: 'lints the given files', estimate: 3 },
  { programs: ['flake8'], effect: 'work', category: 'lint', reason: 'lints the whole tree', estimate: 8 },
  { programs: ['pylint', 'prospector', 'pylama'], effect: 'work', category: 'lint', reason: 'lints the whole tree (pylint is slow)', estimate: 30 },
  { programs: ['bandit', 'semgrep'], effect: 'work', category: 'lint', reason: 'scans the code for security issues', estimate: 10 },
  { programs: ['pre-commit', 'pre_commit', 'prek'], args: ['install|uninstall|clean|gc|sample-config|validate-config|validate-manifest|migrate-config|init-templatedir'], effect: 'work', category: 'other', reason: 'pre-commit housekeeping', estimate: 1 },
  { programs: ['pre-commit', 'pre_commit', 'prek'], args: ['install-hooks|autoupdate|try-repo'], effect: 'work', category: 'install', reason: 'downloads and installs hook environments', estimate: 30 },
  { programs: ['pre-commit', 'pre_commit', 'prek'], effect: 'work', category: 'lint', reason: 'runs every hook (the first run also installs them)', estimate: 30 },

  // Django: `python manage.py X`, `./manage.py X`, `django-admin X`.
  { programs: MANAGE, args: [/^(runserver|runserver_plus|runsslserver|runmodwsgi|runworker|rqworker|rqscheduler|qcluster|process_tasks|celery|livereload|run_huey|djangohuey)$/], unlessFlags: ['--burst'], effect: 'never-ends', category: 'server', reason: 'a Django server or worker runs until stopped' },
  { programs: MANAGE, args: ['tailwind', 'start|dev'], effect: 'never-ends', category: 'watch', reason: 'the Tailwind watcher runs until stopped' },
  { programs: MANAGE, args: ['shell|shell_plus'], ifFlags: ['-c', '--command'], effect: 'work', category: 'script', reason: 'runs a snippet inside Django', estimate: 3 },
  { programs: MANAGE, args: ['shell|shell_plus|dbshell|debugsqlshell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive shell', alternative: 'python manage.py shell -c "…"' },
  { programs: MANAGE, args: ['createsuperuser|changepassword'], unlessFlags: DJANGO_NOINPUT, effect: 'interactive', category: 'prompt', reason: 'asks for a username and password', alternative: 'DJANGO_SUPERUSER_PASSWORD=… python manage.py createsuperuser --noinput --username … --email …' },
  { programs: MANAGE, args: ['collectstatic|flush|reset_db'], unlessFlags: DJANGO_NOINPUT, effect: 'interactive', category: 'prompt', reason: "asks you to type 'yes' before touching files or data", alternative: 'add --noinput' },
  { programs: MANAGE, args: ['test'], effect: 'work', category: 'test', reason: 'creates a test database and runs the tests', estimate: 30 },
  { programs: MANAGE, args: ['makemigrations'], ifFlags: ['--check', '--dry-run'], effect: 'work', category: 'query', reason: 'checks for model changes without writing', estimate: 3 },
  { programs: MANAGE, args: ['migrate'], ifFlags: ['--plan', '--check'], effect: 'work', category: 'query', reason: 'shows the migration plan', estimate: 3 },
  { programs: MANAGE, args: ['migrate|loaddata|flush|reset_db|sqlflush|migrate_schemas|rebuild_index|update_index|search_index'], effect: 'work', category: 'migration', reason: 'changes the database', estimate: 10 },
  { programs: MANAGE, args: ['collectstatic|compress|compilemessages'], effect: 'work', category: 'build', reason: 'collects or compiles static files', estimate: 10 },
  { programs: MANAGE, args: ['dumpdata'], effect: 'work', category: 'script', reason: 'serialises database rows', estimate: 5 },
  { programs: MANAGE, args: ['check|showmigrations|sqlmigrate|makemigrations|diffsettings|show_urls|validate_templates|inspectdb|startapp|startproject|createsuperuser|createcachetable|makemessages|clearsessions|sendtestemail|squashmigrations|optimizemigration|graph_models|version|help'], effect: 'work', category: 'query', reason: 'a quick Django management command', estimate: 3 },

  // Other frameworks' command lines.
  { programs: ['flask', 'quart'], args: ['run'], effect: 'never-ends', category: 'server', reason: 'the development server runs until stopped' },
  { programs: ['flask', 'quart'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive shell', alternative: 'python -c "…" with the app imported' },
  { programs: ['flask'], args: ['db', 'upgrade|downgrade|stamp'], ifFlags: ['--sql'], effect: 'work', category: 'query', reason: 'prints migration SQL without running it', estimate: 2 },
  { programs: ['flask'], args: ['db', 'upgrade|downgrade'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 8 },
  { programs: ['flask'], args: ['db', 'revision'], ifFlags: ['--autogenerate'], effect: 'work', category: 'migration', reason: 'compares models with the database to write a migration', estimate: 5 },
  { programs: ['flask'], args: ['db', 'migrate'], effect: 'work', category: 'migration', reason: 'compares models with the database to write a migration', estimate: 5 },
  { programs: ['flask'], args: ['db|routes'], effect: 'work', category: 'query', reason: 'a quick Flask command', estimate: 2 },
  { programs: ['fastapi'], args: ['dev|run'], effect: 'never-ends', category: 'server', reason: 'the FastAPI server runs until stopped' },
  { programs: ['streamlit'], args: ['run|hello'], effect: 'never-ends', category: 'server', reason: 'the Streamlit app serves until stopped' },
  { programs: ['gradio'], anyArg: PY_FILE, effect: 'never-ends', category: 'server', reason: 'the Gradio app serves (with reload) until stopped' },
  { programs: ['chainlit', 'solara', 'reflex', 'litestar'], args: ['run'], effect: 'never-ends', category: 'server', reason: 'the app serves until stopped' },
  { programs: ['panel', 'bokeh'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'the app serves until stopped' },
  { programs: ['marimo'], args: ['edit|run|tutorial'], effect: 'never-ends', category: 'server', reason: 'the notebook server runs until stopped' },
  { programs: ['modal'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'serves with live reload until stopped' },
  { programs: ['modal'], args: ['run|deploy'], effect: 'work', category: 'infra', reason: 'builds an image and runs in the cloud', estimate: 60 },
  { programs: ['datasette'], args: ['install|uninstall|publish|package|inspect|plugins'], effect: 'work', category: 'other', reason: 'a Datasette maintenance command', estimate: 10 },
  { programs: ['datasette'], effect: 'never-ends', category: 'server', reason: 'Datasette serves until stopped' },
  { programs: ['gunicorn'], ifFlags: ['-D', '--daemon'], effect: 'self-background', category: 'detached', reason: 'gunicorn --daemon detaches by itself', estimate: 1 },
  { programs: ['gunicorn', ...SERVERS], effect: 'never-ends', category: 'server', reason: 'the server runs until stopped' },
  { programs: ['mitmproxy'], effect: 'interactive', category: 'pager', reason: 'opens a full-screen proxy console', alternative: 'mitmdump in the background' },
  { programs: ['http.server', 'SimpleHTTPServer', 'CGIHTTPServer', 'smtpd', 'aiosmtpd', 'pyftpdlib', 'wsgiref.simple_server'], effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['pydoc', 'pydoc3'], ifFlags: ['-p', '-b'], effect: 'never-ends', category: 'server', reason: 'the documentation server runs until stopped' },
  { programs: ['pdb', 'ipdb', 'pudb', 'IPython', 'asyncio', 'idlelib', 'idle', 'idle3'], effect: 'interactive', category: 'repl', reason: 'opens an interactive debugger or prompt', alternative: 'run the script directly (python script.py)' },
  { programs: ['ipython', 'ipython3', 'bpython', 'ptpython', 'ptipython'], ifFlags: ['-i'], effect: 'interactive', category: 'repl', reason: 'opens an interactive prompt', alternative: 'python -c "…" or python script.py' },
  { programs: ['ipython', 'ipython3'], ifFlags: ['-c'], effect: 'work', category: 'script', reason: 'runs inline code', estimate: 2 },
  { programs: ['ipython', 'ipython3', 'bpython', 'ptpython', 'ptipython'], anyArg: PY_FILE, effect: 'work', category: 'script', reason: 'runs a script', estimate: 2 },
  { programs: ['ipython', 'ipython3', 'bpython', 'ptpython', 'ptipython'], effect: 'interactive', category: 'repl', reason: 'opens an interactive prompt', alternative: 'python -c "…" or python script.py' },

  // Jupyter and notebooks.
  { programs: ['jupyter'], args: ['notebook|lab|server', 'list|stop|password|paths'], effect: 'work', category: 'query', reason: 'queries running servers', estimate: 1 },
  { programs: ['jupyter'], args: ['lab', 'build|clean|path|workspaces|extension'], effect: 'work', category: 'build', reason: 'rebuilds or configures JupyterLab', estimate: 30 },
  { programs: ['jupyter'], args: ['notebook|lab|server|nbclassic|retro'], effect: 'never-ends', category: 'server', reason: 'the notebook server runs until stopped' },
  { programs: ['jupyter'], args: ['console|qtconsole'], effect: 'interactive', category: 'repl', reason: 'opens an interactive console', alternative: 'jupyter execute NOTEBOOK, or python -c "…"' },
  { programs: ['jupyter'], args: ['nbconvert'], ifFlags: ['--execute'], effect: 'work', category: 'script', reason: 'executes every cell of the notebook', estimate: 60 },
  { programs: ['jupyter'], args: ['execute|run'], effect: 'work', category: 'script', reason: 'executes every cell of the notebook', estimate: 60 },
  { programs: ['jupyter'], effect: 'work', category: 'query', reason: 'a quick Jupyter command', estimate: 2 },
  { programs: ['papermill'], effect: 'work', category: 'script', reason: 'executes a notebook', estimate: 120 },
  { programs: ['jupyter-nbconvert'], ifFlags: ['--execute'], effect: 'work', category: 'script', reason: 'executes every cell of the notebook', estimate: 60 },

  // Task queues and workers.
  { programs: ['celery'], ifFlags: ['--detach'], effect: 'self-background', category: 'detached', reason: 'celery --detach daemonises itself', estimate: 1 },
  { programs: ['celery'], args: ['multi'], effect: 'self-background', category: 'detached', reason: 'celery multi starts detached workers', estimate: 2 },
  { programs: ['celery'], args: ['worker|beat|flower|events'], effect: 'never-ends', category: 'server', reason: 'a Celery worker or scheduler runs until stopped' },
  { programs: ['celery'], args: ['purge'], unlessFlags: ['-f', '--force'], effect: 'interactive', category: 'prompt', reason: 'asks before deleting every queued task', alternative: 'celery purge -f' },
  { programs: ['celery'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive shell', alternative: 'celery -A APP call TASK, or python -c "…"' },
  { programs: ['celery'], effect: 'work', category: 'query', reason: 'a quick Celery control command', estimate: 3 },
  { programs: ['rq'], args: ['worker'], ifFlags: ['--burst', '-b'], effect: 'work', category: 'script', reason: 'processes the queued jobs, then exits', estimate: 10 },
  { programs: ['rq'], args: ['worker|scheduler|dashboard'], effect: 'never-ends', category: 'server', reason: 'an RQ worker runs until stopped' },
  { programs: ['rq'], effect: 'work', category: 'query', reason: 'a quick RQ command', estimate: 1 },
  { programs: ['arq'], ifFlags: ['--check', '--burst'], effect: 'work', category: 'script', reason: 'checks or drains the queue, then exits', estimate: 3 },
  { programs: WORKERS, effect: 'never-ends', category: 'server', reason: 'a task worker runs until stopped' },
  { programs: ['taskiq', 'faust', 'procrastinate'], args: ['worker|scheduler'], effect: 'never-ends', category: 'server', reason: 'a task worker runs until stopped' },
  { programs: ['supervisord'], ifFlags: ['-n', '--nodaemon'], effect: 'never-ends', category: 'server', reason: 'supervisord in the foreground runs until stopped' },
  { programs: ['supervisord'], effect: 'self-background', category: 'detached', reason: 'supervisord daemonises by default', estimate: 1 },

  // Database migrations.
  { programs: ['alembic'], args: ['edit'], effect: 'interactive', category: 'editor', reason: 'opens the revision in an editor', alternative: 'edit the revision file with the Edit tool' },
  { programs: ['alembic'], args: ['upgrade|downgrade'], ifFlags: ['--sql'], effect: 'work', category: 'query', reason: 'prints migration SQL without running it', estimate: 2 },
  { programs: ['alembic'], args: ['upgrade|downgrade'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
  { programs: ['alembic'], args: ['revision'], ifFlags: ['--autogenerate'], effect: 'work', category: 'migration', reason: 'compares models with the database to write a migration', estimate: 5 },
  { programs: ['alembic'], effect: 'work', category: 'query', reason: 'reads the migration history', estimate: 2 },
  { programs: ['yoyo', 'yoyo-migrate', 'aerich', 'piccolo', 'prisma-client-py'], args: ['apply|upgrade|migrations|migrate|rollback|downgrade|db'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },

  // Building, packaging and documentation.
  { programs: ['build'], effect: 'work', category: 'build', reason: 'builds the sdist and wheel in an isolated environment', estimate: 15 },
  { programs: ['setup.py'], args: ['build|build_ext|build_py|bdist_wheel|bdist|sdist|bdist_egg|install|develop|test|egg_info|upload'], effect: 'work', category: 'build', reason: 'builds or installs with setuptools', estimate: 30 },
  { programs: ['twine'], args: ['upload|register'], effect: 'work', category: 'other', reason: 'uploads the package', estimate: 10 },
  { programs: ['twine'], effect: 'work', category: 'query', reason: 'checks the distribution', estimate: 1 },
  { programs: ['briefcase', 'flet'], args: ['build|create|package|publish|update'], effect: 'work', category: 'build', reason: 'builds a native app bundle', estimate: 120 },
  { programs: ['pyinstaller', 'PyInstaller', 'cxfreeze', 'cx_freeze'], effect: 'work', category: 'build', reason: 'freezes the app into an executable', estimate: 60 },
  { programs: ['nuitka', 'nuitka3'], effect: 'work', category: 'build', reason: 'compiles the program to C and builds it', estimate: 300 },
  { programs: ['maturin'], args: ['build|publish|upload'], effect: 'work', category: 'build', reason: 'compiles the Rust extension', estimate: 60 },
  { programs: ['maturin'], args: ['develop'], effect: 'work', category: 'build', reason: 'compiles the Rust extension into the environment', estimate: 30 },
  { programs: ['cythonize'], effect: 'work', category: 'build', reason: 'compiles Cython to C and builds it', estimate: 30 },
  { programs: ['sphinx-autobuild'], effect: 'never-ends', category: 'server', reason: 'rebuilds and serves the docs until stopped' },
  { programs: ['sphinx-build', 'sphinx'], effect: 'work', category: 'build', reason: 'builds the documentation', estimate: 30 },
  { programs: ['sphinx-quickstart'], unlessFlags: ['-q', '--quiet'], effect: 'interactive', category: 'prompt', reason: 'asks questions about the project', alternative: 'sphinx-quickstart -q -p NAME -a AUTHOR' },
  { programs: ['sphinx-apidoc', 'sphinx-quickstart'], effect: 'work', category: 'other', reason: 'writes doc stubs', estimate: 1 },
  { programs: ['mkdocs'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'the docs server runs until stopped' },
  { programs: ['mkdocs'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the documentation site', estimate: 10 },
  { programs: ['mkdocs'], args: ['gh-deploy'], effect: 'work', category: 'build', reason: 'builds the site and pushes it', estimate: 30 },
  { programs: ['pdoc', 'pdoc3'], ifFlags: ['-o', '--output-dir', '--html'], effect: 'work', category: 'build', reason: 'writes API documentation', estimate: 3 },
  { programs: ['pdoc'], effect: 'never-ends', category: 'server', reason: 'pdoc without -o serves the docs until stopped', alternative: 'pdoc -o docs MODULE' },

  // Data, ML and pipelines.
  { programs: ['mlflow'], args: ['ui|server'], effect: 'never-ends', category: 'server', reason: 'the MLflow server runs until stopped' },
  { programs: ['mlflow'], args: ['models|deployments', 'serve'], effect: 'never-ends', category: 'server', reason: 'serves a model until stopped' },
  { programs: ['mlflow'], args: ['run|recipes'], effect: 'work', category: 'script', reason: 'runs a project or recipe', estimate: 300 },
  { programs: ['torchrun', 'deepspeed', 'torch.distributed.run', 'torch.distributed.launch'], effect: 'work', category: 'script', reason: 'a distributed training run takes minutes to hours', estimate: 600 },
  { programs: ['accelerate'], args: ['launch'], effect: 'work', category: 'script', reason: 'a training run takes minutes to hours', estimate: 600 },
  { programs: ['accelerate'], args: ['config'], effect: 'interactive', category: 'prompt', reason: 'asks questions about the hardware', alternative: 'accelerate config default' },
  { programs: ['huggingface-cli', 'hf'], args: ['login'], unlessFlags: ['--token'], effect: 'interactive', category: 'prompt', reason: 'asks for a token', alternative: 'huggingface-cli login --token $HF_TOKEN, or set HF_TOKEN' },
  { programs: ['huggingface-cli', 'hf'], args: ['download|upload'], effect: 'work', category: 'download', reason: 'transfers model or data files', estimate: 60 },
  { programs: ['spacy'], args: ['download'], effect: 'work', category: 'download', reason: 'downloads a language model', estimate: 20 },
  { programs: ['spacy'], args: ['train|pretrain|evaluate'], effect: 'work', category: 'script', reason: 'trains or evaluates a model', estimate: 600 },
  { programs: ['kaggle'], args: ['datasets|competitions|models|kernels'], anyArg: 'download|output|push', effect: 'work', category: 'download', reason: 'transfers data from Kaggle', estimate: 60 },
  { programs: ['dvc'], args: ['repro|exp'], effect: 'work', category: 'script', reason: 'reruns the pipeline stages', estimate: 120 },
  { programs: ['dvc'], args: ['pull|push|fetch|get|import|import-url|update|checkout'], effect: 'work', category: 'download', reason: 'transfers tracked data', estimate: 60 },
  { programs: ['dvc'], args: ['add|commit|gc'], effect: 'work', category: 'other', reason: 'hashes tracked data', estimate: 10 },
  { programs: ['dvc'], effect: 'work', category: 'query', reason: 'a quick DVC query', estimate: 2 },
  { programs: ['dbt'], args: ['docs', 'serve'], effect: 'never-ends', category: 'server', reason: 'the docs server runs until stopped' },
  { programs: ['dbt'], args: ['init'], unlessFlags: ['--skip-profile-setup', '-s'], effect: 'interactive', category: 'prompt', reason: 'asks for connection details', alternative: 'dbt init NAME --skip-profile-setup' },
  { programs: ['dbt'], args: ['run|build|test|seed|snapshot|run-operation|retry|source'], effect: 'work', category: 'script', reason: 'runs models against the warehouse', estimate: 120 },
  { programs: ['dbt'], args: ['compile|parse|docs|deps|show'], effect: 'work', category: 'build', reason: 'compiles the project', estimate: 15 },
  { programs: ['dbt'], effect: 'work', category: 'query', reason: 'a quick dbt command', estimate: 3 },
  { programs: ['airflow'], args: ['standalone|webserver|scheduler|triggerer|api-server|dag-processor|kerberos'], effect: 'never-ends', category: 'server', reason: 'an Airflow service runs until stopped' },
  { programs: ['airflow'], args: ['celery', 'worker|flower'], effect: 'never-ends', category: 'server', reason: 'an Airflow worker runs until stopped' },
  { programs: ['airflow'], args: ['db', 'reset|clean'], unlessFlags: ['-y', '--yes'], effect: 'interactive', category: 'prompt', reason: 'asks before wiping the metadata database', alternative: 'add -y' },
  { programs: ['airflow'], args: ['db'], effect: 'work', category: 'migration', reason: 'migrates the metadata database', estimate: 30 },
  { programs: ['airflow'], args: ['dags|tasks', 'test|backfill'], effect: 'work', category: 'script', reason: 'runs a DAG or task', estimate: 60 },
  { programs: ['airflow'], effect: 'work', category: 'query', reason: 'an Airflow query (imports every DAG)', estimate: 4 },
  { programs: ['dagster'], args: ['dev'], effect: 'never-ends', category: 'server', reason: 'the Dagster UI and daemon run until stopped' },
  { programs: ['dagster-daemon'], args: ['run'], effect: 'never-ends', category: 'server', reason: 'the daemon runs until stopped' },
  { programs: ['dagster'], args: ['job|asset'], anyArg: 'execute|materialize|launch', effect: 'work', category: 'script', reason: 'runs a job', estimate: 60 },
  { programs: ['prefect'], args: ['server|worker|agent'], anyArg: 'start', effect: 'never-ends', category: 'server', reason: 'a Prefect service runs until stopped' },
  { programs: ['kedro'], args: ['viz|jupyter'], effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['kedro'], args: ['ipython'], effect: 'interactive', category: 'repl', reason: 'opens an interactive prompt', alternative: 'kedro run, or python -c "…"' },
  { programs: ['kedro'], args: ['run'], effect: 'work', category: 'script', reason: 'runs the pipeline', estimate: 120 },
  { programs: ['ray'], args: ['start'], ifFlags: ['--block'], effect: 'never-ends', category: 'server', reason: 'ray start --block stays in the foreground' },
  { programs: ['ray'], args: ['start'], effect: 'self-background', category: 'detached', reason: 'starts Ray processes in the background', estimate: 5 },
  { programs: ['dask', 'dask-scheduler', 'dask-worker'], effect: 'never-ends', category: 'server', reason: 'a Dask scheduler or worker runs until stopped' },

  // Load testing: without --headless locust serves its web UI until stopped.
  { programs: ['locust'], ifFlags: ['--headless'], effect: 'work', category: 'script', reason: 'runs a load test for its configured time', estimate: 60 },
  { programs: ['locust'], effect: 'never-ends', category: 'server', reason: 'serves the Locust web UI until stopped', alternative: 'locust --headless -u N -r N -t 1m' },

  // Project scripts by name: `hatch run test:cov`, `pdm run lint`, `pixi run dev`.
  { programs: ['hatch', 'pdm', 'pixi'], args: ['run', /^(dev|serve|server|start|run-?server|watch|docs-serve|serve-docs)$/], effect: 'never-ends', category: 'server', reason: 'a dev server script runs until stopped' },
  { programs: ['hatch', 'pdm', 'pixi'], args: ['run', /^(test|tests|cov|coverage|unit|e2e|integration)([:_-].*)?$|:(test|tests|cov|coverage)$/], effect: 'work', category: 'test', reason: 'runs a test script', estimate: 30 },
  { programs: ['hatch', 'pdm', 'pixi'], args: ['run', /^(lint|typecheck|types|check|mypy|style|fmt|format)([:_-].*)?$|:(lint|typecheck|types|check|style)$/], effect: 'work', category: 'lint', reason: 'runs a lint or type-check script', estimate: 10 },
  { programs: ['hatch', 'pdm', 'pixi'], args: ['run', /^(build|docs|docs-build|build-docs)([:_-].*)?$/], effect: 'work', category: 'build', reason: 'runs a build script', estimate: 20 },

  // Scraping.
  { programs: ['scrapy'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive scraping shell', alternative: 'scrapy fetch URL, or scrapy parse URL' },
  { programs: ['scrapy'], args: ['crawl|runspider|bench'], effect: 'work', category: 'script', reason: 'crawls sites, usually for minutes', estimate: 120 },
  { programs: ['scrapy'], effect: 'work', category: 'query', reason: 'a quick Scrapy command', estimate: 2 },
];
