/**
 * Programs named by a variable: resolved where the command (or the caller) defines it, by
 * conventional name (`$(MAKE)`), or judged from the subcommand when the value is unknown.
 */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  // Defined in the same command.
  ['CARGO=cargo; $CARGO test', 'suggest-background', 'test', 'cargo test'],
  ['export GO=go && $GO vet ./...', 'suggest-background', 'lint', 'go vet'],
  ['PY="python -m"; $PY pytest -q', 'suggest-background', 'test'],
  ['EDITOR_CMD=vim; $EDITOR_CMD notes.txt', 'interactive', 'editor'],
  ['SRV="npm run dev"; $SRV', 'must-background', 'server'],
  // Conventional names.
  ['${CARGO} test', 'suggest-background', 'test', 'cargo test'],
  ['$(GO) vet ./...', 'suggest-background', 'lint', 'go vet'],
  ['$(MAKE) -C docs html', 'suggest-background', 'build'],
  ['$(SPHINXBUILD) -b html $(SOURCEDIR) $(BUILDDIR)', 'suggest-background', 'build'],
  ['${{ env.CARGO }} build --release', 'suggest-background', 'build', 'cargo build'],
  ['$(GO) version', 'foreground'],
  ['$CARGO --version', 'foreground'],
  // Unknown value: a known program after the variable is what runs.
  ['$(uv-run-no-sync) pytest tests/benchmarks', 'suggest-background', 'test'],
  ['$RUNNER mypy src', 'suggest-background', 'typecheck'],
  // Unknown value: judged from the subcommand.
  ['$BUILD_CMD build --locked --release', 'suggest-background', 'build', '$BUILD_CMD build'],
  ['$X test ./...', 'suggest-background', 'test', '$X test'],
  ['${DOCKER} build -t app .', 'suggest-background', 'container'],
  ['$TOOL install', 'suggest-background', 'install'],
  ['$TOOL serve', 'must-background', 'server'],
  ['$TOOL test --watch', 'must-background', 'watch'],
  ['$COMPOSE up', 'must-background', 'container'],
  ['$COMPOSE up -d', 'foreground'],
  ['$TOOL status', 'foreground'],
  ['$TOOL', 'foreground'],
  // A real command substitution still runs its command.
  ['$(npm bin)/jest', 'suggest-background', 'test', 'jest'],
  ['$(pwd)/gradlew build', 'suggest-background', 'build'],
];
