/**
 * The one atomic file writer (src/runtime/atomic-write.ts), on real files in a temp directory:
 * content, modes, symlinks, exclusive names, targets that are no regular file (a real FIFO), and failures that leave the original intact with
 * no temporary file behind.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeStreamAtomic } from '../../src/runtime/atomic-write.js';
import { FileRefusedError } from '../../src/runtime/regular-file.js';

const POSIX = process.platform !== 'win32';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-atomic-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
/** Everything in the directory: a temporary file left behind would show here. */
const names = () => fs.readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('creates a file with the content, in the given mode exactly', () => {
    const file = path.join(dir, 'new.json');
    expect(writeFileAtomic(file, '{"a": 1}\n', { mode: 0o600 })).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
    if (POSIX) expect(modeOf(file)).toBe(0o600);
    expect(names()).toEqual(['new.json']);
  });

  it('replaces a file keeping its mode, whatever mode a new file would get', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, Buffer.from('new bytes'), { mode: 0o600 });
    expect(fs.readFileSync(file, 'utf8')).toBe('new bytes');
    if (POSIX) expect(modeOf(file)).toBe(0o640);
    expect(names()).toEqual(['settings.json']);
  });

  it.runIf(POSIX)('writes through a symlink, leaving the link in place', () => {
    const real = path.join(dir, 'real.md');
    const link = path.join(dir, 'link.md');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, link);
    expect(writeFileAtomic(link, 'new')).toBe(fs.realpathSync(real));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
  });

  it('exclusive: fails with EEXIST rather than replace, and leaves both files as they were', () => {
    const file = path.join(dir, 'backup');
    fs.writeFileSync(file, 'first');
    expect(() => writeFileAtomic(file, 'second', { exclusive: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(names()).toEqual(['backup']);
    writeFileAtomic(path.join(dir, 'backup-2'), 'second', { exclusive: true, mode: 0o600 });
    expect(fs.readFileSync(path.join(dir, 'backup-2'), 'utf8')).toBe('second');
  });

  it('a failed replace leaves the original intact and no temporary file', () => {
    // A directory cannot be replaced by a file: the rename fails after the data was written.
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'kept');
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('kept');
    expect(names()).toEqual(['taken']);
  });

  it('a missing directory fails before anything is written', () => {
    expect(() => writeFileAtomic(path.join(dir, 'no', 'such', 'file'), 'data')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(names()).toEqual([]);
  });
});

describe('writeStreamAtomic', () => {
  it('the file appears, complete, only when the writer is done', async () => {
    const file = path.join(dir, 'export.jsonl');
    const result = await writeStreamAtomic(file, { mode: 0o600 }, async (out) => {
      for (let i = 0; i < 1000; i++) out.write(`{"row":${i}}\n`);
      expect(fs.existsSync(file)).toBe(false);
      return 1000;
    });
    expect(result).toBe(1000);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines[999]).toBe('{"row":999}');
    if (POSIX) expect(modeOf(file)).toBe(0o600);
    expect(names()).toEqual(['export.jsonl']);
  });

  it('a writer that fails half way leaves the original intact and no temporary file', async () => {
    const file = path.join(dir, 'export.jsonl');
    fs.writeFileSync(file, 'the previous export\n');
    await expect(
      writeStreamAtomic(file, {}, async (out) => {
        out.write('half of a new export\n');
        throw new Error('database went away');
      }),
    ).rejects.toThrow('database went away');
    expect(fs.readFileSync(file, 'utf8')).toBe('the previous export\n');
    expect(names()).toEqual(['export.jsonl']);
  });

  it('a directory that does not exist: the error, and nothing written', async () => {
    const file = path.join(dir, 'no', 'export.jsonl');
    let called = false;
    await expect(writeStreamAtomic(file, {}, async () => (called = true))).rejects.toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(called).toBe(false);
    expect(names()).toEqual([]);
  });
});

describe('a target that is no regular file', () => {
  /** A real FIFO; null where mkfifo is missing (the process tests then say so). */
  function fifo(name: string): string | null {
    const file = path.join(dir, name);
    return spawnSync('mkfifo', [file]).status === 0 ? file : null;
  }

  it.skipIf(!POSIX)('a FIFO, directly or through a symlink, is refused and stays a FIFO', async () => {
    const target = fifo('pipe');
    if (!target) return void console.warn('mkfifo is missing: FIFO targets not tested');
    fs.symlinkSync(target, path.join(dir, 'link'));
    for (const name of ['pipe', 'link']) {
      const file = path.join(dir, name);
      expect(() => writeFileAtomic(file, 'x')).toThrow(`${target} is not a regular file (a FIFO)`);
      let called = false;
      await expect(writeStreamAtomic(file, {}, async () => (called = true))).rejects.toThrow(FileRefusedError);
      expect(called).toBe(false);
    }
    expect(fs.lstatSync(target).isFIFO()).toBe(true);
    expect(names()).toEqual(['link', 'pipe']);
  });

  it('a directory is refused, and left as it was', () => {
    const target = path.join(dir, 'report.html');
    fs.mkdirSync(target);
    expect(() => writeFileAtomic(target, 'x')).toThrow(expect.objectContaining({ code: 'EREFUSED', kind: 'a directory' }));
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(names()).toEqual(['report.html']);
  });

  it('exclusive (a backup) fails with EEXIST on a FIFO, as on any existing name', () => {
    const target = fifo('settings.json.backup');
    if (!target) return;
    expect(() => writeFileAtomic(target, 'x', { exclusive: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
  });
});
