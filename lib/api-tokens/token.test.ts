import { describe, expect, it } from 'vitest';
import { displayPrefix, generateToken, hashToken, looksLikeToken } from './token';

describe('API token format', () => {
  it('is flt_ plus 256 random bits in base64url', () => {
    const token = generateToken();
    expect(token).toMatch(/^flt_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
    expect(looksLikeToken(token)).toBe(true);
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
  });

  it('is stored as a SHA-256 hash that does not contain the token', () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token.slice(4, 20));
  });

  it('shows only a short prefix', () => {
    const token = generateToken();
    expect(displayPrefix(token)).toBe(token.slice(0, 10));
  });

  it('rejects anything that is not a token', () => {
    for (const bad of ['', 'flt_', 'abc', `flt_${'a'.repeat(42)}`, `flt_${'a'.repeat(44)}`, `xyz_${'a'.repeat(43)}`]) {
      expect(looksLikeToken(bad)).toBe(false);
    }
  });
});
