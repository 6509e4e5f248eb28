/** Recordings shipped inside the CLI bundle, so the demo needs nothing outside the package. */
import demoSession from './recordings/demo-session.jsonl';
import captured20 from './recordings/claude-code-2.0.77.hooks.jsonl';
import captured21 from './recordings/claude-code-2.1.197.hooks.jsonl';

export const RECORDINGS: Readonly<Record<string, { title: string; text: string }>> = {
  demo: {
    title: 'a composed session in Claude Code 2.1.197 payload format: installs, tests, a dev server, a bare git commit',
    text: demoSession,
  },
  'claude-code-2.1.197': { title: 'hook payloads captured from a real Claude Code 2.1.197 session', text: captured21 },
  'claude-code-2.0.77': { title: 'hook payloads captured from a real Claude Code 2.0.77 session', text: captured20 },
};
