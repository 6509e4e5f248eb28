/**
 * The parser and combiner: pipes, lists, groups, nested scripts, prefixes, heredocs, comments,
 * continuations, quoting, substitutions, `&`, loops. Each row is labelled by what running the
 * whole command really does; the programs inside are ones whose verdict alone is clear.
 */
import type { VerdictCase } from '../case.js';

/** Multi-line commands read better as one line per element. */
const lines = (...l: string[]): string => l.join('\n');

export const CASES: readonly VerdictCase[] = [
  // Pipelines: the slowest stage decides.
  ['npm test 2>&1 | tail -20', 'suggest-background', 'test', 'npm test'],
  ['npm run build 2>&1 | grep -E "error|warning" | head -20', 'suggest-background', 'build'],
  ['cat package.json | jq .scripts', 'foreground'],
  ['ps aux | grep "next dev" | grep -v grep', 'foreground'],
  ['git log --oneline | head -5', 'foreground'],
  ['npm run dev | tee dev.log', 'must-background', 'server'],
  ['FORCE_COLOR=0 npx jest --ci 2>&1 | tee test.log | tail -20', 'suggest-background', 'test'],

  // And-or lists and `;`: the most significant part decides.
  ['cd app && npm test', 'suggest-background', 'test', 'npm test'],
  ['npm ci && npm run dev', 'must-background', 'server', 'npm run dev'],
  ['npm run build && npm start', 'must-background', 'server'],
  ['npm install; npm run dev', 'must-background', 'server'],
  ['npm run build && npm run preview', 'must-background', 'server'],
  ['npm run lint || true', 'suggest-background', 'lint'],
  ['npm test || echo "tests failed"', 'suggest-background', 'test'],
  ['mkdir -p dist; npm run build; ls dist', 'suggest-background', 'build'],
  ['git add -A && git commit -m "fix: bump deps" && git status --short', 'foreground'],
  ['cd packages/web && ls', 'state-change'],
  ['export NODE_ENV=test && npm test', 'suggest-background', 'test'],
  ['echo done && exit 0', 'foreground'],
  // Trivial steps do not add up to a slow command.
  ['echo "=== A ===" && ls && echo "=== B ===" && git status --short && echo "=== C ===" && git log --oneline -3', 'foreground'],
  ['[ -d node_modules ] || npm install', 'suggest-background', 'install'],
  ['test -f .env && source .env', 'state-change'],
  ['if [ -f package-lock.json ]; then npm ci; else npm install; fi', 'suggest-background', 'install'],

  // Subshells and brace groups.
  ['(cd frontend && npm run build)', 'suggest-background', 'build'],
  ['( npm test )', 'suggest-background', 'test'],
  ['{ npm run build; npm test; } 2>&1 | tee build.log', 'suggest-background'],
  ['{ echo start; npm run dev; }', 'must-background', 'server'],
  ['time (npm ci && npm run build)', 'suggest-background'],
  ['echo $((1 + 2))', 'foreground'],

  // Scripts in strings: `bash -c`, `sh -c`, `eval`.
  ['bash -c "npm run dev"', 'must-background', 'server', 'npm run dev'],
  ["sh -c 'cd app && npm test'", 'suggest-background', 'test'],
  ['bash -c \'echo "npm run dev"\'', 'foreground'],
  ['eval "npm run build"', 'suggest-background', 'build'],
  ['bash -lc "cd /app && npm run build 2>&1 | tail -5"', 'suggest-background', 'build'],
  ["sudo sh -c 'apt-get update && apt-get install -y nginx'", 'suggest-background', 'install'],
  ['bash -c "sh -c \'npm run dev\'"', 'must-background', 'server'],
  ['bash -c "echo \'tail -f is a follower\'"', 'foreground'],
  ["ls packages | xargs -I{} sh -c 'cd packages/{} && npm run build'", 'suggest-background', 'build'],
  // The bound of `timeout` applies to everything the nested shell runs.
  ["timeout 3 sh -c 'npm run dev'", 'foreground'],

  // Prefixes are unwrapped.
  ['NODE_ENV=production npm run build', 'suggest-background', 'build', 'npm run build'],
  ['NODE_OPTIONS=--max-old-space-size=4096 npm run build', 'suggest-background', 'build'],
  ['env CI=1 npm test', 'suggest-background', 'test', 'npm test'],
  ['env -u NODE_OPTIONS A=1 npm run dev', 'must-background', 'server'],
  ['cross-env NODE_ENV=test jest', 'suggest-background', 'test'],
  ['sudo -u www-data npm run build', 'suggest-background', 'build'],
  ['sudo npm install -g typescript', 'suggest-background', 'install'],
  ['time npm run build', 'suggest-background', 'build', 'npm run build'],
  ['timeout 30 npm run dev', 'suggest-background'],
  ['timeout 3 tail -f app.log', 'foreground'],
  ['nice -n 10 npm run build', 'suggest-background', 'build'],
  ['command npm test', 'suggest-background', 'test'],
  ['command -v npm', 'foreground'],
  ['exec npm start', 'must-background', 'server'],
  ['find . -name "*.test.ts" | xargs npx jest', 'suggest-background', 'test'],
  ['npx jest --ci', 'suggest-background', 'test', 'jest'],
  ['pnpm exec vitest run --coverage', 'suggest-background', 'test'],
  ['uv run pytest -x', 'suggest-background', 'test'],
  ['poetry run pytest tests/', 'suggest-background', 'test'],
  ['uv run python -m http.server 8000', 'must-background', 'server'],
  ['bundle exec rspec spec/models', 'suggest-background', 'test'],
  ['bundle exec rails server -p 3000', 'must-background', 'server'],
  ['dotenv -e .env.local -- npm run dev', 'must-background', 'server'],
  // The binary after the runner's own options, not an earlier word that happens to match it.
  ['pnpm --filter vite vite build', 'suggest-background', 'build', 'vite build'],

  // `cd DIR && …` keeps the directory and the slow part.
  ['cd /Users/me/proj && npm install', 'suggest-background', 'install'],
  ['cd frontend && npm run dev', 'must-background', 'server'],
  ['cd "C:/Users/Oliver Productions/Desktop/livestream-copilot" && pnpm install 2>&1 | head -80', 'suggest-background', 'install'],
  ['cd apps/web && timeout 120 pnpm build 2>&1 | grep -A 20 "Creating an optimized"', 'suggest-background', 'build'],
  ['cd $(git rev-parse --show-toplevel) && npm test', 'suggest-background', 'test'],

  // Heredocs: bodies are data unless a shell or interpreter reads them.
  [lines('cat <<EOF > notes.txt', 'npm run dev', 'EOF', 'npm test'), 'suggest-background', 'test'],
  [lines("bash <<'EOF'", 'cd app', 'npm run dev', 'EOF'), 'must-background', 'server'],
  [lines('sh <<EOF', 'npm ci', 'npm run build', 'EOF'), 'suggest-background'],
  [lines("bash -s <<'EOF'", 'sleep infinity', 'EOF'), 'must-background'],
  // A heredoc after a group feeds the group: python3 reads it, no REPL waits.
  [lines("{ python3; } <<'EOF'", 'print(1)', 'EOF'), 'foreground'],
  // `bash -s ARGS` reads its script from stdin: the arguments are not a script to run.
  [lines("bash -s deploy <<'EOF'", 'npm run build', 'EOF'), 'suggest-background', 'build'],
  [lines("python - <<'PY'", 'import json', 'print(json.dumps({"a": 1}))', 'PY'), 'foreground'],
  [lines("node <<'JS'", 'console.log(process.versions)', 'JS'), 'foreground'],
  [lines('cat <<-EOF', '\tnpm run dev', '\tEOF'), 'foreground'],
  [
    lines(
      `git commit -m "$(cat <<'EOF'`,
      'fix: run npm test && deploy',
      '',
      'Co-Authored-By: Claude <noreply@anthropic.com>',
      'EOF',
      ')"',
    ),
    'foreground',
  ],
  [
    lines(
      "cat > next.config.ts << 'EOF'",
      'import type { NextConfig } from "next";',
      'const nextConfig: NextConfig = {};',
      'export default nextConfig;',
      'EOF',
    ),
    'foreground',
  ],
  [lines("cat > hook.py << 'EOF'", '#!/usr/bin/env python3', 'import sys', 'sys.exit(0)', 'EOF', 'chmod +x hook.py'), 'foreground'],
  [lines("cat > run.sh <<'EOF'", 'npm run dev', 'EOF', 'bash run.sh &'), 'already-background'],
  // Claude Code's usual commit and PR pattern; the Markdown in the body is text.
  [lines(`git commit -m "$(cat <<'EOF'`, 'feat: add dev server', '', 'Run `npm run dev` to start it.', 'EOF', ')"'), 'foreground'],
  [lines(`gh pr create --title "Add CI" --body "$(cat <<'EOF'`, '## Test plan', '```bash', 'npm test', '```', 'EOF', ')"'), 'foreground'],

  // Several lines, comments, continuations.
  [lines('npm ci', 'npm run build', 'npm test'), 'suggest-background'],
  [lines('cd app', 'npm run dev'), 'must-background', 'server'],
  [lines('# run tests', 'npm test'), 'suggest-background', 'test'],
  [lines('# npm run dev', 'ls -la'), 'foreground'],
  ['npm run build # then deploy', 'suggest-background', 'build'],
  ['echo "# not a comment" && npm test', 'suggest-background', 'test'],
  [lines('npm test \\', '  -- --coverage'), 'suggest-background', 'test'],
  [lines('npx jest \\', '  --watch'), 'must-background', 'watch'],
  [lines('npm run \\', '  dev'), 'must-background', 'server'],
  [lines('npm run build &&', 'npm start'), 'must-background', 'server'],
  [lines('npm run dev 2>&1 &', 'sleep 2', 'jobs -l'), 'already-background'],

  // Quoted text is not a command.
  ['echo "npm run dev"', 'foreground'],
  ['git commit -m "run npm test && deploy"', 'foreground'],
  ['grep -r "tail -f" .', 'foreground'],
  ['grep -rn "npm run dev" docs/ README.md', 'foreground'],
  ["echo 'sleep infinity' > run.sh", 'foreground'],
  ['echo "it\'s fine; npm test"', 'foreground'],
  ["sed -i 's/npm run dev/npm run start/' README.md", 'foreground'],
  ["git commit -m 'chore: stop using \"npm start\" in docs'", 'foreground'],
  ['echo "vim; less; top"', 'foreground'],
  // Backquotes inside single quotes, or escaped in double quotes, are literal text.
  ["git commit -m 'docs: explain `npm run dev` in README'", 'foreground'],
  ["gh pr create --title 'Add dev script' --body 'Run `npm run dev` to start'", 'foreground'],
  ['git commit -m "docs: explain \\`npm run dev\\`"', 'foreground'],
  ['echo "unterminated', 'foreground'],

  // Command substitutions run before the command around them.
  ['echo "Build took $(npm run build 2>&1 | tail -1)"', 'suggest-background', 'build'],
  ['result=$(npm test 2>&1); echo "$result" | tail -5', 'suggest-background', 'test'],
  ['echo `npm run build`', 'suggest-background', 'build'],
  ['kill $(lsof -ti:3000)', 'foreground'],
  ['export VERSION=$(node -p "require(\'./package.json\').version")', 'state-change'],
  ['diff <(npm ls --all) <(cat deps.txt)', 'foreground'],

  // `&`: what runs in the background no longer blocks.
  ['npm run dev &', 'already-background', 'server'],
  ['npm run build &', 'already-background'],
  ['npm run dev -- --port 3001 &', 'already-background'],
  ['node server.js > server.log 2>&1 &', 'already-background'],
  ['npm run dev &> dev.log &', 'already-background'],
  ['nohup npm run dev > dev.log 2>&1 &', 'already-background', 'server'],
  ['setsid -f npm run dev > dev.log 2>&1', 'already-background'],
  ['(npm run dev &)', 'already-background'],
  ['cd frontend && npm run dev &', 'already-background'],
  ['npm run dev && echo started &', 'already-background'],
  ['npm run dev & sleep 3 && curl -s localhost:3000', 'already-background'],
  ['(npm run dev &) ; sleep 3; curl -s localhost:3000', 'already-background'],
  [': > dev.log && npm run dev >> dev.log 2>&1 &', 'already-background'],
  ['lsof -ti:2004 | xargs kill -9 2>/dev/null; sleep 1; node server-supabase.js &', 'already-background'],
  ['pkill -f "vercel dev" 2>/dev/null; sleep 2; set -a && source .env.local && set +a && npx vercel dev --listen 3000 2>&1 &', 'already-background'],
  // Without `&`, nohup still blocks.
  ['nohup npm run dev > dev.log 2>&1', 'must-background', 'server'],
  // `wait` waits for the background jobs, so the command lasts as long as they do.
  ['npm test & npm run lint & wait', 'suggest-background'],
  ['(cd api && npm start) & (cd web && npm run dev) & wait', 'must-background'],

  // Loops.
  ['while true; do curl -s localhost:3000/health; sleep 5; done', 'must-background'],
  [lines('while true; do', '  npm test', '  sleep 60', 'done &'), 'already-background'],
  ['until false; do sleep 10; done', 'must-background'],
  ["bash -c 'while :; do curl -s localhost:8080; sleep 2; done'", 'must-background'],
  // A loop written in quoted text is text, not a loop.
  ['git commit -m "fix: while true; do retry; done no longer spins"', 'foreground', 'vcs'],
  ['echo "while true; do x; done"', 'foreground'],
  ['for pkg in packages/*; do (cd "$pkg" && npm run build); done', 'suggest-background', 'build'],
  ['for i in 1 2 3; do npm test || break; done', 'suggest-background', 'test'],
  ['for f in *.json; do jq . "$f" > /dev/null; done', 'foreground'],
  [lines('for pr in 25 26 27; do', '  echo "=== PR #$pr ==="', '  gh pr checks $pr 2>/dev/null | head -8', 'done'), 'foreground'],
  // `read` in a loop reads the redirected file or pipe, not the terminal.
  ['while read -r line; do echo "$line"; done < files.txt', 'foreground'],
  ['cat files.txt | while read f; do wc -l "$f"; done', 'foreground'],
  ['serve() { npm run dev; }; serve', 'must-background'],
];
