import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address';
import { requestIdOf } from './request-id';

describe('request id', () => {
  it("keeps a caller's sane id and replaces anything else", () => {
    expect(requestIdOf(new Headers({ 'x-request-id': 'abc-123_x.y:z' }))).toBe('abc-123_x.y:z');
    expect(requestIdOf(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
    for (const bad of ['has space', 'x'.repeat(129), '<script>', 'a"b']) {
      expect(requestIdOf(new Headers({ 'x-request-id': bad }))).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('client address', () => {
  it('takes the entry the nearest proxy appended', () => {
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.7' }))).toBe('10.0.0.7');
    expect(clientAddressOf(new Headers({ 'x-real-ip': '10.0.0.8' }))).toBe('10.0.0.8');
    expect(clientAddressOf(new Headers())).toBe('unknown');
  });
});
