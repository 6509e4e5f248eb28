/**
 * Secrets with no name to key on, found by WHERE they sit in a command: the argument of a known
 * program that holds a password (a data table), a password piped into a program that reads it
 * from standard input, SQL `PASSWORD '…'` / `IDENTIFIED BY …`, and tokens inside URL paths.
 * Each entry becomes one linear regex with groups `pre` (kept) and `secret` (replaced); redact.ts
 * runs them like its own rules. `value` is redact.ts's VALUE pattern (quoted or bare word).
 */

/** One program argument that holds a secret. */
interface Position {
  kind: string;
  /** Program name (regex source). */
  program: string;
  /** Words after the program and its options, `' '` meaning any blanks (regex source). */
  sub?: string;
  /** The secret is this option's value (`ssh-keygen -N pass`), found anywhere after the program. */
  option?: string;
  /** The secret is the n-th positional word after `sub` (options skipped). */
  positional?: number;
  /** The secret is the last word of the command (`htpasswd -b file user PASS`, `openssl passwd … PASS`). */
  last?: boolean;
  /** Options that take a value, so a last word after one is not the secret (`-salt SALT`). */
  takesValue?: string;
}

const POSITIONS: Position[] = [
  { kind: 'passphrase', program: 'ssh-keygen', option: '-[NP]' },
  { kind: 'password', program: 'openssl', option: '-k' },
  { kind: 'password', program: 'openssl', sub: 'passwd', last: true, takesValue: '-salt|-in' },
  { kind: 'password', program: 'mkpasswd', last: true, takesValue: '-[mSR]|--method|--salt|--rounds' },
  { kind: 'password', program: 'htpasswd', sub: '-[a-zA-Z]*b[a-zA-Z]*', last: true },
  { kind: 'secret', program: 'mc', sub: '(?:alias set|config host add)', positional: 4 },
  { kind: 'password', program: 'rabbitmqctl', sub: '(?:add_user|change_password|authenticate_user)', positional: 2 },
  { kind: 'password', program: 'net', sub: 'user', positional: 2 },
  { kind: 'password', program: 'net', sub: String.raw`use(?: [A-Za-z]:)? \\\\\S+`, positional: 1 },
  { kind: 'password', program: 'redis-cli', sub: 'auth', last: true },
  { kind: 'password', program: 'rdesktop', option: '-p' },
  { kind: 'secret', program: 'netlify', sub: 'env:set', positional: 2 },
  { kind: 'password', program: 'mysqladmin', sub: 'password', positional: 1 },
  { kind: 'token', program: 'vault', sub: 'login', positional: 1 },
  { kind: 'token', program: '(?:npm|pnpm|yarn)', sub: String.raw`config set [^\s=]*(?:auth|token|password)[^\s=]*`, positional: 1 },
  { kind: 'password', program: 'poetry', sub: String.raw`config http-basic\.[\w.-]+`, positional: 2 },
  { kind: 'token', program: 'poetry', sub: String.raw`config pypi-token\.[\w.-]+`, positional: 1 },
  { kind: 'password', program: 'composer', sub: String.raw`config(?: --?[\w-]+)* http-basic\.[\w.-]+`, positional: 2 },
  // `user NAME PASS` in an ftp script (heredoc).
  { kind: 'password', program: String.raw`(?<=^|\n)[ \t]*user`, positional: 2 },
];

// A shell word that is not an option; the bounded counts keep every regex linear.
const WORD = String.raw`(?!-)(?:"[^"\n]*"|'[^'\n]*'|[^\s;&|<>()"']+)`;
const OPTION = String.raw`[ \t]+-[^\s;&|<>()]*`;
/** Options before a subcommand, each perhaps with a value (`rabbitmqctl -n node add_user`). */
const LEADING_OPTIONS = String.raw`(?:${OPTION}(?:[ \t]+${WORD})?){0,3}`;
const END_OF_COMMAND = String.raw`(?=["']?[ \t]*(?:[;&|)\n]|$))`;
const blanks = (s: string): string => s.replaceAll(' ', '[ \\t]+');

function positionSource(p: Position, value: string): string {
  const start = String.raw`(?<![\w/.-])${p.program}(?![\w-])`;
  const sub = p.sub ? `${LEADING_OPTIONS}[ \\t]+${blanks(p.sub)}` : '';
  if (p.option)
    return String.raw`(?<pre>[ \t]${p.option}[ \t]+["']?(?<=${start}[^;&|\n]{0,300}[ \t]${p.option}[ \t]+["']?))(?!-)(?<secret>${value})`;
  if (p.last) return String.raw`(?<pre>${start}${sub}(?:[ \t]+(?:${WORD}|-\S*)){0,8}?[ \t]+["']?)(?!-)(?<secret>${value})${END_OF_COMMAND}`;
  const n = p.positional ?? 1;
  return String.raw`(?<pre>${start}${sub}(?:${OPTION}){0,6}(?:[ \t]+${WORD}(?:${OPTION}){0,6}){${n - 1}}[ \t]+["']?)(?!-)(?<secret>${value})`;
}

