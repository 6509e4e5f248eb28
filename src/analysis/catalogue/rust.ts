/** Rust: cargo and its plugins, rustup, rustc, and the wasm/Python/web build tools around them. Order matters. */
import type { CatalogueEntry } from './entry.js';

/** Cargo, estimated for a mid-size workspace with a warm cache: check < clippy < build < test. */
const CARGO_ROWS: readonly CatalogueEntry[] = [
  // Never ends: watchers, dev servers, fuzzers.
  { programs: ['cargo'], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'cargo watch reruns on every change and never exits', alternative: 'run the wrapped command once (cargo test, cargo check)' },
  { programs: ['cargo-watch', 'bacon'], effect: 'never-ends', category: 'watch', reason: 'reruns on every change and never exits', alternative: 'run the check once (cargo check, cargo test)' },
  { programs: ['cargo'], args: ['leptos', 'watch|serve'], effect: 'never-ends', category: 'server', reason: 'a Leptos dev server runs until stopped' },
  { programs: ['cargo'], args: ['tauri', 'dev'], effect: 'never-ends', category: 'server', reason: 'tauri dev keeps the app and watcher running' },
  { programs: ['cargo'], args: ['shuttle', 'run'], effect: 'never-ends', category: 'server', reason: 'runs the service locally until stopped' },
  { programs: ['cargo'], args: ['fuzz', 'run'], unlessFlags: ['-runs', '-max_total_time'], effect: 'never-ends', category: 'test', reason: 'a fuzzer runs until it finds a crash or is stopped', alternative: 'cargo fuzz run TARGET -- -max_total_time=60' },

  // Interactive.
  { programs: ['cargo'], args: ['insta', 'review'], effect: 'interactive', category: 'prompt', reason: 'reviews snapshots one keystroke at a time', alternative: 'cargo insta accept, or cargo insta pending-snapshots' },
  { programs: ['cargo'], args: ['login'], noMoreArgs: true, effect: 'interactive', category: 'prompt', reason: 'asks for a registry token', alternative: 'cargo login TOKEN, or set CARGO_REGISTRY_TOKEN' },
  { programs: ['cargo'], args: ['generate'], unlessFlags: ['--name', '--init', '--silent', '-s'], effect: 'interactive', category: 'prompt', reason: 'cargo generate asks for the project name and template values', alternative: 'cargo generate --name NAME --silent …' },

  // Fast queries and edits: no compilation.
  { programs: ['cargo'], args: ['fmt|tree|metadata|search|add|rm|remove|new|init|locate-project|pkgid|verify-project|read-manifest|owner|yank|version|config|report|help|info|machete|sort|set-version|upgrade|logout'], effect: 'work', category: 'query', reason: 'cargo query or manifest edit: no compilation', estimate: 1.5 },
  { programs: ['cargo'], args: ['clean'], effect: 'work', category: 'other', reason: 'deletes the target directory', estimate: 2 },

  // Compilation: check < clippy < build < test.
  { programs: ['cargo'], args: ['check|c'], effect: 'work', category: 'typecheck', reason: 'type-checks the crate graph', estimate: 20 },
  { programs: ['cargo'], args: ['clippy'], effect: 'work', category: 'lint', reason: 'compiles and lints the crate graph', estimate: 25 },
  { programs: ['cargo'], args: ['build|b'], effect: 'work', category: 'build', reason: 'compiles the crate graph', estimate: 45 },
  { programs: ['cargo'], args: ['nextest'], effect: 'work', category: 'test', reason: 'compiles and runs the test suite', estimate: 60 },
  { programs: ['cargo'], args: ['test|t'], effect: 'work', category: 'test', reason: 'compiles and runs the test suite', estimate: 60 },
  { programs: ['cargo'], args: ['insta', 'test'], ifFlags: ['--review'], effect: 'interactive', category: 'prompt', reason: 'runs the tests, then reviews new snapshots one keystroke at a time', alternative: 'cargo insta test --accept, or cargo insta test then cargo insta pending-snapshots' },
  { programs: ['cargo'], args: ['insta', 'test'], effect: 'work', category: 'test', reason: 'compiles and runs snapshot tests', estimate: 60 },
  { programs: ['cargo'], args: ['llvm-cov|tarpaulin'], effect: 'work', category: 'test', reason: 'runs the test suite with coverage instrumentation', estimate: 120 },
  { programs: ['cargo'], args: ['miri'], effect: 'work', category: 'test', reason: 'interprets the tests under Miri: very slow', estimate: 300 },
  { programs: ['cargo'], args: ['mutants'], effect: 'work', category: 'test', reason: 'reruns the test suite for every mutant', estimate: 900 },
  { programs: ['cargo'], args: ['bench'], effect: 'work', category: 'test', reason: 'compiles in release mode and runs benchmarks', estimate: 120 },
  { programs: ['cargo'], args: ['fuzz'], effect: 'work', category: 'test', reason: 'builds or runs fuzz targets', estimate: 60 },
  // `cargo run` of a server and of a CLI look the same: compile time alone makes it worth backgrounding.
  { programs: ['cargo'], args: ['run|r'], effect: 'work', category: 'build', reason: 'compiles, then runs the binary (may be a server; measured history corrects it)', estimate: 15 },
  { programs: ['cargo'], args: ['install'], ifFlags: ['--list'], effect: 'work', category: 'query', reason: 'lists installed binaries', estimate: 0.5 },
  { programs: ['cargo'], args: ['install|binstall'], effect: 'work', category: 'install', reason: 'downloads and compiles a binary in release mode', estimate: 90 },
  { programs: ['cargo'], args: ['fetch|vendor'], effect: 'work', category: 'download', reason: 'downloads all dependencies', estimate: 15 },
  { programs: ['cargo'], args: ['update|generate-lockfile'], effect: 'work', category: 'install', reason: 'refreshes the registry index and resolves versions', estimate: 10 },
  { programs: ['cargo'], args: ['doc|d|rustdoc'], effect: 'work', category: 'build', reason: 'compiles and documents the crate graph', estimate: 40 },
  // cargo release is a dry run unless --execute, but even that verifies with a full build.
  { programs: ['cargo'], args: ['release|smart-release|workspaces'], effect: 'work', category: 'build', reason: 'bumps versions, verifies with a full build and publishes', estimate: 90 },
  { programs: ['cargo'], args: ['publish'], effect: 'work', category: 'build', reason: 'packages, verifies (full build) and uploads', estimate: 90 },
  { programs: ['cargo'], args: ['package'], effect: 'work', category: 'build', reason: 'packages and verifies with a full build', estimate: 60 },
  { programs: ['cargo'], args: ['audit|deny'], effect: 'work', category: 'lint', reason: 'fetches the advisory database and checks the lockfile', estimate: 5 },
  { programs: ['cargo'], args: ['outdated'], effect: 'work', category: 'query', reason: 'resolves the latest versions of every dependency', estimate: 10 },
  { programs: ['cargo'], args: ['udeps|expand|bloat|flamegraph|semver-checks|hack|careful|zigbuild|xwin|component|auditable|chef|cyclonedx'], effect: 'work', category: 'build', reason: 'compiles the crate graph with an extra tool', estimate: 60 },
  { programs: ['cargo'], args: ['leptos|tauri|dioxus|lambda|shuttle|make|xtask|dist|ndk|apk|sqlx'], effect: 'work', category: 'build', reason: 'a build-tool subcommand that compiles the project', estimate: 60 },
  { programs: ['cargo'], args: ['fix'], effect: 'work', category: 'lint', reason: 'compiles and rewrites code', estimate: 30 },
  // An unknown cargo plugin usually compiles something.
  { programs: ['cargo'], args: ['*'], effect: 'work', category: 'build', reason: 'a cargo subcommand, most of which compile the project', estimate: 20 },
  { programs: ['cargo'], bare: true, effect: 'work', category: 'query', reason: 'prints usage', estimate: 0.2 },
];

