/** The error log keeps what went wrong, never the payload an error message quotes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordInternalError } from '../../src/runtime/internal-errors.js';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

function logAfter(error: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'bgt-errors-'));
  homes.push(home);
  const env = { BGTELEMETRY_HOME: home };
  recordInternalError('test', error, env);
  return readFileSync(join(home, 'errors.log'), 'utf8');
}

describe('recordInternalError', () => {
  it('drops the payload JSON.parse quotes', () => {
    let error: unknown;
    try {
      JSON.parse('{"tool_input": {"command": "mysql -pHunter2Secret83 app"}');
    } catch (e) {
      error = e;
    }
    const log = logAfter(error);
    expect(log).toContain('"where":"test"');
    expect(log).not.toContain('Hunter2Secret83');
  });

  it('drops quoted values, long tokens and lines after the first', () => {
    const log = logAfter(new Error(`bad value 'QuotedPw83kd' and "Dq83kd" then ${'Tk'.repeat(30)}\nnext line NextLinePw83`));
    expect(log).toContain('bad value');
    for (const s of ['QuotedPw83kd', 'Dq83kd', 'Tk'.repeat(30), 'NextLinePw83']) expect(log).not.toContain(s);
  });

  it('keeps paths, which say where the problem is', () => {
    const path = '/home/someone/.local/share/bgtelemetry/telemetry.sqlite';
    expect(logAfter(`cannot open ${path}: SQLITE_CANTOPEN`)).toContain(path);
  });
});
