/**
 * pnpm-workspace.yaml: the `packages:` list of workspace folders (pnpm ignores package.json's
 * `workspaces`). A bounded line reading of the plain block form, not a YAML parser: other keys,
 * flow lists and anchors are read past.
 */
export function parsePnpmWorkspace(text: string): string[] {
  const patterns: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^packages:\s*(#.*)?$/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages || /^\s*(#.*)?$/.test(line)) continue;
    const item = /^\s+-\s*(['"]?)([^'"#]+?)\1\s*(#.*)?$/.exec(line);
    if (!item) {
      if (/^\S/.test(line)) inPackages = false;
      continue;
    }
    patterns.push(item[2]);
  }
  return patterns;
}
