import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForbiddenError, PreconditionFailedError, ValidationError } from '@/lib/errors';
import { toActionError, toChangeError, versionOf } from './action-result';

afterEach(() => vi.restoreAllMocks());

describe('toActionError', () => {
  it('turns typed errors into { ok: false, message, fieldErrors }', () => {
    expect(toActionError(new ValidationError({ name: ['Required.'] }))).toEqual({ ok: false, message: 'Some fields are invalid.', fieldErrors: { name: ['Required.'] } });
    expect(toActionError(new ForbiddenError())).toEqual({ ok: false, message: 'Your role does not allow this.', fieldErrors: {} });
  });

  it('answers anything else generically and logs only its name and message', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = toActionError(new TypeError('boom'));
    expect(result).toEqual({ ok: false, message: 'Something went wrong on our side. Try again.', fieldErrors: {} });
    expect(log.mock.calls.flat().join(' ')).toContain('TypeError: boom');
  });

  it("lets Next's redirect and notFound through", () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/sign-in;307;' });
    expect(() => toActionError(redirect)).toThrow(redirect);
  });
});

describe('versionOf and toChangeError', () => {
  it('take only the integer version the page read', () => {
    expect(versionOf(3)).toBe(3);
    for (const bad of ['3', -1, 1.5, null]) expect(() => versionOf(bad)).toThrow(ValidationError);
  });

  it('answer a stale version as stale, with the name, and anything else as toActionError does', () => {
    expect(toChangeError(new PreconditionFailedError(), 'orders')).toMatchObject({ ok: false, stale: true, message: expect.stringContaining('orders changed since you opened it') });
    expect(toChangeError(new ForbiddenError(), 'orders')).toEqual({ ok: false, message: 'Your role does not allow this.', fieldErrors: {} });
  });
});