/** `cargo +nightly build` is `cargo build` on another toolchain: the same rows, one word later. */
const TOOLCHAIN = /^\+\S+$/;
const withToolchain = (rows: readonly CatalogueEntry[]): CatalogueEntry[] =>
  rows.flatMap((r) => (r.args?.length ? [r, { ...r, args: [TOOLCHAIN, ...r.args] }] : [r]));

export const RUST_ROWS: readonly CatalogueEntry[] = [
  ...withToolchain(CARGO_ROWS),

  // rustup: toolchain downloads are large.
  { programs: ['rustup'], args: ['update|install|upgrade'], effect: 'work', category: 'install', reason: 'downloads and installs toolchains', estimate: 60 },
  { programs: ['rustup'], args: ['toolchain', 'install|add'], effect: 'work', category: 'install', reason: 'downloads and installs a toolchain', estimate: 60 },
  { programs: ['rustup'], args: ['target|component', 'add|install'], effect: 'work', category: 'install', reason: 'downloads a target or component', estimate: 20 },
  { programs: ['rustup'], args: ['self', 'update'], effect: 'work', category: 'install', reason: 'downloads a new rustup', estimate: 10 },
  { programs: ['rustup'], args: ['run'], effect: 'work', category: 'build', reason: 'runs a command on another toolchain', estimate: 20 },
  { programs: ['rustup'], effect: 'work', category: 'query', reason: 'rustup query or setting', estimate: 0.5 },
  { programs: ['rustup-init'], effect: 'work', category: 'install', reason: 'downloads and installs the Rust toolchain', estimate: 60 },

  // Compilers and companion build tools.
  { programs: ['rustc'], ifFlags: ['--print', '--explain'], effect: 'work', category: 'query', reason: 'prints compiler information', estimate: 0.3 },
  { programs: ['rustc'], effect: 'work', category: 'build', reason: 'compiles one crate root', estimate: 2 },
  { programs: ['rustfmt'], effect: 'work', category: 'lint', reason: 'formats files', estimate: 0.5 },
  { programs: ['cross'], args: ['build|test|check|run|clippy|bench|b|t|c|r'], effect: 'work', category: 'build', reason: 'cross-compiles in a container', estimate: 120 },
  { programs: ['wasm-pack'], args: ['build|test|pack|publish'], effect: 'work', category: 'build', reason: 'compiles to WebAssembly and packages it', estimate: 60 },
  { programs: ['wasm-bindgen', 'wasm-opt'], effect: 'work', category: 'build', reason: 'post-processes a wasm module', estimate: 3 },
  { programs: ['trunk'], args: ['serve|watch'], effect: 'never-ends', category: 'server', reason: 'trunk serves and rebuilds until stopped', alternative: 'trunk build' },
  { programs: ['trunk'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the wasm app', estimate: 60 },
  { programs: ['dx', 'dioxus'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'a Dioxus dev server runs until stopped', alternative: 'dx build' },
  { programs: ['dx', 'dioxus'], args: ['build|bundle'], effect: 'work', category: 'build', reason: 'builds the Dioxus app', estimate: 60 },
  { programs: ['maturin'], args: ['new|init'], unlessFlags: ['-b', '--bindings'], effect: 'interactive', category: 'prompt', reason: 'asks which bindings to use', alternative: 'maturin new --bindings pyo3 NAME' },
  { programs: ['maturin'], args: ['new|init|list-python|generate-ci'], effect: 'work', category: 'query', reason: 'scaffolds or prints without compiling', estimate: 1 },
  { programs: ['maturin'], args: ['develop|dev'], effect: 'work', category: 'build', reason: 'compiles the extension and installs it into the virtualenv', estimate: 60 },
  { programs: ['maturin'], args: ['build|publish|upload|sdist'], effect: 'work', category: 'build', reason: 'compiles release wheels', estimate: 90 },
  { programs: ['anchor'], args: ['localnet'], effect: 'never-ends', category: 'server', reason: 'runs a local validator until stopped' },
  { programs: ['anchor'], args: ['build|test|deploy'], effect: 'work', category: 'build', reason: 'compiles Solana programs', estimate: 120 },
  { programs: ['solana-test-validator'], effect: 'never-ends', category: 'server', reason: 'a local validator runs until stopped' },
  { programs: ['sqlx'], args: ['migrate', 'run|revert'], effect: 'work', category: 'migration', reason: 'applies database migrations', estimate: 10 },
  { programs: ['sqlx'], args: ['database', 'create|drop|setup|reset'], effect: 'work', category: 'migration', reason: 'creates or resets the database', estimate: 5 },
  { programs: ['sqlx'], effect: 'work', category: 'query', reason: 'sqlx query or scaffold', estimate: 1 },
  { programs: ['diesel'], args: ['migration', 'run|redo|revert'], effect: 'work', category: 'migration', reason: 'applies database migrations', estimate: 10 },
  { programs: ['diesel'], args: ['setup|database'], effect: 'work', category: 'migration', reason: 'creates the database and runs migrations', estimate: 10 },
  { programs: ['diesel'], effect: 'work', category: 'query', reason: 'diesel query or scaffold', estimate: 1 },
  { programs: ['sea-orm-cli'], args: ['migrate'], effect: 'work', category: 'migration', reason: 'compiles and runs migrations', estimate: 30 },
];
