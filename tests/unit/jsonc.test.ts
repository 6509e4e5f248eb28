/** JSON with comments and trailing commas, as Claude Code settings files may contain. */
import { describe, expect, it } from 'vitest';
import { parseJsonc, stripJsonComments } from '../../src/runtime/jsonc.js';

describe('parseJsonc', () => {
  it('parses plain JSON unchanged', () => {
    const value = { a: 1, b: [true, null, 'x'], c: { d: -2.5e3 } };
    expect(parseJsonc(JSON.stringify(value, null, 2))).toEqual(value);
  });

  it('drops line comments, including one on the last line without a newline', () => {
    const text = '// leading\n{\n  "a": 1, // after a value\n  // own line\n  "b": 2\n}\n// trailing';
    expect(parseJsonc(text)).toEqual({ a: 1, b: 2 });
  });

  it('drops block comments, single- and multi-line', () => {
    const text = '/* head */{ "a": /* inline */ 1, /*\n multi\n line\n */ "b": [1, /* x */ 2] }';
    expect(parseJsonc(text)).toEqual({ a: 1, b: [1, 2] });
  });

  it('a block comment separates tokens like whitespace', () => {
    expect(parseJsonc('[1/**/,2]')).toEqual([1, 2]);
    expect(() => parseJsonc('[1/**/2]')).toThrow();
  });

  it('keeps comment markers inside strings', () => {
    const text = '{ "url": "https://example.com/a//b", "glob": "src/**/*.ts", "note": "/* not a comment */" } // real';
    expect(parseJsonc(text)).toEqual({ url: 'https://example.com/a//b', glob: 'src/**/*.ts', note: '/* not a comment */' });
  });

  it('handles escaped quotes and backslashes inside strings', () => {
    const text = String.raw`{ "cmd": "echo \"// hi\" /* x */", "path": "C:\\dir\\", "after": "// kept" } // gone`;
    expect(parseJsonc(text)).toEqual({ cmd: 'echo "// hi" /* x */', path: 'C:\\dir\\', after: '// kept' });
  });

  it('a string ending in an escaped backslash closes correctly before a comment', () => {
    const text = String.raw`{ "a": "x\\" /* "b": 1 */ }`;
    expect(parseJsonc(text)).toEqual({ a: 'x\\' });
  });

  it('accepts trailing commas in objects and arrays, with whitespace and comments before the bracket', () => {
    expect(parseJsonc('{ "a": [1, 2, ], "b": { "c": 3, }, }')).toEqual({ a: [1, 2], b: { c: 3 } });
    expect(parseJsonc('[\n  "x",\n  // last\n]')).toEqual(['x']);
    expect(parseJsonc('{ "a": 1, /* end */ }')).toEqual({ a: 1 });
  });

  it('keeps commas followed by brackets inside strings', () => {
    expect(parseJsonc('{ "a": "x,}", "b": "y, ]" }')).toEqual({ a: 'x,}', b: 'y, ]' });
  });

  it('skips a byte-order mark', () => {
    expect(parseJsonc('\uFEFF{ "a": 1 } // c')).toEqual({ a: 1 });
  });

  it('still rejects text that is not JSON once comments are removed', () => {
    expect(() => parseJsonc('{ a: 1 }')).toThrow(SyntaxError);
    expect(() => parseJsonc('// only a comment')).toThrow(SyntaxError);
    expect(() => parseJsonc('{ "a": 1 /* unterminated')).toThrow(SyntaxError);
    expect(() => parseJsonc('[1,,]')).toThrow(SyntaxError);
  });
});

describe('stripJsonComments', () => {
  it('keeps line numbers: a line comment leaves its newline', () => {
    const out = stripJsonComments('{\n"a": 1 // x\n}');
    expect(out.split('\n')).toHaveLength(3);
  });
});
