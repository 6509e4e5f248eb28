/**
 * The unified diff `install --dry-run` prints, in the format `diff -u` and `git diff` use, made
 * by the `diff` package (CLI only: no hook reaches this module).
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * The unified diff from `before` to `after` with `context` lines around each change; empty when
 * they are equal. `before === null` is a file that does not exist yet.
 */
export function unifiedDiff(before: string | null, after: string, fromLabel: string, toLabel: string, context = 3): string {
  if (before === after) return '';
  return createTwoFilesPatch(before === null ? '/dev/null' : fromLabel, toLabel, before ?? '', after, undefined, undefined, {
    context,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
