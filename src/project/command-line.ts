/** Reads a runner's command line: its options with values, the flags that matter, and the rest. */

export interface OptionSpec {
  /** Options that name the directory to run in (`--prefix`, `-C`, `--cwd`, `--dir`). */
  dir?: readonly string[];
  /** Options that name one workspace (`-w`, `--workspace`, `--filter`, `--scope`). */
  workspace?: readonly string[];
  /** Flags that run the task in every workspace (`-r`, `--workspaces`). */
  every?: readonly string[];
  /** Options that name the task file itself (`make -f`, `just --justfile`). */
  file?: readonly string[];
  /** Other options that take a value (skipped with it). */
  values?: readonly string[];
}

export interface ReadArgs {
  positionals: string[];
  /** Words after `--`. */
  passed: string[];
  dir?: string;
  workspace?: string;
  file?: string;
  every: boolean;
  /** Every flag seen, as written before any `=`. */
  flags: Set<string>;
}

export function readArgs(args: readonly string[], spec: OptionSpec): ReadArgs {
  const out: ReadArgs = { positionals: [], passed: [], every: false, flags: new Set() };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--') {
      out.passed = args.slice(k + 1);
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      out.positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    out.flags.add(name);
    const takesValue =
      spec.dir?.includes(name) || spec.workspace?.includes(name) || spec.file?.includes(name) || spec.values?.includes(name);
    const value = !takesValue ? undefined : eq > 0 ? a.slice(eq + 1) : args[++k];
    if (spec.dir?.includes(name)) out.dir = value;
    else if (spec.workspace?.includes(name)) out.workspace = value;
    else if (spec.file?.includes(name)) out.file = value;
    else if (spec.every?.includes(name)) out.every = true;
  }
  return out;
}
