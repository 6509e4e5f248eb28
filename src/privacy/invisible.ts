/**
 * Characters a secret can hide behind. Redaction matches names and values (`Bearer <token>`,
 * `--password x`), and one invisible character inside (a zero-width space, a bidi control, a BOM,
 * a NUL, a terminal escape sequence) keeps a rule from matching while the secret stays whole.
 * They show nothing on a terminal, so the stored command reads the same without them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?)/g;
/** Controls (but tab and newline), format characters, lone surrogates, line and paragraph separators. */
const INVISIBLE = /(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

export function withoutInvisible(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE, '');
}
