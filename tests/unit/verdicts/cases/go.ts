/**
 * Go: the go command, linters, test runners, live reload, debuggers and profilers. Labels
 * describe what happens when an agent runs the command with no terminal attached. Several rows
 * are real agent calls from the shared corpus, with paths shortened.
 */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  // Tests compile every package first.
  ['go test ./...', 'suggest-background', 'test', 'go test'],
  ['cd service && go test ./...', 'suggest-background', 'test', 'go test'],
  ['go test -v -race ./internal/...', 'suggest-background', 'test'],
  // Named tests of one package are quick, like one pytest node id (labelling.md); several packages or ./... are not.
  ['go test -run TestParse -v ./parser', 'foreground', 'test', 'go test'],
  ['go test ./cmd -run=TestDoctor', 'foreground', 'test'],
  ['go test -run TestX', 'foreground', 'test'],
  ['go test ./internal/server/... -run TestX -v', 'suggest-background', 'test'],
  ['go test -tags property ./internal/build ./internal/watcher -v -run Properties', 'suggest-background', 'test'],
  ['go test -bench=BenchmarkHash -run=^$ ./internal/scanner/', 'suggest-background', 'test'],
  ['go test -count=1 ./... 2>&1 | tail -40', 'suggest-background', 'test'],
  ['go test -bench=. -benchmem ./...', 'suggest-background', 'test'],
  ['go test -run \'^$\' -bench BenchmarkParse ./parser', 'suggest-background', 'test'],
  ['go test -fuzz=FuzzParse -fuzztime=30s ./parser', 'suggest-background', 'test'],
  ['gotestsum --format testname -- -race ./...', 'suggest-background', 'test', 'gotestsum'],
  ['ginkgo -r', 'suggest-background', 'test'],
  ['go build ./... && go test ./...', 'suggest-background', 'test'],

  // Builds, installs, module downloads, code generation.
  ['go build ./...', 'suggest-background', 'build', 'go build'],
  ['cd beads && go build ./... 2>&1', 'suggest-background', 'build'],
  ['go build -o bin/app ./cmd/app', 'suggest-background', 'build', 'go build'],
  ['go vet ./internal/server', 'suggest-background', 'lint', 'go vet'],
  ['go install golang.org/x/vuln/cmd/govulncheck@latest', 'suggest-background', 'install', 'go install'],
  ['go get gopkg.in/yaml.v2', 'suggest-background', 'install', 'go get'],
  ['go mod tidy', 'suggest-background', 'install', 'go mod tidy'],
  ['go mod download', 'suggest-background', 'download', 'go mod download'],
  ['go clean -cache && go mod tidy', 'suggest-background'],
  ['go generate ./...', 'suggest-background', 'build', 'go generate'],
  ['golangci-lint run ./...', 'suggest-background', 'lint', 'golangci-lint run'],
  ['golangci-lint run --fix', 'suggest-background', 'lint'],
  ['staticcheck ./...', 'suggest-background', 'lint'],
  ['govulncheck ./...', 'suggest-background', 'lint'],

  // `go run` compiles first; a named server package runs until stopped.
  ['go run main.go', 'suggest-background', 'build', 'go run'],
  ['go run ./cmd/migrate -dir migrations', 'suggest-background'],
  ['go run ./cmd/server', 'must-background', 'server'],
  ['go run . serve --port 8080', 'must-background', 'server'],

  // Never ends.
  ['air', 'must-background', 'watch', 'air'],
  ['air -c .air.toml', 'must-background', 'watch'],
  ['gotestsum --watch', 'must-background', 'watch'],
  ['ginkgo watch ./...', 'must-background', 'watch'],
  ['go test -fuzz=FuzzParse ./parser', 'must-background'],
  ['go tool pprof -http=:8081 cpu.prof', 'must-background', 'server'],
  ['dlv debug --headless --listen=:2345 --api-version=2 ./cmd/app', 'must-background', 'server'],
  ['hugo server -D', 'must-background', 'server'],

  // Interactive: prompts that wait for a person.
  ['go tool pprof cpu.prof', 'interactive', 'repl'],
  ['go tool pprof http://localhost:6060/debug/pprof/heap', 'interactive', 'repl'],
  ['dlv debug ./cmd/app', 'interactive', 'repl'],
  ['dlv test ./pkg/parser', 'interactive'],

  // Quick look-alikes.
  ['go version', 'foreground', 'query', 'go version'],
  ['go env GOPATH', 'foreground', 'query', 'go env'],
  ['go env -w GOPRIVATE=github.com/acme/*', 'foreground'],
  ['go list -deps ./... 2>/dev/null | grep internal | sort', 'foreground', 'query', 'go list'],
  ['go list -m all', 'foreground'],
  ['go doc ./internal/build', 'foreground'],
  ['go fmt ./...', 'foreground'],
  ['gofmt -l .', 'foreground'],
  ['goimports -w main.go', 'foreground'],
  ['go mod init github.com/acme/tool', 'foreground'],
  ['go tool pprof -top cpu.prof', 'foreground'],
  ['go tool cover -html=coverage.out -o coverage.html', 'foreground'],
  ['golangci-lint --version', 'foreground'],
  ['dlv version', 'foreground'],
  ['air init', 'foreground'],
  ['sqlc generate', 'foreground'],
  ['hugo', 'foreground'],
];
