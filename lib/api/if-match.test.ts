import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { ifMatchOf } from './if-match';

const req = (value?: string) => new Request('http://x/', { headers: value === undefined ? {} : { 'if-match': value } });

describe('If-Match', () => {
  it('reads the version in its usual spellings', () => {
    expect(ifMatchOf(req('"7"'))).toBe(7);
    expect(ifMatchOf(req('7'))).toBe(7);
    expect(ifMatchOf(req('W/"12"'))).toBe(12);
  });

  it('means unconditional when absent or *', () => {
    expect(ifMatchOf(req())).toBeUndefined();
    expect(ifMatchOf(req('*'))).toBeUndefined();
  });

  it('refuses anything else with a field error', () => {
    expect(() => ifMatchOf(req('"abc"'))).toThrow(ValidationError);
    expect(() => ifMatchOf(req('1, 2'))).toThrow(ValidationError);
  });
});
