/**
 * The data directory: every hook writes its database, spool, error log and once-markers there, so
 * one this user cannot write, or cannot create, leaves nothing recorded anywhere, not even an
 * error saying so.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../../runtime/paths.js';
import { shellQuote } from '../quote.js';
import { section, type Section } from './section.js';

/** What the hooks create inside it, checked when present. */
const INSIDE = ['spool', 'once', 'errors.log'];

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | (statSync(path).isDirectory() ? constants.X_OK : 0));
    return true;
  } catch {
    return false;
  }
}

/** Which setting chose the directory, for the fact line and the fix. */
function chosenBy(env: NodeJS.ProcessEnv): string {
  if (env.BGTELEMETRY_HOME) return 'BGTELEMETRY_HOME';
  return env.CLAUDE_CONFIG_DIR ? 'CLAUDE_CONFIG_DIR/bgtelemetry' : '~/.claude/bgtelemetry';
}

/** The nearest ancestor that exists (a file, possibly). */
function existingAncestor(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

export function checkDataDir(env: NodeJS.ProcessEnv): Section {
  const s = section('Data directory');
  const dir = dataDir(env);
  s.facts.push(`${dir} (${chosenBy(env)})`);
  const nothingRecorded = 'the hooks can record nothing, not even an error';
  const elsewhere = 'or point BGTELEMETRY_HOME at a directory you can write';
  if (!existsSync(dir)) {
    const ancestor = existingAncestor(dir);
    if (!statSync(ancestor).isDirectory()) {
      s.problems.push({
        text: `${dir} cannot be created: ${ancestor} is a file, not a directory; ${nothingRecorded}`,
        fix: `move that file aside, ${elsewhere}`,
      });
    } else if (!writable(ancestor)) {
      s.problems.push({
        text: `${dir} cannot be created: ${ancestor} is not writable by this user; ${nothingRecorded}`,
        fix: `create it as this user: mkdir -p -m 700 ${shellQuote(dir)} (as its owner, or with sudo and then chown), ${elsewhere}`,
      });
    } else s.facts.push('not created yet: the first hook run creates it');
    return s;
  }
  if (!statSync(dir).isDirectory()) {
    s.problems.push({ text: `${dir} is a file, not a directory; ${nothingRecorded}`, fix: `move it aside, ${elsewhere}` });
    return s;
  }
  const blocked = [dir, ...INSIDE.map((name) => join(dir, name)).filter(existsSync)].filter((p) => !writable(p));
  if (blocked.length) {
    s.problems.push({
      text: `not writable by this user: ${blocked.join(', ')}; ${nothingRecorded}`,
      fix: `make them yours: sudo chown -R "$(id -un)" ${shellQuote(dir)} && chmod 700 ${shellQuote(dir)}, ${elsewhere}`,
    });
  } else s.facts.push('writable by this user');
  return s;
}
