/**
 * AI coding agents' command lines (Claude Code, Codex, Gemini CLI, aider, …): a one-shot prompt
 * runs model calls and tools for tens of seconds to minutes; without one they open a session
 * that waits for a person. Their management subcommands are quick. Order matters.
 */
import type { CatalogueEntry } from './entry.js';

/** One-shot forms: a prompt on the command line, the answer on stdout, then exit. */
const ONE_SHOT = ['-p', '--print', '--prompt'];

export const AGENTS_ROWS: readonly CatalogueEntry[] = [
  { programs: ['claude'], args: ['mcp', 'serve'], effect: 'never-ends', category: 'server', reason: 'serves MCP over stdio until stopped' },
  { programs: ['claude'], args: ['mcp|config|plugin|agents|doctor'], effect: 'work', category: 'query', reason: 'manages Claude Code configuration', estimate: 2 },
  { programs: ['claude'], args: ['update|install|migrate-installer'], effect: 'work', category: 'install', reason: 'downloads and installs Claude Code', estimate: 20 },
  { programs: ['claude'], args: ['setup-token|login'], effect: 'interactive', category: 'prompt', reason: 'waits for a login in the browser', alternative: 'set ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN' },
  { programs: ['gemini', 'qwen'], args: ['mcp|extensions'], effect: 'work', category: 'query', reason: 'manages the CLI configuration', estimate: 2 },
  { programs: ['claude', 'gemini', 'qwen', 'cursor-agent'], ifFlags: ONE_SHOT, effect: 'work', category: 'script', reason: 'runs an agent turn: model calls and tools, often minutes', estimate: 60 },
  { programs: ['codex'], args: ['exec|e'], effect: 'work', category: 'script', reason: 'runs an agent turn: model calls and tools, often minutes', estimate: 60 },
  { programs: ['codex'], args: ['login'], effect: 'interactive', category: 'prompt', reason: 'waits for a login in the browser', alternative: 'codex login --with-api-key < key file' },
  { programs: ['codex'], args: ['mcp|completion|apply|a|logout'], effect: 'work', category: 'query', reason: 'manages Codex configuration', estimate: 2 },
  { programs: ['aider'], ifFlags: ['-m', '--message', '--message-file', '-f'], effect: 'work', category: 'script', reason: 'runs an agent turn: model calls and edits, often minutes', estimate: 60 },
  { programs: ['opencode', 'goose', 'crush'], args: ['run'], effect: 'work', category: 'script', reason: 'runs an agent turn: model calls and tools, often minutes', estimate: 60 },
  // Anything else opens an interactive session (a prompt as a positional word starts one too).
  { programs: ['claude', 'codex', 'gemini', 'qwen', 'cursor-agent', 'aider', 'opencode', 'goose', 'crush'], effect: 'interactive', category: 'repl', reason: 'opens an interactive agent session that waits for input', alternative: 'the one-shot form: claude -p "…", codex exec "…", gemini -p "…"' },
];
