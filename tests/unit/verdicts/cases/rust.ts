/**
 * Rust: cargo, rustup and the build tools around them. Labels describe what happens when an
 * agent runs the command with no terminal attached. Several rows are real agent calls from the
 * shared corpus, with paths shortened.
 */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  // Compilation: tens of seconds on a real workspace, minutes from clean.
  ['cargo build', 'suggest-background', 'build', 'cargo build'],
  ['cargo build --release -p api', 'suggest-background', 'build', 'cargo build'],
  ['cargo build 2>&1 | tail -15', 'suggest-background', 'build'],
  ['cargo check', 'suggest-background', 'typecheck', 'cargo check'],
  ['cd crates/g3-core && cargo check --test code_search_test 2>&1 | head -60', 'suggest-background', 'typecheck'],
  ['cargo clippy --all-targets -- -D warnings', 'suggest-background', 'lint', 'cargo clippy'],
  ['cd crates/core && cargo clippy -- -W clippy::unwrap_used -W clippy::expect_used 2>&1 | head -20', 'suggest-background', 'lint'],
  ['cargo +nightly build', 'suggest-background', 'build'],
  ['cargo doc --no-deps --open', 'suggest-background', 'build', 'cargo doc'],

  // Tests and benchmarks.
  ['cargo test', 'suggest-background', 'test', 'cargo test'],
  ['cargo test --test code_search_test 2>&1 | tail -50', 'suggest-background', 'test', 'cargo test'],
  ['cargo test -p parser -- --nocapture', 'suggest-background', 'test'],
  ['timeout 300 cargo test', 'suggest-background', 'test'],
  ['cargo nextest run', 'suggest-background', 'test', 'cargo nextest'],
  ['cargo bench', 'suggest-background', 'test', 'cargo bench'],
  ['cargo build && cargo test', 'suggest-background', 'test'],
  ['cargo fmt && cargo clippy && cargo test', 'suggest-background', 'test'],

  // `cargo run` compiles first; a server and a CLI cannot be told apart, so it stays a suggestion.
  ['cargo run', 'suggest-background', 'build', 'cargo run'],
  ['RUST_LOG=debug cargo run', 'suggest-background', 'build', 'cargo run'],
  ['cargo run --release --bin server', 'suggest-background', 'build'],

  // Never ends.
  ['cargo watch -x test', 'must-background', 'watch', 'cargo watch'],
  ['cargo watch -x "run -- serve"', 'must-background', 'watch'],
  ['bacon clippy', 'must-background', 'watch'],
  ['trunk serve', 'must-background', 'server', 'trunk serve'],
  ['trunk serve --open', 'must-background', 'server'],
  ['cargo leptos watch', 'must-background', 'server'],
  ['cargo fuzz run parse_input', 'must-background'],
  ['timeout 20 cargo watch -x check', 'suggest-background'],

  // Network: installs, fetches, updates.
  ['cargo install cargo-deny', 'suggest-background', 'install', 'cargo install'],
  ['cargo install --path .', 'suggest-background', 'install'],
  ['cargo fetch', 'suggest-background', 'download', 'cargo fetch'],
  ['cargo update', 'suggest-background', 'install', 'cargo update'],
  ['cargo clean && cargo update', 'suggest-background', 'install'],
  ['rustup update', 'suggest-background', 'install', 'rustup update'],
  ['rustup toolchain install nightly', 'suggest-background', 'install'],
  ['rustup target add wasm32-unknown-unknown', 'suggest-background', 'install'],
  ['wasm-pack build --target web', 'suggest-background', 'build', 'wasm-pack build'],
  ['maturin develop --release', 'suggest-background', 'build'],
  ['sqlx migrate run', 'suggest-background', 'migration', 'sqlx migrate run'],
  ['diesel migration run', 'suggest-background', 'migration'],

  // Quick look-alikes: no compilation.
  ['cargo --help', 'foreground'],
  ['cargo --version && rustc --version', 'foreground'],
  ['cargo -V', 'foreground'],
  ['cargo fmt', 'foreground', 'query', 'cargo fmt'],
  ['cargo fmt --all -- --check', 'foreground'],
  ['cargo +nightly fmt', 'foreground'],
  ['cargo metadata --format-version 1 | grep -A2 kamadak', 'foreground', 'query', 'cargo metadata'],
  ['cargo tree | grep exif', 'foreground', 'query', 'cargo tree'],
  ['cargo tree -i serde -e features', 'foreground'],
  ['cargo search sqlx --limit 1', 'foreground'],
  ['cargo add serde --features derive', 'foreground'],
  ['cargo new hello-cli', 'foreground'],
  ['cargo install --list', 'foreground'],
  ['cargo clean', 'foreground'],
  ['rustup show', 'foreground'],
  ['rustup default stable', 'foreground'],
  ['rustc --version', 'foreground'],
  ['rustc main.rs && ./main', 'foreground'],
  ['rustfmt src/main.rs', 'foreground'],

  // Interactive.
  ['cargo insta review', 'interactive', 'prompt'],
  ['cargo login', 'interactive'],
  ['cargo generate --git https://github.com/rustwasm/wasm-pack-template', 'interactive'],
];
