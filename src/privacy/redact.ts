/**
 * Secret redaction for recorded shell commands: every credential is replaced by
 * `<redacted:KIND>` before a command reaches the database, a report or an export.
 *
 * Runs in the hook on every Bash call, so: each regex is linear (candidate starts are anchored by
 * lookbehinds so runs do not overlap; context scans are bounded), a rule runs only when the text
 * contains one of its literal `needs`, prefix-identified tokens share one regex that runs only
 * when a cheap screen sees a known prefix, and every regex is built on its first use: a hook
 * process redacts one command, and compiling all of them cost it about 6 ms.
 * Only the secret value is replaced: flags, keys, quotes and URLs stay readable.
 *
 * Judgement calls (the tests pin them down):
 * - A name is secret when it ENDS in password/passwd/passphrase/secret/token/credential(s)/
 *   signature or a qualified key (api/access/secret/private/account/client/… + key), or in
 *   `_pass`/`_pwd` after a separator, or `auth`/`creds` (so BYPASS, OAUTH, `alias pwd=` are not).
 *   `*PASSWORD_<word>` counts too unless the word says it is not the password (_FILE, _LENGTH…).
 *   Any other `*_KEY` (SORT_KEY, CACHE_KEY, S3_KEY) is redacted only when its value looks random.
 * - Values kept: `$VAR`, `${…}`, `$(…)`, `{{…}}`, `@file`, file paths (`/`, `./`, `~/`, `.pem`…),
 *   booleans, 0/1, versions (`"next-auth": "^4.2.0"`), `env:`/`file:` specs, docker
 *   `--secret id=…`, and existing markers (`<redacted:…>`, the corpus's `<REDACTED:…>`).
 * - Stripe publishable keys (`pk_live_…`) are public by design and are left alone, as are Twilio
 *   account SIDs (`AC…`), SSH public keys, git SHAs, UUIDs and base64 outside a secret context.
 * - `-p`/`-P` are ports for most tools: passwords only for sshpass, twine, mongo*, `docker|az|oc|cf…
 *   login`, glued to mysql-family clients and 7z (`-pS3cret`), and `-P` of zip/unzip/sqlcmd; also
 *   `redis-cli -a`, `ldap* -w`, `smbclient -U user%pass`. `-u user:pass` is a password unless
 *   numeric or equal to the user (`docker run -u 1000:1000`, `-u node:node`).
 * - Default values count: `${DB_PASSWORD:-postgres}` → `${DB_PASSWORD:-<redacted:password>}`.
 * - Unquoted values stop at whitespace, shell operators, braces and `,` (helm `--set a.password=x,b=y`).
 * - A quoted value needs its closing quote on the same line, so `grep "password=" file` is left alone.
 * - Any header given to curl/wget/httpie/xh whose name holds key/token/secret/signature/auth/team
 *   is a credential (`DD-API-KEY`, `X-Figma-Token`, `Circle-Token`), except `…-Email`, `…-Id`, `…-Type`.
 * - `-D`/`-P` properties (JVM, Gradle, Maven) are names like any other: `-Ddb.password=X`.
 * - A name with a suffix after its secret word (`SECRET_KEY_BASE`, `SLACK_TOKEN_PROD`) is redacted
 *   when its value looks random; base64 with `/` and `+` looks random, a path does not.
 * - Secrets with no name (program arguments, standard input, SQL, URL paths): secret-positions.ts.
 */

import { withoutInvisible } from './invisible.js';
import { positionRules } from './secret-positions.js';

interface Rule {
  kind: string | ((pre: string) => string);
  /** Global regex with named groups `pre` (kept) and `secret` (replaced), built on first use. */
  re: Lazy;
  /** Lower-case substrings of which the text must contain one for the rule to run. */
  needs?: string[];
  /** Values that match but are not secrets; `before` is the character before the match. */
  keep?: (secret: string, pre: string, before: string) => boolean;
}

/** A credential recognisable by its own prefix, wherever it appears. */
interface Token {
  kind: string;
  pattern: string;
  keep?: (secret: string) => boolean;
}

