import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/api/parse';
import { safeText, unsafeTextProblem, visibleText } from './text';

// What an attacker would slip into a name: terminal escapes, forged lines, bells, NULs, C1
// controls, direction overrides, isolates and marks, Unicode line separators.
const CONTROLS = ['\u001b[31m', '\r', '\u0007', '\u0000', '\u0085', '\u009b', '\u007f', '\t', '\u000b'];
const DIRECTIONS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

describe('safeText', () => {
  it('refuses control and direction characters anywhere, saying which', () => {
    const schema = safeText(100);
    for (const char of [...CONTROLS, ...DIRECTIONS]) {
      const result = schema.safeParse(`invoice${char}gpj.exe`);
      expect(result.success, JSON.stringify(char)).toBe(false);
      const message = fieldErrorsOf(result.error!)._![0]!;
      expect(message).toMatch(/control character \(U\+00[0-9A-F]{2}\)|text-direction character \(U\+[0-9A-F]{4}\)/);
    }
    expect(unsafeTextProblem('a\u202eb')).toContain('U+202E');
  });

  it('wants one line where one line is meant, and keeps LF and TAB in multi-line text', () => {
    for (const lineBreak of ['\n', '\u2028', '\u2029']) expect(unsafeTextProblem(`a${lineBreak}b`)).toBe('Must be a single line.');
    const multi = safeText(100, { multiline: true });
    expect(multi.parse(' first\r\n\tsecond\rthird ')).toBe('first\n\tsecond\nthird');
    expect(multi.safeParse('a\u001b[2Jb').success).toBe(false);
    expect(multi.safeParse('a\u202eb').success).toBe(false);
  });

  it('keeps ordinary text of every script, emoji included, and limits the length', () => {
    for (const ok of ['Équipe Données', 'データ基盤', 'فريق البيانات', 'צוות נתונים', 'team 🚀 ops', 'a—b “c”']) expect(safeText(100).parse(ok)).toBe(ok);
    expect(fieldErrorsOf(safeText(5).safeParse('abcdef').error!)).toEqual({ _: ['Must be at most 5 characters.'] });
    expect(safeText(5).parse('  abc  ')).toBe('abc');
    expect(safeText(5, { trim: false }).parse(' abc ')).toBe(' abc ');
  });
});

describe('visibleText', () => {
  it('spells out what would be invisible or act on the screen', () => {
    expect(visibleText('evil\u202Etxt.exe')).toBe('evil\\u202Etxt.exe');
    expect(visibleText('\u001b[31mred\u0007')).toBe('\\u001B[31mred\\u0007');
    expect(visibleText('line\r\nforged')).toBe('line\\u000D\\u000Aforged');
    expect(visibleText('a\u0000b\u0085c\u2066d')).toBe('a\\u0000b\\u0085c\\u2066d');
    expect(visibleText('lone \ud800 surrogate')).toBe('lone \\uD800 surrogate');
  });

  it('leaves ordinary text alone, and LF and TAB in multi-line text', () => {
    for (const ok of ['Équipe', 'データ', 'فريق', 'team 🚀']) expect(visibleText(ok)).toBe(ok);
    expect(visibleText('a\n\tb', { multiline: true })).toBe('a\n\tb');
    expect(visibleText('a\n\tb')).toBe('a\\u000A\\u0009b');
  });
});
