import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin';

const PUBLIC_URL = 'https://flotilla.example.com';
const headers = (h: Record<string, string>) => new Headers(h);

describe('isAllowedOrigin (CSRF check for cookie-authenticated calls)', () => {
  it('lets reads through from anywhere', () => {
    expect(isAllowedOrigin(headers({ origin: 'https://evil.example' }), 'GET', PUBLIC_URL)).toBe(true);
    expect(isAllowedOrigin(headers({}), 'HEAD', PUBLIC_URL)).toBe(true);
  });

  it('accepts writes from the console origin', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(isAllowedOrigin(headers({ origin: 'https://flotilla.example.com' }), method, PUBLIC_URL)).toBe(true);
    }
  });

  it('refuses writes from a foreign origin, a lookalike, another scheme or port, and the null origin', () => {
    for (const origin of [
      'https://evil.example',
      'https://flotilla.example.com.evil.example',
      'http://flotilla.example.com',
      'https://flotilla.example.com:8443',
      'null',
    ]) {
      expect(isAllowedOrigin(headers({ origin }), 'POST', PUBLIC_URL), origin).toBe(false);
    }
  });

  it('refuses writes without an Origin unless the browser marks them same-origin', () => {
    expect(isAllowedOrigin(headers({}), 'DELETE', PUBLIC_URL)).toBe(false);
    expect(isAllowedOrigin(headers({ 'sec-fetch-site': 'cross-site' }), 'PATCH', PUBLIC_URL)).toBe(false);
    expect(isAllowedOrigin(headers({ 'sec-fetch-site': 'same-origin' }), 'PATCH', PUBLIC_URL)).toBe(true);
  });

  it('compares origins, not URLs with paths', () => {
    expect(isAllowedOrigin(headers({ origin: 'http://localhost:3000' }), 'POST', 'http://localhost:3000/flotilla')).toBe(true);
  });

  it('treats the method case-insensitively', () => {
    expect(isAllowedOrigin(headers({ origin: 'https://evil.example' }), 'post', PUBLIC_URL)).toBe(false);
  });
});