// Unquoted shell word (backslash escapes allowed); never starts a marker or a redirection.
const BARE = String.raw`(?:[^\s"'\x60;&|<>(){},\\]|\\.)+`;
// After `pre`: inside the quotes pre opened, inside a quoted `NAME=…`/`Name: …` word, or bare.
const VALUE = String.raw`(?!\s)(?:(?<=")(?:[^"\\\n]|\\.)+(?=")|(?<=')[^'\n]+(?=')|(?<="[\w.-]{1,100}[:=][ \t]*)(?:[^"\\\n]|\\.)+(?=")|(?<='[\w.-]{1,100}[:=][ \t]*)[^'\n]+(?=')|${BARE})`;
const KEY_QUALIFIERS =
  'api|access|secret|private|account|client|app|master|encryption|signing|storage|license|subscription|session|hmac|webhook';
const NOT_PASSWORD = 'file|path|dir|length|len|policy|prompt|stdin|hint|reset|required|enabled|url|expiry|ttl|regex|pattern|rules';
/** A secret-looking variable/key name; not after `$`, `.`, `/`, `-` (`$TOKEN`, `.password`, `a/auth`, `--x`). */
const NAME = String.raw`(?<![\w.$/-])(?=[A-Za-z_])(?:[\w.-]*?(?:pass(?:wor|w)d(?:[_.-](?!(?:${NOT_PASSWORD})(?![A-Za-z0-9]))[A-Za-z0-9]+)?|passphrase|secret|token|credentials?|signature|apikey|(?:${KEY_QUALIFIERS})[_.-]?key|[_.-](?:key|pass|pwd|auth|creds))|auth|creds|(?<=[;{,][ \t]*)pwd|(?<=[?&])(?:sig|key))`;
const QUOTED_NAME = String.raw`["'][\w.-]{1,100}`;
const FLAG = String.raw`(?<![\w-])--?(?!(?:no|skip|ask|disable|without|prompt|use|show|print|read|with|from|reset|generate|require|allow|enable|hide|mask|save|store|check|verify|export|import|list|delete|rotate|revoke|get|fetch)-)(?:[a-z0-9]+[-._]){0,4}(?:password|passwd|passphrase|pass|passin|passout|pwd|token|bearer|secret|secret-string|api-?key|apikey|(?:access|secret|private|account|client|app|master|encryption|signing|storage|license|subscription)[-_]?key|auth|authtoken|credentials?|(?:src|dest)?(?:storepass|keypass)|sas-token)`;
const AUTH_SCHEMES = 'bearer|basic|token|bot|apikey|api-key|key|sso-key|oauth|jwt|ssws|otoken|digest|negotiate|ntlm|aws4-hmac-sha256';
// `Name: value` or, as a JSON/JS key, `"Name": "value"` (a quoted key with an unquoted value is code).
const HEADER_SEP = String.raw`(?:[ \t]*[:=][ \t]*["']?|["'][ \t]*[:=][ \t]*["'])`;
const VENDOR_HEADER_NAME = String.raw`(?<![\w\${.-])(?:[A-Za-z][\w-]{0,60})?(?:key|token|secret|signature|team|auth|art-api)(?:-[\w]{1,20})?[ \t]*:[ \t]*`;
/** A vendor header given to curl/wget (`-H`), or as an httpie/xh `Name:value` item (a costlier look back: its own rule). */
const VENDOR_HEADER = {
  curl: String.raw`${VENDOR_HEADER_NAME}(?<=(?:-H|--header)(?:[ \t]+|=)["']?[\w-]{1,90}[ \t]*:[ \t]*)["']?`,
  httpie: String.raw`${VENDOR_HEADER_NAME}(?<=\b(?:http|https|xh|xhs)[ \t][^;&|\n]{0,300}[ \t][\w-]{1,90}[ \t]*:[ \t]*)["']?`,
};
const JVM_PROPERTY = String.raw`(?<![\w-])-[DP][\w.-]{0,100}?(?:pass(?:wor|w)d|passphrase|secret|token|sonar\.login|(?:api|access|secret|private|signing|app|master|encryption)[._-]?key|credentials?|[._-](?:pass|pwd))=["']?`;
const AUTH_HEADER = String.raw`(?<![\w\${-])(?:proxy-)?authori[sz]ation${HEADER_SEP}`;
const CRED_HEADER = String.raw`(?<![\w\${-])(?:x-[\w-]*?)?(?:api[-_]?key|api[-_]?token|auth[-_]?token|access[-_]?token|private-token|session[-_]?token|vault-token|subscription-key|functions-key|application-key|app-key|api-secret|app-secret|client-secret|apikey|cookie)${HEADER_SEP}`;

