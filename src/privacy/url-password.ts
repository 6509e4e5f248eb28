/**
 * A connection URL as it may be shown: its password (and any password parameter) replaced by
 * ***. Used wherever a team store URL is printed: sync's messages, `config list` and `get`.
 */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/pass/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    // A keyword/value connection string: "host=… password=…".
    return url.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, '$1***');
  }
}
