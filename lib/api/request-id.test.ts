import { describe, expect, it } from 'vitest';
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