interface Lazy {
  source: string;
  flags: string;
  compiled?: RegExp;
}
const rx = (source: string, flags = 'gi'): Lazy => ({ source, flags });
const compiled = (l: Lazy): RegExp => (l.compiled ??= new RegExp(l.source, l.flags));
/** Words one of which every credential flag, header and variable name contains. */
const SECRET_WORDS = ['pass', 'pwd', 'token', 'bearer', 'secret', 'key', 'auth', 'cred', 'sig', 'cookie'];

const KIND_BY_NAME: [RegExp, string][] = [
  [/pass|pwd/i, 'password'],
  [/cookie/i, 'cookie'],
  [/token/i, 'token'],
  [/api.?key/i, 'api-key'],
  [/key/i, 'key'],
  [/secret/i, 'secret'],
  [/sig/i, 'signature'],
  [/cred/i, 'credentials'],
  [/bearer/i, 'bearer'],
  [/auth/i, 'auth'],
];
const kindOfName = (pre: string): string => KIND_BY_NAME.find(([re]) => re.test(pre))?.[1] ?? 'secret';
/** Base64 with `/` (keys, secrets) rather than a path: padding or `+`, or many capitals and digits. */
const looksBase64 = (s: string): boolean =>
  /^[A-Za-z0-9+/]{16,}={0,2}$/.test(s) && (/[+=]/.test(s) || ((s.match(/[A-Z]/g)?.length ?? 0) >= 4 && (s.match(/\d/g)?.length ?? 0) >= 4));
const looksRandom = (s: string): boolean =>
  s.length >= 16 && /\d/.test(s) && /[A-Za-z]/.test(s) && (!/[/.]/.test(s) || looksBase64(s.replace(/^base64:/, '')));
