/** Go: the go command, linters, test runners, live-reload tools, debuggers and profilers. Order matters. */
import type { CatalogueEntry } from './entry.js';

/** pprof report modes that print or write a report and exit instead of opening the prompt. */
const PPROF_REPORTS = ['-top', '-text', '-list', '-peek', '-tree', '-traces', '-raw', '-disasm', '-svg', '-png', '-pdf', '-gif', '-dot', '-proto', '-callgrind', '-web', '-weblist', '-output', '-o'];
/** `go run ./cmd/server`, `go run . serve`: the program name gives a server away. */
const SERVER_PACKAGE = /^(\.\/)?(cmd\/)?[\w-]*(server|serve|daemon)\/?$|^(serve|server|start)$/;

export const GO_ROWS: readonly CatalogueEntry[] = [
  // Tests: fuzzing has no end of its own; benchmarks run long.
  { programs: ['go'], args: ['test'], ifFlags: ['-fuzz'], unlessFlags: ['-fuzztime'], effect: 'never-ends', category: 'test', reason: 'go test -fuzz runs until a failure or until stopped', alternative: 'add -fuzztime=30s' },
  { programs: ['go'], args: ['test'], ifFlags: ['-bench'], effect: 'work', category: 'test', reason: 'compiles and runs benchmarks', estimate: 120 },
  // One package's tests narrowed by -run (`go test ./cmd -run TestDoctor`): one test binary,
  // usually from the build cache, and the named tests: seconds, like one pytest node id.
  { programs: ['go'], args: ['test'], ifFlags: ['-run'], noArg: /\.\.\.$|^all$|^std$/, maxArgs: 1, effect: 'work', category: 'test', reason: 'runs the named tests of one package', estimate: 4 },
  { programs: ['go'], args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs the tests', estimate: 30 },

  // Compilation and dependencies.
  { programs: ['go'], args: ['run'], anyArg: SERVER_PACKAGE, effect: 'never-ends', category: 'server', reason: 'runs a server package until stopped' },
  // `go run` of a CLI and of a server look alike; compile time makes it worth backgrounding.
  { programs: ['go'], args: ['run'], effect: 'work', category: 'build', reason: 'compiles, then runs the program', estimate: 5 },
  { programs: ['go'], args: ['build'], effect: 'work', category: 'build', reason: 'compiles the packages', estimate: 20 },
  { programs: ['go'], args: ['install'], effect: 'work', category: 'install', reason: 'downloads and compiles a binary', estimate: 20 },
  { programs: ['go'], args: ['vet'], effect: 'work', category: 'lint', reason: 'compiles and vets the packages', estimate: 15 },
  { programs: ['go'], args: ['generate'], effect: 'work', category: 'build', reason: 'runs code generators', estimate: 15 },
  { programs: ['go'], args: ['get'], effect: 'work', category: 'install', reason: 'downloads modules and updates go.mod', estimate: 10 },
  { programs: ['go'], args: ['mod', 'download'], effect: 'work', category: 'download', reason: 'downloads every module', estimate: 20 },
  { programs: ['go'], args: ['mod', 'tidy|vendor|verify'], effect: 'work', category: 'install', reason: 'resolves and may download modules', estimate: 10 },
  { programs: ['go'], args: ['mod'], effect: 'work', category: 'query', reason: 'edits or inspects go.mod', estimate: 1 },
  { programs: ['go'], args: ['work', 'sync|vendor'], effect: 'work', category: 'install', reason: 'resolves workspace modules', estimate: 10 },
  { programs: ['go'], args: ['list'], ifFlags: ['-u'], effect: 'work', category: 'query', reason: 'asks the module proxy for newer versions', estimate: 10 },
  { programs: ['go'], args: ['list'], effect: 'work', category: 'query', reason: 'loads package metadata', estimate: 3 },
  { programs: ['go'], args: ['clean'], ifFlags: ['-modcache', '-cache', '-testcache', '-fuzzcache'], effect: 'work', category: 'other', reason: 'deletes a build or module cache', estimate: 4 },

  // Profiling and tracing tools.
  { programs: ['go'], args: ['tool', 'pprof'], ifFlags: ['-http'], effect: 'never-ends', category: 'server', reason: 'serves the pprof web UI until stopped', alternative: 'go tool pprof -top FILE' },
  { programs: ['go'], args: ['tool', 'pprof'], ifFlags: PPROF_REPORTS, effect: 'work', category: 'query', reason: 'prints or writes a profile report', estimate: 3 },
  { programs: ['go'], args: ['tool', 'pprof'], effect: 'interactive', category: 'repl', reason: 'opens the interactive pprof prompt', alternative: 'go tool pprof -top FILE (or -list FUNC, -svg)' },
  { programs: ['pprof'], ifFlags: ['-http'], effect: 'never-ends', category: 'server', reason: 'serves the pprof web UI until stopped', alternative: 'pprof -top FILE' },
  { programs: ['pprof'], ifFlags: PPROF_REPORTS, effect: 'work', category: 'query', reason: 'prints or writes a profile report', estimate: 3 },
  { programs: ['pprof'], effect: 'interactive', category: 'repl', reason: 'opens the interactive pprof prompt', alternative: 'pprof -top FILE' },
  { programs: ['go'], args: ['tool', 'trace'], effect: 'never-ends', category: 'server', reason: 'serves the trace viewer until stopped' },
  { programs: ['go'], args: ['tool'], effect: 'work', category: 'query', reason: 'runs a go tool', estimate: 1 },

  // Everything else in the go command is quick: version, env, doc, fmt, fix, help, telemetry.
  { programs: ['go'], args: ['version|env|doc|fmt|fix|telemetry|work|clean|bug|help'], effect: 'work', category: 'query', reason: 'quick go query', estimate: 0.5 },
  { programs: ['go'], effect: 'work', category: 'query', reason: 'quick go query', estimate: 0.5 },

  // Linters and formatters.
  { programs: ['golangci-lint'], args: ['run'], effect: 'work', category: 'lint', reason: 'type-checks and lints the module', estimate: 30 },
  { programs: ['golangci-lint'], args: ['fmt'], effect: 'work', category: 'lint', reason: 'formats files', estimate: 3 },
  { programs: ['golangci-lint'], effect: 'work', category: 'query', reason: 'golangci-lint query', estimate: 0.5 },
  { programs: ['staticcheck', 'gosec', 'errcheck', 'go-critic', 'gocritic', 'nilaway', 'deadcode'], effect: 'work', category: 'lint', reason: 'type-checks and analyses the packages', estimate: 20 },
  { programs: ['govulncheck'], effect: 'work', category: 'lint', reason: 'downloads the vulnerability database and analyses the packages', estimate: 15 },
  { programs: ['revive', 'ineffassign', 'misspell'], effect: 'work', category: 'lint', reason: 'lints the sources', estimate: 4 },
  { programs: ['gofmt', 'goimports', 'gofumpt', 'golines', 'gci'], effect: 'work', category: 'lint', reason: 'formats files', estimate: 1 },

  // Test runners.
  { programs: ['gotestsum'], ifFlags: ['--watch'], effect: 'never-ends', category: 'watch', reason: 'reruns tests on change and never exits', alternative: 'gotestsum without --watch' },
  { programs: ['gotestsum'], args: ['tool'], effect: 'work', category: 'query', reason: 'post-processes test output', estimate: 1 },
  { programs: ['gotestsum'], effect: 'work', category: 'test', reason: 'compiles and runs the tests', estimate: 30 },
  { programs: ['ginkgo'], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'reruns specs on change and never exits', alternative: 'ginkgo -r' },
  { programs: ['ginkgo'], args: ['bootstrap|generate|outline|unfocus|labels|version'], effect: 'work', category: 'query', reason: 'scaffolds or inspects specs', estimate: 1 },
  { programs: ['ginkgo'], effect: 'work', category: 'test', reason: 'compiles and runs the specs', estimate: 30 },

  // Live reload: never ends.
  { programs: ['air'], args: ['init|version'], effect: 'work', category: 'query', reason: 'writes a config or prints the version', estimate: 0.5 },
  { programs: ['air', 'gow', 'wgo', 'realize', 'fresh', 'gin'], effect: 'never-ends', category: 'watch', reason: 'rebuilds and restarts on change until stopped' },

  // Debugger.
  { programs: ['dlv'], ifFlags: ['--headless'], effect: 'never-ends', category: 'server', reason: 'a headless debug server waits for clients until stopped' },
  { programs: ['dlv'], args: ['version'], effect: 'work', category: 'query', reason: 'prints the version', estimate: 0.2 },
  { programs: ['dlv'], effect: 'interactive', category: 'repl', reason: 'opens the interactive debugger prompt', alternative: 'add log output or a test; or dlv --headless … run in the background' },

  // Generators and release tools.
  { programs: ['templ'], args: ['generate'], ifFlags: ['--watch', '-watch'], effect: 'never-ends', category: 'watch', reason: 'regenerates on change until stopped' },
  { programs: ['templ', 'sqlc', 'mockgen', 'mockery', 'wire', 'stringer', 'oapi-codegen', 'ent', 'gqlgen', 'swag'], effect: 'work', category: 'build', reason: 'generates Go code', estimate: 2 },
  { programs: ['goreleaser'], args: ['check|healthcheck|init|jsonschema'], effect: 'work', category: 'query', reason: 'checks or scaffolds the configuration', estimate: 1 },
  { programs: ['goreleaser'], effect: 'work', category: 'build', reason: 'builds release artifacts for every platform', estimate: 180 },
  { programs: ['ko'], args: ['build|apply|resolve|publish|run'], effect: 'work', category: 'container', reason: 'builds and pushes container images', estimate: 60 },
  { programs: ['mage'], ifFlags: ['-l'], effect: 'work', category: 'query', reason: 'lists targets', estimate: 1 },
  { programs: ['mage'], effect: 'work', category: 'build', reason: 'runs a build target', estimate: 30 },
  { programs: ['hugo'], args: ['server|serve'], effect: 'never-ends', category: 'server', reason: 'hugo server serves and rebuilds until stopped', alternative: 'hugo (one build)' },
  { programs: ['hugo'], effect: 'work', category: 'build', reason: 'builds the site (hugo is fast)', estimate: 3 },
];
