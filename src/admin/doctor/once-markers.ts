/**
 * The hooks record a problem that repeats on every call (no SQLite binding, a full spool) once,
 * then stay quiet while its marker `<data>/once/<key>` exists (src/runtime/internal-errors.ts).
 * Once doctor sees the problem gone it removes the marker, so a new occurrence is recorded again.
 */
import { forgetRecordedOnce } from '../../runtime/internal-errors.js';
import { MAX_SPOOLED, spooledFiles } from '../../store/spool.js';
import type { Section } from './section.js';

const AGAIN = 'a new failure will be recorded in the error log again';

/** Removes the markers of solved problems, saying so in the section each belongs to. */
export function forgetSolvedProblems(
  env: NodeJS.ProcessEnv,
  solved: { binding: boolean; spoolDir: string },
  sections: { binding: Section; spool: Section },
): void {
  if (solved.binding) {
    const keys = forgetRecordedOnce('binding-', env);
    if (keys.length)
      sections.binding.facts.push(`it loads now: removed the record that it did not (once/${keys.join(', once/')}); ${AGAIN}`);
  }
  if (spooledFiles(solved.spoolDir).length < MAX_SPOOLED) {
    const keys = forgetRecordedOnce('spool-full', env);
    if (keys.length) sections.spool.facts.push(`below its limit now: removed the record that it was full (once/spool-full); ${AGAIN}`);
  }
}