/** An unquoted header value outside a quoted header is code (`apiKey: apiKey,`) unless token-like. */
const codeIdentifier = (s: string, pre: string, before: string): boolean => !/["']$/.test(pre) && !/["']/.test(before) && !/\d/.test(s);
/** `SORT_KEY`, `CACHE_KEY`: a key only in name, so its value must look random to be redacted. */
const WEAK_KEY_RE = rx(String.raw`(?<!${KEY_QUALIFIERS}|secret_access|aws)[_.-]key\W*$`, 'i');
const WEAK_KEY = { test: (s: string) => compiled(WEAK_KEY_RE).test(s) };

const TOKENS: Token[] = [
  { kind: 'aws-access-key-id', pattern: '(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])' },
  { kind: 'gcp-api-key', pattern: 'AIza[0-9A-Za-z_-]{35}' },
  { kind: 'google-oauth', pattern: String.raw`ya29\.[0-9A-Za-z_-]{20,}` },
  { kind: 'github-token', pattern: 'gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}' },
  { kind: 'gitlab-token', pattern: 'gl(?:pat|dt|rt|ptt|ft|cbt|imt|oas|soat|agent)-[0-9A-Za-z_-]{20,}' },
  { kind: 'slack-token', pattern: 'xox[abposr]-[0-9A-Za-z-]{10,}|xapp-[0-9A-Za-z-]{10,}' },
  // Secret and restricted keys and webhook secrets; publishable pk_ keys are public, not matched.
  { kind: 'stripe-key', pattern: '[sr]k_(?:live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z]{20,}' },
  { kind: 'anthropic-key', pattern: 'sk-ant-[0-9A-Za-z_-]{20,}' },
  // Needs a digit so package names (`sk-learn-...`) survive.
  { kind: 'openai-key', pattern: 'sk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{20,}', keep: (s) => !/\d/.test(s) },
  { kind: 'huggingface-token', pattern: 'hf_[A-Za-z0-9]{30,}' },
  { kind: 'npm-token', pattern: 'npm_[A-Za-z0-9]{30,}' },
  { kind: 'pypi-token', pattern: 'pypi-[A-Za-z0-9_-]{40,}' },
  { kind: 'docker-token', pattern: 'dckr_pat_[A-Za-z0-9_-]{20,}' },
  { kind: 'digitalocean-token', pattern: 'do[por]_v1_[a-f0-9]{40,}' },
  { kind: 'sendgrid-key', pattern: String.raw`SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}` },
  { kind: 'twilio-api-key', pattern: 'SK[0-9a-fA-F]{32}(?![0-9A-Za-z])' },
  { kind: 'jwt', pattern: String.raw`eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*` },
  {
    kind: 'api-token',
    pattern: String.raw`lin_api_[A-Za-z0-9]{30,}|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|hv[sb]\.[A-Za-z0-9_-]{24,}|gl(?:sa|c)_[A-Za-z0-9_=+/-]{30,}|sbp_[0-9a-f]{40}|sntry[us]_[A-Za-z0-9_=+/-]{30,}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dapi[0-9a-f]{32}|AGE-SECRET-KEY-1[0-9A-Z]{50,}|nfp_[A-Za-z0-9]{30,}|rubygems_[a-f0-9]{48}|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_-]{30,}|dp\.(?:st|pt|ct|sa|scim|audit)\.[A-Za-z0-9_.-]{30,}|figd_[A-Za-z0-9_-]{30,}|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|ATATT3[A-Za-z0-9_=-]{30,}|fm[12]_[A-Za-z0-9+/=_-]{30,}|bkua_[a-f0-9]{40}|CCIPAT_[A-Za-z0-9_]{30,}|ops_eyJ[A-Za-z0-9_=-]{30,}|tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9_-]{20,}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}|oy2[a-z0-9]{43}`,
  },
];
// One alternation, one capture group per token kind.
const TOKEN_RE = rx(`(?<![\\w-])(?:${TOKENS.map((t) => `(${t.pattern})`).join('|')})`, 'g');
/** The literal prefixes of the TOKENS above: the alternation runs only when one appears. */
const TOKEN_SCREEN =
  /AKIA|ASIA|ABIA|ACCA|AIza|ya29\.|gh[pousr]_|github_pat_|gl[a-z]{1,5}[-_]|xox[abposr]-|xapp-|[sr]k_(?:live|test)_|whsec_|sk-|hf_|npm_|pypi-|dckr_pat_|do[por]_v1_|SG\.|SK[0-9a-fA-F]{32}|eyJ|lin_api_|PMAK-|hv[sb]\.|sbp_|sntry[us]_|shp(?:at|ca|pa|ss)_|dapi[0-9a-f]|AGE-SECRET-KEY|nfp_|rubygems_|pscale_|dp\.|figd_|xkeysib-|ATATT3|fm[12]_|bkua_|CCIPAT_|ops_eyJ|tskey-|sq0|oy2/;

const RULES: Rule[] = [
  // Whole key body (multi-line, heredocs, JSON `\n`); an unterminated block runs to the closing quote or the end.
  {
    kind: 'private-key',
    needs: ['private key'],
    re: rx(
      String.raw`(?<pre>-----BEGIN[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----)(?<secret>[^"'\x60]*?)(?=-----END[A-Z0-9 ]*PRIVATE KEY|["'\x60]|$)`,
      'g',
    ),
    keep: (s) => !/[A-Za-z0-9+/=]{16}/.test(s),
  },
  // URLs: webhook paths, `scheme://user:pass@`, and a bare token as the user (`https://TOKEN@github.com`).
  {
    kind: 'webhook',
    needs: ['hooks.slack', 'webhooks/'],
    re: rx(
      String.raw`(?<pre>(?:hooks\.slack\.com/(?:services|workflows|triggers)|discord(?:app)?\.com/api/webhooks/\d+)/)(?<secret>[\w/-]{8,})`,
    ),
  },
  { kind: 'url-password', needs: ['://'], re: rx(String.raw`(?<pre>:\/\/[^\s:@\/'"<>]*:)(?<secret>[^\s\/'"<>]+)(?=@)`) },
  { kind: 'url-token', needs: ['://'], re: rx(String.raw`(?<pre>:\/\/)(?<secret>[^\s:@\/'"<>]{16,})(?=@)`), keep: (s) => !looksRandom(s) },
  // Query parameters that carry a key under a name the NAME rule does not know (`?appid=`,
  // `&sig=`); a bare `key=` or `auth=` only when its value looks random (`?key=value` in docs).
  {
    kind: 'api-key',
    needs: ['appid', 'key=', 'sig', 'auth='],
    re: rx(String.raw`(?<pre>[?&](?:appid|app_?key|hapikey|sig|signature|key|auth|code)=)(?<secret>[^&\s'"#<>]{8,})`),
    keep: (s, pre) => /[?&](?:key|auth|code)=$/i.test(pre) && !looksRandom(s),
  },
  // `rclone config create NAME TYPE key value …`: the secret keys of its backends, as pairs.
  {
    kind: 'secret',
    needs: ['rclone'],
    re: rx(
      String.raw`(?<pre>[ \t](?:pass|password|password2|secret_access_key|client_secret|token|key|account_key|sas_url|session_token)[ \t]+(?<=\brclone[ \t]+config[ \t]+(?:create|update)\b[^;&|\n]{0,300}))(?!-)(?<secret>${VALUE})`,
    ),
  },
  // FreeRDP's Windows-style `/p:PASSWORD`.
  {
    kind: 'password',
    needs: ['rdp'],
    re: rx(String.raw`(?<pre>[ \t]/p:(?<=\b[xw]?freerdp3?\b[^;&|\n]{0,300}[ \t]/p:))(?<secret>${VALUE})`),
  },
  // Authorization headers in any spelling; the scheme stays, a scheme-less value runs to the closing quote.
  {
    kind: (pre) => (/bearer/i.test(pre) ? 'bearer' : /basic/i.test(pre) ? 'basic-auth' : 'authorization'),
    needs: ['authori'],
    re: rx(`(?<pre>${AUTH_HEADER}(?:${AUTH_SCHEMES})[ \\t]+)(?<secret>${BARE})`),
  },
  {
    kind: 'authorization',
    needs: ['authori'],
    re: rx(`(?<pre>${AUTH_HEADER}(?!(?:${AUTH_SCHEMES})\\b))(?<secret>${VALUE})`),
    keep: codeIdentifier,
  },
  {
    kind: kindOfName,
    needs: ['key', 'token', 'secret', 'cookie'],
    re: rx(`(?<pre>${CRED_HEADER})(?<secret>${VALUE})`),
    keep: codeIdentifier,
  },
  // Vendor headers (`DD-API-KEY`, `X-Figma-Token`, `Circle-Token`, `X-Auth-Key`…): any name with a
  // credential word, given as a curl/wget `-H`/`--header` or as an httpie/xh `Name:value` item.
  ...[
    { needs: ['-h', '--header'], header: VENDOR_HEADER.curl },
    { needs: ['http ', 'https ', 'xh ', 'xhs '], header: VENDOR_HEADER.httpie },
  ].map(({ needs, header }) => ({
    kind: kindOfName,
    needs,
    re: rx(`(?<pre>${header})(?<secret>${VALUE})`),
    keep: (_s: string, pre: string) => /(?:email|user(?:name)?|id|type|version|mode|method|scheme)[ \t]*:[ \t]*$/i.test(pre),
  })),
  // curl `-b`/`--cookie name=value…` (a value without `=` is a cookie file).
  {
    kind: 'cookie',
    needs: ['-b', '--cookie'],
    re: rx(String.raw`(?<pre>[ \t](?:-b|--cookie)(?:[ \t]+|=)["']?(?<=\bcurl\b[^;&|\n]{0,300}))(?<secret>${VALUE})`),
    keep: (s) => !s.includes('='),
  },
  // JVM and Gradle properties: `-Ddb.password=X`, `-PmavenCentralPassword=X`, `-Dsonar.login=X`.
  {
    kind: kindOfName,
    needs: ['-d', '-p'],
    re: rx(`(?<pre>${JVM_PROPERTY})(?<secret>${VALUE})`),
  },
  // `SECRET_KEY_BASE=…`, `SLACK_TOKEN_PROD=…`: a secret word then a suffix, and a random value
  // (names that end in a secret word are the NAME rule's).
  {
    kind: kindOfName,
    needs: SECRET_WORDS,
    re: rx(
      String.raw`(?<pre>(?<![\w.$/-])[A-Z][A-Z0-9_]{0,60}?(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|_PASS|_PWD)(?:_[A-Z0-9]+){1,2}(?<!_(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASS|PWD|AUTH|CREDS?|CREDENTIALS?))=["']?)(?<secret>${VALUE})`,
      'g',
    ),
    keep: (s) => !looksRandom(s),
  },
  // `aws configure set aws_secret_access_key X`, env, INI and JSON (`"SecretAccessKey": "…"`).
  {
    kind: 'aws-secret',
    needs: ['access', 'session', 'aws'],
    re: rx(
      String.raw`(?<pre>(?<![\w.$-])(?:(?:aws_?)?secret_?access_?key|aws_?session_?token|aws_?secret_?key)(?:["']?[ \t]*[:=][ \t]*|(?<=\bset[ \t]+[\w.]+)[ \t]+)["']?)(?<secret>${VALUE})`,
    ),
  },
  // `--password X`, `--token=X`, `-storepass X` …, but never the next flag; `--auth` alone is often a switch.
  {
    kind: kindOfName,
    needs: SECRET_WORDS,
    re: rx(`(?<pre>${FLAG}(?:=|[ \\t]+)["']?)(?!-)(?<secret>${VALUE})`),
    keep: (s, pre) =>
      /^(?:id|src|source|type|env)=|^(?:env|file|fd):/i.test(s) || (/auth\W*$/i.test(pre) && !s.includes(':') && !looksRandom(s)),
  },
  // `sshpass -p X`, `docker login -u u -p X`, `mongo -p X`, `redis-cli -a X`, `ldapsearch -w X`:
  // the option is found first, then a bounded lookbehind checks the command it belongs to.
  {
    kind: 'password',
    needs: ['sshpass', 'login', 'redis-cli', 'twine', 'mongo', 'ldap'],
    re: rx(
      String.raw`(?<pre>[ \t]-(?:p[ \t]*|[aw][ \t]+)["']?)(?<=(?:\bsshpass|\b(?:twine|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^;&|\n]{0,200}|\b(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|registry|az|oc|cf|regctl|argocd)[ \t]+login\b[^;&|\n]{0,200}|\b(?:apptainer|singularity|helm)[ \t]+registry[ \t]+login\b[^;&|\n]{0,200})[ \t]-p[ \t]*["']?|\bredis-cli\b[^;&|\n]{0,200}[ \t]-a[ \t]+["']?|\bldap\w*[^;&|\n]{0,200}[ \t]-w[ \t]+["']?)(?<secret>${VALUE})`,
    ),
  },
  // Case matters: `-p` glued (mysql, 7z), `-P` spaced (zip, sqlcmd); elsewhere `-P` is a port.
  {
    kind: 'password',
    needs: ['mysql', 'mariadb', '7z', 'rar', 'zip', 'sqlcmd', 'bcp'],
    re: rx(
      String.raw`(?<pre>[ \t]-p["']?(?<=\b(?:mysql|mariadb|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlpump|mysqlsh|7z|7za|7zz|rar|unrar)\b[^;&|\n]{0,300}[ \t]-p["']?)|[ \t]-P[ \t]+["']?(?<=\b(?:zip|unzip|sqlcmd|bcp)\b[^;&|\n]{0,300}[ \t]-P[ \t]+["']?))(?<secret>${VALUE})`,
      'g',
    ),
  },
  // curl `-u|-su|--user user:pass`, httpie/xh/hey `-a user:pass`, ab `-A`, lftp `-u user,pass`, smbclient `-U user%pass`.
  {
    kind: 'password',
    needs: ['-u', '--user', '--proxy-user', 'curl', '-a', '--auth', 'lftp'],
    re: rx(
      String.raw`(?<pre>(?<![\w-])(?:(?:-u|--user|--proxy-user|-[a-zA-Z]{1,5}u(?<=\bcurl\b[^;&|\n]{0,300}))(?:[ \t]+|=)["']?[\w.@+-]+:|(?:-a|-A|--auth)(?<=\b(?:http|https|xh|xhs|hey|ab)\b[^;&|\n]{0,300})(?:[ \t]+|=)["']?[\w.@+-]+:|-u(?<=\blftp\b[^;&|\n]{0,300})[ \t]+["']?[\w.@+-]+,|-U[ \t]+["']?[\w.@\\+-]+%))(?<secret>${VALUE})`,
      'g',
    ),
    keep: (s, pre) => /^\d+$/.test(s) || (pre.endsWith(`${s}:`) && /[\s"'=]$/.test(pre.slice(0, -s.length - 1))),
  },
  { kind: 'password', needs: ['login'], re: rx(String.raw`(?<pre>\blogin[ \t]+[^\s'"]+\s+password[ \t]+)(?<secret>${VALUE})`) },
  // Subcommands whose argument is the secret: `gh secret set N --body X`, `ngrok config add-authtoken X`.
  {
    kind: 'secret',
    needs: ['gh', 'ngrok'],
    re: rx(
      String.raw`(?<pre>[ \t](?:--body|-b)(?:[ \t]+|=)["']?(?<=\bgh[ \t]+secret[ \t]+set\b[^;&|\n]{0,200})|\bngrok[ \t]+(?:config[ \t]+add-)?authtoken[ \t]+["']?)(?<secret>${VALUE})`,
    ),
  },
  // NAME=value (env, export, -e, --build-arg, --set, -var, URL queries, connection strings,
  // `${NAME:-default}`), and `name = "…"` / `"name": "…"`. A quote before the name closes at `=`
  // or `:` unless the key itself is closed (`'PASS:'` is a string, `"password": "x"` a key).
  {
    kind: kindOfName,
    needs: SECRET_WORDS,
    re: rx(
      `(?<pre>${NAME}(?:=(?!=)(?:(?<!${QUOTED_NAME}=)["'])?|:[-=]["']?|["'][ \\t]*[:=][ \\t]*["']|(?<!${QUOTED_NAME})[ \\t]*[:=][ \\t]*["']))(?<secret>${VALUE})`,
    ),
    keep: (s, pre) => WEAK_KEY.test(pre) && !looksRandom(s),
  },
  // Config lines in heredocs (INI `name = v`, YAML `name: v`): the rest of the line, unless it is code.
  {
    kind: kindOfName,
    needs: SECRET_WORDS,
    re: rx(String.raw`(?<pre>^[ \t]*${NAME}(?:[ \t]+=|=[ \t]|[ \t]*:)[ \t]*)(?<secret>[^\s'"](?:[^\n]*[^\s])?)`, 'gim'),
    keep: (s, pre) => /^[{[(]|[,;{([]$|\w\(.*\)$/.test(s) || (WEAK_KEY.test(pre) && !looksRandom(s)),
  },
  // "Bearer <token>" outside a header (logs, JSON); only token-like values.
  {
    kind: 'bearer',
    needs: ['bearer'],
    re: rx(String.raw`(?<pre>\bbearer[ \t]+)(?<secret>[A-Za-z0-9._~+/=-]{12,})`),
    keep: (s) => !looksRandom(s),
  },
];

// Secrets found by where they sit (secret-positions.ts), after the name-based rules.
for (const p of positionRules(VALUE)) RULES.push({ kind: p.kind, needs: p.needs, re: rx(p.source), keep: p.keep });

// Not secrets: versions (package.json), references, templates, file references, paths, trivial values, markers.
const NOT_SECRET =
  /^(?:[~^]|[<>]=?)?\d+(?:\.(?:\d+|x|\*)){1,2}(?:-[\w.]+)?$|^(?:\\?\$|\{\{|%\w+%$|@|<redacted:|-----BEGIN)|^(?:\.{0,2}\/|~\/)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|asc|gpg|ppk)$|^(?:true|false|yes|no|on|off|null|none|nil|undefined|stdin|0|1|-)$/i;

/** Keeps the whitespace around a multi-line body so key blocks stay on their own lines. */
function marker(secret: string, kind: string): string {
  const lead = secret.length - secret.trimStart().length;
  const trail = secret.length - secret.trimEnd().length;
  return `${secret.slice(0, lead)}<redacted:${kind}>${secret.slice(secret.length - trail)}`;
}

function redactTokens(text: string): string {
  if (!TOKEN_SCREEN.test(text)) return text;
  return text.replace(compiled(TOKEN_RE), (match: string, ...groups: (string | undefined)[]) => {
    const i = groups.findIndex((g) => g !== undefined);
    const token = TOKENS[i];
    return token.keep?.(match) ? match : `<redacted:${token.kind}>`;
  });
}

/** Replaces every secret in a shell command (or any text) with `<redacted:KIND>`; idempotent. */
export function redactSecrets(text: string): string {
  let out = redactTokens(withoutInvisible(text));
  const lower = out.toLowerCase();
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.some((n) => lower.includes(n))) continue;
    out = out.replace(compiled(rule.re), (...args: unknown[]) => {
      const { pre, secret } = args[args.length - 1] as { pre: string; secret: string };
      const at = args[args.length - 3] as number;
      const all = args[args.length - 2] as string;
      if (NOT_SECRET.test(secret) || rule.keep?.(secret, pre, all.charAt(at - 1))) return args[0] as string;
      return pre + marker(secret, typeof rule.kind === 'string' ? rule.kind : rule.kind(pre));
    });
  }
  return out;
}

/** True when redactSecrets would change the text. */
export function containsSecret(text: string): boolean {
  return redactSecrets(text) !== text;
}
