/**
 * The data directory: every hook writes its database, spool, error log and once-markers there;
 * when it cannot (data-dir-state.ts says which way), events go to the fallback spool, and this
 * section says so.
 */
import { dataDirState } from '../data-dir-state.js';
import { section, type Section } from './section.js';

/** Which setting chose the directory, for the fact line and the fix. */
function chosenBy(env: NodeJS.ProcessEnv): string {
  if (env.BGTELEMETRY_HOME) return 'BGTELEMETRY_HOME';
  return env.CLAUDE_CONFIG_DIR ? 'CLAUDE_CONFIG_DIR/bgtelemetry' : '~/.claude/bgtelemetry';
}

export interface DataDirCheck {
  section: Section;
  usable: boolean;
}

export function checkDataDir(env: NodeJS.ProcessEnv): DataDirCheck {
  const s = section('Data directory');
  const state = dataDirState(env);
  s.facts.push(`${state.dir} (${chosenBy(env)})`);
  if (state.problem) {
    s.problems.push({
      text: `${state.problem.text}; the hooks cannot record there (events go to the fallback spool, below)`,
      fix: state.problem.fix,
    });
  } else s.facts.push(state.exists ? 'writable by this user' : 'not created yet: the first hook run creates it');
  return { section: s, usable: state.problem === null };
}
