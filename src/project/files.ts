/**
 * The files one project lookup reads, bounded: regular files only (a FIFO or device named
 * package.json never blocks a hook), a byte cap per file and a number of reads per lookup. Each
 * path is read at most once per lookup, so a command naming a script twice costs one read.
 */
import { readdirSync } from 'node:fs';
import { readRegularFile } from '../runtime/regular-file.js';

export const PROJECT_LIMITS = {
  /** A task file larger than this is not read (a generated package.json of 256 KiB is already rare). */
  taskFileBytes: 256 * 1024,
  /** A script named by path is read up to this size, else left to the catalogue. */
  scriptBytes: 64 * 1024,
  /** Opens (found or not) and directory listings per lookup. */
  readsPerLookup: 96,
  /** Bytes read per lookup, all files together. */
  bytesPerLookup: 2 * 1024 * 1024,
  /** After this long, a lookup resolves nothing more (the hook's budget is 900 ms in all). */
  msPerLookup: 200,
  /** Folders climbed from the command's directory to find its task file. */
  upwardLevels: 16,
  /** Levels of make's `include` read below a Makefile, and files included per file. */
  includeDepth: 2,
  includesPerFile: 8,
  /** Workspace folders listed per pattern. */
  workspaceEntries: 64,
} as const;

export class ProjectFiles {
  private readonly texts = new Map<string, string | null>();
  private readonly listings = new Map<string, string[]>();
  private spent = 0;
  private bytes = 0;
  private readonly deadline: number;

  constructor(
    private readonly budget: number = PROJECT_LIMITS.readsPerLookup,
    private readonly byteBudget: number = PROJECT_LIMITS.bytesPerLookup,
  ) {
    this.deadline = Date.now() + PROJECT_LIMITS.msPerLookup;
  }

  /** Reads are left and time is: a lookup past either says nothing more. */
  private open(): boolean {
    return this.spent < this.budget && Date.now() < this.deadline;
  }

  /** Opens and reads so far (for tests and the benchmark). */
  get reads(): number {
    return this.spent;
  }

  /** The file's text; null when it is missing, no regular file, over `maxBytes`, or the budget is spent. */
  text(path: string, maxBytes: number): string | null {
    const known = this.texts.get(path);
    if (known !== undefined) return known;
    if (!this.open()) return null;
    this.spent++;
    let text: string | null = null;
    try {
      const data = readRegularFile(path, Math.min(maxBytes, this.byteBudget - this.bytes));
      this.bytes += data.length;
      text = data.toString('utf8');
    } catch {
      // missing, refused (not a regular file, too large) or unreadable: the project says nothing
    }
    this.texts.set(path, text);
    return text;
  }

  /** Names of the sub-folders of `dir`, sorted, at most `PROJECT_LIMITS.workspaceEntries`. */
  folders(dir: string): string[] {
    const known = this.listings.get(dir);
    if (known) return known;
    if (!this.open()) return [];
    this.spent++;
    let names: string[] = [];
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
        .map((e) => e.name)
        .sort()
        .slice(0, PROJECT_LIMITS.workspaceEntries);
    } catch {
      // not a folder: no workspaces there
    }
    this.listings.set(dir, names);
    return names;
  }
}
