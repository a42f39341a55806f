import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, RateLimitedError, ValidationError } from '@/lib/errors';
import { describeError, errorResponse } from './errors';

afterEach(() => vi.restoreAllMocks());

describe('errorResponse', () => {
  it('maps typed errors to their status and { error: { code, message } }', async () => {
    const res = errorResponse(new ConflictError('Name taken.'), 'req-1');
    expect(res.status).toBe(409);
    expect(res.headers.get('x-request-id')).toBe('req-1');
    expect(await res.json()).toEqual({ error: { code: 'conflict', message: 'Name taken.' } });
  });

  it('adds field errors to 422 and Retry-After to 429', async () => {
    const invalid = errorResponse(new ValidationError({ name: ['Required.'] }), 'r');
    expect(await invalid.json()).toEqual({ error: { code: 'validation_failed', message: 'Some fields are invalid.', fieldErrors: { name: ['Required.'] } } });
    const limited = errorResponse(new RateLimitedError(90), 'r');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('90');
  });

  it('answers anything else with a generic 500 and logs the cause without secrets', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const secret = 'CANARY-4f1d-secret';
    const cause = Object.assign(new Error(`duplicate key value (token_hash)=(${secret})`), { code: '23505', constraint: 'api_tokens_token_hash_unique' });
    const res = errorResponse(new DrizzleQueryError('insert into api_tokens values ($1)', [secret], cause), 'req-9');
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain(secret);
    expect(JSON.parse(body).error.code).toBe('internal');
    const logged = log.mock.calls.flat().join(' ');
    expect(logged).toContain('req-9');
    expect(logged).toContain('23505');
    expect(logged).not.toContain(secret);
  });
});

describe('describeError', () => {
  it('keeps the name and message of ordinary errors', () => {
    expect(describeError(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
    expect(describeError('string thrown')).toBe('string');
  });
});
