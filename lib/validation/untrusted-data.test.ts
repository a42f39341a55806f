import { describe, expect, it } from 'vitest';
import { MAX_NESTING, TOO_DEEP, UNSTORABLE_TEXT, untrustedDataProblem } from './untrusted-data';

function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('untrusted data', () => {
  it('accepts ordinary documents, emoji and every other well-formed text', () => {
    expect(untrustedDataProblem({ name: 'café 🚀', spec: { containers: [{ env: [{ name: 'A', value: '\u202e' }] }] } })).toBeNull();
    expect(untrustedDataProblem(nested(MAX_NESTING))).toBeNull();
  });

  it('refuses nesting past the limit without overflowing, naming the top-level field', () => {
    expect(untrustedDataProblem(nested(MAX_NESTING + 1))).toEqual({ path: 'a', message: TOO_DEEP });
    expect(untrustedDataProblem({ podTemplate: nested(100_000) })).toEqual({ path: 'podTemplate', message: TOO_DEEP });
    expect(untrustedDataProblem(nested(100_000, []))).toMatchObject({ message: TOO_DEEP });
  });

  it.each([
    ['a NUL', 'x\u0000y'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00x'],
    ['reversed surrogates', '\udc00\ud800'],
  ])('refuses %s in a value or a key, naming where', (_, text) => {
    expect(untrustedDataProblem({ flinkConfiguration: { key: text } })).toEqual({ path: 'flinkConfiguration.key', message: UNSTORABLE_TEXT });
    expect(untrustedDataProblem({ args: ['ok', text] })).toEqual({ path: 'args.1', message: UNSTORABLE_TEXT });
    expect(untrustedDataProblem({ labels: { [text]: 'v' } })?.path).toBe(`labels.${text}`);
    expect(untrustedDataProblem(text)).toEqual({ path: '_', message: UNSTORABLE_TEXT });
  });
});
