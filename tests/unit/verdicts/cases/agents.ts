import type { VerdictCase } from '../case.js';

/** AI coding agents' command lines, and other rows added from the agents' own Bash calls. */
export const CASES: readonly VerdictCase[] = [
  ['claude -p "summarise the repository"', 'suggest-background', 'script'],
  ["claude --print 'list the failing tests' --output-format json", 'suggest-background', 'script'],
  ['claude', 'interactive', 'repl'],
  ['claude --resume', 'interactive', 'repl'],
  ['claude "fix the build"', 'interactive', 'repl'],
  ['echo "fix the build" | claude -p', 'suggest-background', 'script'],
  ['claude mcp list', 'foreground', 'query'],
  ['claude mcp add teamwork -- npx teamwork-mcp', 'foreground', 'query'],
  ['claude mcp serve', 'must-background', 'server'],
  ['claude update', 'suggest-background', 'install'],
  ['claude --version', 'foreground'],
  ['codex exec "make the tests pass"', 'suggest-background', 'script'],
  ['codex', 'interactive', 'repl'],
  ['codex login', 'interactive', 'prompt'],
  ["gemini -p 'explain src/main.ts'", 'suggest-background', 'script'],
  ['gemini', 'interactive', 'repl'],
  ['gemini mcp list', 'foreground', 'query'],
  ["aider --message 'add a test' src/app.py", 'suggest-background', 'script'],
  ['aider src/app.py', 'interactive', 'repl'],
  ['opencode run "fix lint"', 'suggest-background', 'script'],
  // sshpass is a prefix: the command is what ssh, scp or rsync runs.
  ["sshpass -p secret ssh -o StrictHostKeyChecking=no root@10.0.0.2 'uptime'", 'foreground', 'remote'],
  ['sshpass -f ~/.pw rsync -avz ./dist/ deploy@host:/srv/app/', 'suggest-background'],
  // Embedded: flashing and ESPHome.
  ['esptool --chip esp32s3 --port /dev/cu.usbmodem2101 --baud 460800 write_flash -z 0x0 fw.bin', 'suggest-background', 'build'],
  ['esptool.py --port /dev/ttyUSB0 chip_id', 'foreground', 'query'],
  ['esphome compile node.yaml 2>&1 | tail -30', 'suggest-background', 'build'],
  ['esphome run node.yaml', 'must-background', 'follow'],
  ['esphome run node.yaml --no-logs', 'suggest-background', 'build'],
  ['esphome logs node.yaml --device /dev/ttyUSB0 2>&1 | head -60', 'must-background', 'follow'],
  ['esphome config node.yaml', 'foreground', 'query'],
  // macOS unified logging.
  ["log stream --predicate 'process == \"g3\"'", 'must-background', 'follow'],
  ["log show --predicate 'process == \"g3\"' --last 2m --style compact 2>&1 | tail -20", 'foreground', 'query'],
  // Cloud CLIs: browser logins wait; dev servers never end.
  ['wrangler login', 'interactive', 'prompt'],
  ['vercel login', 'interactive', 'prompt'],
  ['supabase login --token sbp_x', 'foreground'],
  ['wrangler pages dev ./dist', 'must-background', 'server'],
  ['npx convex dev', 'must-background', 'server'],
  ['npx convex dev --once', 'foreground'],
  ["npx convex deploy --cmd 'npm run build'", 'suggest-background', 'infra'],
  ['vercel logs app.vercel.app --follow', 'must-background', 'follow'],
];
