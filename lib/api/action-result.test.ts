import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { toActionError } from './action-result';

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
