/** C, C++ and other native toolchains: make, CMake, Ninja, Meson, Bazel, Buck, compilers, debuggers, Zig, embedded. Order matters. */
import type { CatalogueEntry, WordPattern } from './entry.js';

/**
 * A row keyed on a target or goal: once for the first word (so the signature keeps it:
 * `make test`), once for any later word (`make clean test`).
 */
const firstOrAny = (pattern: WordPattern, row: Omit<CatalogueEntry, 'args' | 'anyArg'>): CatalogueEntry[] => [
  { ...row, args: [pattern] },
  { ...row, anyArg: pattern },
];

/** Make targets by convention; measured history corrects the guess per project. */
const MAKE_SERVER = /^(dev|serve|server|watch|start|livehtml|run-server|runserver|run-dev|dev-server|devserver|start-dev|start-server|serve-[\w-]+|watch-[\w-]+|[\w-]+-watch|run-(api|app|web|backend|frontend|local|uvicorn|gunicorn|flask|django|worker))$/;
const MAKE_PROMPT = /^(menuconfig|nconfig|xconfig|gconfig|config|oldconfig)$/;
const MAKE_FAST = /^(clean|distclean|mostlyclean|realclean|clobber|fmt|format|version|list|targets|env|info|vars|print-\S+|show-\S+|tags|ctags|defconfig|olddefconfig|savedefconfig)$/;
const MAKE_TEST = /^(test|tests|check|e2e|coverage|cover|bench|benchmark|integration|unit|test[-_:][\w-]+|[\w-]+[-_]test|[\w-]+[-_]tests|check[-_][\w-]+|ci)$/;
const MAKE_LINT = /^(lint|vet|typecheck|type-check|check-format|fmt-check|format-check|lint[-_][\w-]+|staticcheck|analyze|audit)$/;
const MAKE_INSTALL = /^(install|deps|dependencies|setup|bootstrap|vendor|tools|install[-_][\w-]+|deps[-_][\w-]+)$/;
const MAKE_CONTAINER = /^(docker|image|images|container|up|down|compose|docker[-_][\w-]+|image[-_][\w-]+|push|publish|deploy|release|deploy[-_][\w-]+|k8s[-_][\w-]+|helm[-_][\w-]+)$/;
/** Targets of the Makefile `sphinx-quickstart` writes (and of many docs folders). */
const MAKE_DOCS = /^(html|dirhtml|singlehtml|latexpdf|latex|pdf|epub|man|texinfo|linkcheck|doctest|docs-build|build-docs|htmlhelp|qthelp|devhelp|xml|pseudoxml|gettext|changes|coverage-docs)$/;
const MAKE_BUILD = /^(all|build|compile|release|debug|dist|bin|lib|libs|binaries|package|proto|protos|protobuf|generate|gen|codegen|assets|docs|wasm|static|shared)$/;
const COMPILERS = ['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'gfortran', 'icc', 'icpc', 'icx', 'icpx', 'tcc', 'c89', 'c99', 'nvcc', 'cl', 'clang-cl'];
const BAZEL = ['bazel', 'bazelisk', 'blaze'];

export const NATIVE_ROWS: readonly CatalogueEntry[] = [
  // make: dry runs and questions print without building.
  { programs: ['make', 'gmake', 'bmake', 'remake'], ifFlags: ['-n', '--dry-run', '--just-print', '--recon', '-q', '--question'], effect: 'work', category: 'query', reason: 'prints what would run without building', estimate: 0.5 },
  ...firstOrAny(MAKE_SERVER, { programs: ['make', 'gmake'], effect: 'never-ends', category: 'server', reason: 'a dev/serve/watch target runs until stopped', alternative: 'make build (or test), or run it with run_in_background: true' }),
  ...firstOrAny(MAKE_PROMPT, { programs: ['make', 'gmake'], effect: 'interactive', category: 'prompt', reason: 'opens a configuration menu or asks questions', alternative: 'make olddefconfig (or defconfig), then edit .config' }),
  { programs: ['make', 'gmake', 'bmake', 'remake'], args: [MAKE_FAST], noMoreArgs: true, effect: 'work', category: 'other', reason: 'a housekeeping target: cleans, formats or prints', estimate: 2 },
  ...firstOrAny(MAKE_LINT, { programs: ['make', 'gmake'], effect: 'work', category: 'lint', reason: 'lints or type-checks the project', estimate: 20 }),
  ...firstOrAny(MAKE_TEST, { programs: ['make', 'gmake', 'bmake', 'remake'], effect: 'work', category: 'test', reason: 'builds and runs the tests', estimate: 60 }),
  ...firstOrAny(MAKE_CONTAINER, { programs: ['make', 'gmake'], effect: 'work', category: 'container', reason: 'builds images or deploys', estimate: 60 }),
  ...firstOrAny(MAKE_INSTALL, { programs: ['make', 'gmake', 'bmake', 'remake'], effect: 'work', category: 'install', reason: 'installs dependencies or the build output (building first)', estimate: 30 }),
  ...firstOrAny(/^run$/, { programs: ['make', 'gmake'], effect: 'work', category: 'build', reason: 'builds, then runs the program (may be a server)', estimate: 15 }),
  { programs: ['make', 'gmake', 'bmake', 'remake'], args: [MAKE_DOCS], effect: 'work', category: 'build', reason: 'builds the documentation (Sphinx-style target)', estimate: 30 },
  { programs: ['make', 'gmake', 'bmake', 'remake'], args: [MAKE_BUILD], effect: 'work', category: 'build', reason: 'builds a make target', estimate: 30 },
  { programs: ['make', 'gmake', 'bmake', 'remake'], args: ['*'], effect: 'work', category: 'build', reason: 'builds a make target', estimate: 30 },
  { programs: ['make', 'gmake', 'bmake', 'remake'], effect: 'work', category: 'build', reason: 'builds the default target', estimate: 30 },

  // CMake: configure ~10 s, build minutes; -E and -P are quick helpers.
  { programs: ['cmake'], ifFlags: ['-E', '--list-presets', '--system-information', '--find-package'], effect: 'work', category: 'query', reason: 'a portable shell helper or a query', estimate: 0.3 },
  { programs: ['cmake'], ifFlags: ['--build'], effect: 'work', category: 'build', reason: 'compiles the project', estimate: 60 },
  { programs: ['cmake'], ifFlags: ['--workflow'], effect: 'work', category: 'build', reason: 'configures, builds and tests a preset workflow', estimate: 120 },
  { programs: ['cmake'], ifFlags: ['--install'], effect: 'work', category: 'install', reason: 'copies built files into the install prefix', estimate: 3 },
  { programs: ['cmake'], ifFlags: ['-P'], effect: 'work', category: 'script', reason: 'runs a CMake script', estimate: 2 },
  { programs: ['cmake'], effect: 'work', category: 'build', reason: 'configures the build (probes the compiler, finds packages)', estimate: 10 },
  { programs: ['ccmake', 'cmake-gui'], effect: 'interactive', category: 'prompt', reason: 'opens an interactive configuration UI', alternative: 'cmake -S . -B build -DOPTION=VALUE' },
  { programs: ['ctest'], ifFlags: ['-N', '--show-only'], effect: 'work', category: 'query', reason: 'lists tests without running them', estimate: 0.5 },
  { programs: ['ctest'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: ['cpack'], effect: 'work', category: 'build', reason: 'packages the build', estimate: 20 },

  // Ninja, Meson, SCons, autotools.
  { programs: ['ninja', 'samu'], ifFlags: ['-t', '-n', '--version'], effect: 'work', category: 'query', reason: 'a ninja tool or dry run', estimate: 0.5 },
  { programs: ['ninja', 'samu'], effect: 'work', category: 'build', reason: 'compiles the project', estimate: 60 },
  { programs: ['meson', 'muon'], args: ['test'], ifFlags: ['--list'], effect: 'work', category: 'query', reason: 'lists tests', estimate: 1 },
  { programs: ['meson', 'muon'], args: ['compile'], effect: 'work', category: 'build', reason: 'compiles the project', estimate: 60 },
  { programs: ['meson', 'muon'], args: ['test'], effect: 'work', category: 'test', reason: 'builds and runs the tests', estimate: 30 },
  { programs: ['meson', 'muon'], args: ['dist'], effect: 'work', category: 'build', reason: 'builds and tests a release tarball', estimate: 120 },
  { programs: ['meson'], args: ['subprojects', 'download|update|checkout'], effect: 'work', category: 'download', reason: 'downloads subprojects', estimate: 20 },
  { programs: ['meson', 'muon'], args: ['install'], effect: 'work', category: 'install', reason: 'builds if needed and installs', estimate: 5 },
  { programs: ['meson', 'muon'], args: ['configure|introspect|rewrite|format|fmt|wrap|env2mfile|subprojects|init'], effect: 'work', category: 'query', reason: 'inspects or edits the build configuration', estimate: 1 },
  { programs: ['meson', 'muon'], effect: 'work', category: 'build', reason: 'configures a build directory', estimate: 10 },
  { programs: ['scons'], ifFlags: ['-c', '--clean', '-n', '--dry-run', '-q', '--question'], effect: 'work', category: 'other', reason: 'cleans or dry-runs', estimate: 2 },
  { programs: ['scons'], effect: 'work', category: 'build', reason: 'builds the project', estimate: 30 },
  { programs: ['autoreconf', 'autogen.sh', 'autogen', 'bootstrap', 'bootstrap.sh'], effect: 'work', category: 'build', reason: 'regenerates the build system', estimate: 15 },
  { programs: ['autoconf', 'automake', 'aclocal', 'autoheader', 'libtoolize', 'autoupdate'], effect: 'work', category: 'build', reason: 'regenerates one autotools file', estimate: 2 },

  // Bazel and Buck: server start plus analysis make even small builds slow.
  { programs: ['ibazel'], effect: 'never-ends', category: 'watch', reason: 'rebuilds on change until stopped', alternative: 'bazel build / bazel test once' },
  { programs: BAZEL, args: ['build|mobile-install|fetch|sync|vendor'], effect: 'work', category: 'build', reason: 'builds targets (downloads external repositories on a cold cache)', estimate: 120 },
  { programs: BAZEL, args: ['test|coverage'], effect: 'work', category: 'test', reason: 'builds and runs tests', estimate: 120 },
  { programs: BAZEL, args: ['run'], effect: 'work', category: 'build', reason: 'builds, then runs a target (may be a server)', estimate: 60 },
  { programs: BAZEL, args: ['query|cquery|aquery|mod'], effect: 'work', category: 'query', reason: 'queries the build graph', estimate: 4 },
  { programs: BAZEL, args: ['clean'], effect: 'work', category: 'other', reason: 'deletes build outputs', estimate: 5 },
  { programs: BAZEL, effect: 'work', category: 'query', reason: 'quick bazel command (info, version, shutdown)', estimate: 1.5 },
  { programs: ['buck2', 'buck'], args: ['build|install'], effect: 'work', category: 'build', reason: 'builds targets', estimate: 120 },
  { programs: ['buck2', 'buck'], args: ['test'], effect: 'work', category: 'test', reason: 'builds and runs tests', estimate: 120 },
  { programs: ['buck2', 'buck'], args: ['run'], effect: 'work', category: 'build', reason: 'builds, then runs a target', estimate: 60 },
  { programs: ['buck2', 'buck'], effect: 'work', category: 'query', reason: 'queries or manages the build daemon', estimate: 3 },
  { programs: ['pants'], args: ['test|package|publish|run'], effect: 'work', category: 'build', reason: 'builds or tests targets', estimate: 120 },
  { programs: ['pants'], args: ['lint|fmt|check|fix|tailor'], effect: 'work', category: 'lint', reason: 'lints or type-checks targets', estimate: 60 },
  { programs: ['pants'], effect: 'work', category: 'query', reason: 'queries the build graph', estimate: 5 },

  // Compilers: a single file compiles in a couple of seconds.
  { programs: COMPILERS, effect: 'work', category: 'build', reason: 'compiles a few source files', estimate: 2 },
  { programs: ['emcc', 'em++'], effect: 'work', category: 'build', reason: 'compiles to WebAssembly', estimate: 4 },
  { programs: ['ccache', 'sccache'], ifFlags: ['--start-server'], effect: 'self-background', category: 'detached', reason: 'starts the cache server in the background', estimate: 0.5 },
  { programs: ['ccache', 'sccache'], effect: 'work', category: 'query', reason: 'cache statistics or a cached compile', estimate: 1 },
  { programs: ['bear', 'compiledb', 'intercept-build', 'scan-build'], effect: 'work', category: 'build', reason: 'wraps a full build', estimate: 60 },
  { programs: ['clang-format', 'astyle', 'uncrustify'], effect: 'work', category: 'lint', reason: 'formats files', estimate: 0.5 },
  { programs: ['clang-tidy', 'cppcheck', 'include-what-you-use', 'iwyu', 'run-clang-tidy', 'run-clang-tidy.py', 'infer', 'flawfinder'], effect: 'work', category: 'lint', reason: 'analyses C/C++ sources (slow per file)', estimate: 30 },
  { programs: ['cpplint', 'cpplint.py'], effect: 'work', category: 'lint', reason: 'lints sources', estimate: 3 },
  { programs: ['conan'], args: ['install|create|build|export-pkg|upload|test'], effect: 'work', category: 'install', reason: 'downloads or builds C/C++ packages', estimate: 60 },
  { programs: ['vcpkg'], args: ['install|upgrade|export'], effect: 'work', category: 'install', reason: 'builds C/C++ packages from source', estimate: 120 },
  { programs: ['conan', 'vcpkg'], effect: 'work', category: 'query', reason: 'package query or profile', estimate: 2 },
  { programs: ['xmake'], args: ['run|r'], effect: 'work', category: 'build', reason: 'builds, then runs the target', estimate: 15 },
  { programs: ['xmake'], args: ['f|config|show|l|lua|create|g|global'], effect: 'work', category: 'query', reason: 'configures or prints settings', estimate: 2 },
  { programs: ['xmake'], effect: 'work', category: 'build', reason: 'builds the project', estimate: 30 },
  { programs: ['qmake', 'premake5', 'premake4', 'gn'], effect: 'work', category: 'build', reason: 'generates build files', estimate: 2 },

  // Debuggers and profilers: interactive unless told to run a batch.
  { programs: ['gdb', 'gdb-multiarch', 'cuda-gdb'], ifFlags: ['-batch', '--batch', '-batch-silent', '--batch-silent'], effect: 'work', category: 'script', reason: 'runs gdb commands and exits', estimate: 3 },
  { programs: ['gdb', 'gdb-multiarch', 'cuda-gdb'], effect: 'interactive', category: 'repl', reason: 'gdb opens an interactive prompt', alternative: 'gdb -batch -ex run -ex bt --args PROGRAM ARGS' },
  { programs: ['lldb'], ifFlags: ['--batch', '-b'], effect: 'work', category: 'script', reason: 'runs lldb commands and exits', estimate: 3 },
  { programs: ['lldb'], effect: 'interactive', category: 'repl', reason: 'lldb opens an interactive prompt', alternative: 'lldb --batch -o run -o bt -- PROGRAM ARGS' },
  { programs: ['gdbserver', 'lldb-server', 'openocd', 'JLinkGDBServer'], effect: 'never-ends', category: 'server', reason: 'a debug server waits for a debugger until stopped' },
  { programs: ['perf'], args: ['top'], effect: 'interactive', category: 'pager', reason: 'opens a live full-screen profile', alternative: 'perf record -g -- CMD && perf report --stdio' },
  { programs: ['perf'], args: ['report'], unlessFlags: ['--stdio', '--stdio2', '--header-only'], effect: 'interactive', category: 'pager', reason: 'opens an interactive report browser', alternative: 'perf report --stdio | head -n 100' },
  { programs: ['perf'], args: ['record|trace|stat'], ifFlags: ['-p', '--pid', '-a', '--all-cpus'], noMoreArgs: true, effect: 'never-ends', category: 'other', reason: 'profiles a running process or the system until stopped', alternative: 'perf record -p PID -- sleep 10' },
  { programs: ['perf'], args: ['report|annotate|script|list|diff|archive|evlist|buildid-list|version'], effect: 'work', category: 'query', reason: 'reads a recorded profile', estimate: 2 },
  { programs: ['perf'], effect: 'work', category: 'script', reason: 'profiles a command', estimate: 10 },
  { programs: ['heaptrack'], effect: 'work', category: 'script', reason: 'profiles a command', estimate: 10 },

  // Zig.
  { programs: ['zig'], args: ['build', 'test'], effect: 'work', category: 'test', reason: 'builds and runs the tests', estimate: 30 },
  { programs: ['zig'], args: ['build', 'run'], effect: 'work', category: 'build', reason: 'builds, then runs the program', estimate: 30 },
  { programs: ['zig'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the project', estimate: 30 },
  { programs: ['zig'], args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs tests', estimate: 10 },
  { programs: ['zig'], args: ['run|cc|c++|build-exe|build-lib|build-obj|translate-c'], effect: 'work', category: 'build', reason: 'compiles a few files', estimate: 3 },
  { programs: ['zig'], effect: 'work', category: 'query', reason: 'quick zig command (fmt, env, version, targets, init)', estimate: 0.5 },

  // Embedded toolchains.
  // ESP flashing over serial and ESPHome firmware (PlatformIO underneath).
  { programs: ['esptool', 'esptool.py'], args: ['write_flash|write-flash|read_flash|read-flash|erase_flash|erase-flash|erase_region|erase-region|verify_flash|verify-flash'], effect: 'work', category: 'build', reason: 'writes, reads or erases the device flash over serial', estimate: 30 },
  { programs: ['esptool', 'esptool.py'], effect: 'work', category: 'query', reason: 'talks to the chip over serial', estimate: 2 },
  { programs: ['esphome'], args: ['logs|dashboard'], effect: 'never-ends', category: 'follow', reason: 'follows the device logs or serves the dashboard until stopped' },
  { programs: ['esphome'], args: ['run'], unlessFlags: ['--no-logs'], effect: 'never-ends', category: 'follow', reason: 'compiles, uploads, then follows the device logs until stopped', alternative: 'esphome run --no-logs FILE' },
  { programs: ['esphome'], args: ['compile|run|upload|clean-all'], effect: 'work', category: 'build', reason: 'compiles (and uploads) firmware with PlatformIO', estimate: 120 },
  { programs: ['esphome'], effect: 'work', category: 'query', reason: 'checks or prints the configuration', estimate: 3 },
  { programs: ['pio', 'platformio'], args: ['device', 'monitor'], effect: 'never-ends', category: 'follow', reason: 'the serial monitor runs until stopped' },
  { programs: ['pio', 'platformio'], args: ['run|test|check|debug|remote'], effect: 'work', category: 'build', reason: 'builds (and uploads) firmware', estimate: 60 },
  { programs: ['pio', 'platformio'], args: ['pkg|lib|platform|upgrade|update'], effect: 'work', category: 'install', reason: 'downloads packages', estimate: 30 },
  { programs: ['pio', 'platformio'], effect: 'work', category: 'query', reason: 'quick query', estimate: 1 },
  { programs: ['idf.py'], anyArg: /^monitor$/, effect: 'never-ends', category: 'follow', reason: 'the serial monitor runs until stopped', alternative: 'idf.py build flash' },
  { programs: ['idf.py'], anyArg: /^(menuconfig|confserver)$/, effect: 'interactive', category: 'prompt', reason: 'opens the configuration menu', alternative: 'edit sdkconfig.defaults, then idf.py reconfigure' },
  { programs: ['idf.py'], effect: 'work', category: 'build', reason: 'builds or flashes firmware', estimate: 120 },
  { programs: ['arduino-cli'], args: ['monitor'], effect: 'never-ends', category: 'follow', reason: 'the serial monitor runs until stopped' },
  { programs: ['arduino-cli'], args: ['compile|upload|burn-bootloader'], effect: 'work', category: 'build', reason: 'builds or uploads a sketch', estimate: 30 },
  { programs: ['arduino-cli'], args: ['core|lib|update|upgrade'], anyArg: /^(install|update|upgrade|download)$/, effect: 'work', category: 'install', reason: 'downloads cores or libraries', estimate: 60 },
  { programs: ['arduino-cli'], effect: 'work', category: 'query', reason: 'quick query', estimate: 1 },
  // Instrumentation: the program underneath runs many times slower than usual.
  { programs: ['valgrind'], ifFlags: ['--version', '--help'], effect: 'work', category: 'query', reason: 'prints valgrind information', estimate: 0.2 },
  { programs: ['valgrind'], effect: 'work', category: 'test', reason: 'runs the program 20-50x slower under instrumentation', estimate: 60 },
];