/** `sudo -S`, `sudo -kS`, `sudo --stdin`. */
const SUDO_STDIN = String.raw`\bsudo(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:-[A-Za-z]*S\b|--stdin\b)`;
/** Commands that store a secret read from standard input (`wrangler secret put NAME <<< …`). */
const SECRET_FROM_STDIN = String.raw`\b(?:wrangler[ \t]+secret[ \t]+put|vercel[ \t]+env[ \t]+add|gh[ \t]+secret[ \t]+set|(?:docker|podman)[ \t]+secret[ \t]+create|firebase[ \t]+functions:secrets:set)\b|--data-file[= \t]+-(?![\w-])|--vault-password-file[= \t]+/dev/stdin\b`;
/** A program that reads a password from standard input (`… | sudo -S`, `--password-stdin`). */
const STDIN_READER = String.raw`(?:--password-stdin|--with-token|${SUDO_STDIN}|${SECRET_FROM_STDIN}|\b(?:chpasswd|vncpasswd|passwd|aws[ \t]+configure|(?:npm|pnpm|yarn)[ \t]+(?:login|adduser))\b)`;

export interface PositionRule {
  kind: string;
  needs: string[];
  source: string;
  keep?: (secret: string, pre: string) => boolean;
}

/** The rules, given redact.ts's VALUE pattern. */
export function positionRules(value: string): PositionRule[] {
  return [
    ...POSITIONS.map((p) => ({
      kind: p.kind,
      needs: [p.program.startsWith('(?<=') ? 'ftp' : p.program.replace(/^\(\?:|\)$/g, '').split('|')[0]],
      source: positionSource(p, value),
      keep: p.takesValue ? (_s: string, pre: string) => new RegExp(`[ \\t](?:${p.takesValue})[ \\t]+["']?$`).test(pre) : undefined,
    })),
    // `echo PW | sudo -S …`, `printf "%s\n" ID SECRET | aws configure`: everything echoed.
    {
      kind: 'password',
      needs: ['stdin', 'sudo', 'passwd', 'configure', 'token', 'login', 'secret', 'vercel', 'data-file'],
      source: String.raw`(?<pre>\b(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:"[^"%\n]*%s[^"\n]*"|'[^'%\n]*%s[^'\n]*'))?|yes)[ \t]+)(?<secret>[^|;&\n<>]{1,120}?)(?=[ \t]*\|[ \t]*[^;&|\n]{0,120}?${STDIN_READER})`,
      keep: (s) => /^["']?\$[\w{(]/.test(s),
    },
    {
      kind: 'password',
      needs: ['<<<'],
      source: String.raw`(?<pre>(?:${SUDO_STDIN}|${SECRET_FROM_STDIN}|--passphrase-fd[ \t]+0|--password-stdin)[^;&|\n<]{0,300}<<<[ \t]*["']?)(?<secret>${value})`,
    },
    // A password "file" made by process substitution: `--vault-password-file <(echo PW)`.
    {
      kind: 'password',
      needs: ['<('],
      source: String.raw`(?<pre>[ \t]--?[\w-]*(?:pass|secret|token|key|cred)[\w-]*[= \t]+<\([ \t]*(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:"%s[^"\n]*"|'%s[^'\n]*'))?|cat[ \t]+<<<)[ \t]+["']?)(?!\$)(?<secret>[^\s"')]+)`,
    },
    // SQL: the statement names a user, role or login before the password.
    {
      kind: 'password',
      needs: ['password', 'identified'],
      source: String.raw`(?<pre>(?=password|identified)(?<=\b(?:user|role|login|password|grant)\b[^;\n]{0,200})(?:password(?:[ \t]+|[ \t]*=[ \t]*|[ \t]*\([ \t]*)\\?["']|identified(?:[ \t]+with[ \t]+\w+)?[ \t]+by[ \t]+(?:\\?["'])?))(?<secret>${value})`,
    },
    // `expect "password:"; send "PW\r"`
    {
      kind: 'password',
      needs: ['send'],
      source: String.raw`(?<pre>\bexpect[ \t]+\\?["'][^"'\n]{0,100}(?:assword|assphrase)[^"'\n]{0,100}\\?["'][ \t]*[;\n][ \t]*send[ \t]+(?:--[ \t]+)?\\?["'])(?<secret>(?:[^"'\\\n]|\\[^rn"'\n])+)`,
    },
    // Tokens inside URL paths.
    {
      kind: 'bot-token',
      needs: ['/bot'],
      source: String.raw`(?<pre>/bot\d{5,}:)(?<secret>[\w-]{20,})`,
    },
    {
      kind: 'webhook',
      needs: ['incomingwebhook', 'ifttt'],
      source: String.raw`(?<pre>(?:/IncomingWebhook/|\bmaker\.ifttt\.com/trigger/[^\s/'"]+/with/key/))(?<secret>[\w-]{8,})`,
    },
  ];
}
