import { describe, expect, it } from 'vitest';
import { describeConfigErrors, EnvSchema } from './schema';

const KEY = Buffer.alloc(32, 1).toString('base64');

describe('configuration', () => {
  it('needs nothing in embedded mode and fills in defaults', () => {
    const env = EnvSchema.parse({});
    expect(env).toMatchObject({
      FLOTILLA_DATA_DIR: './.data',
      FLOTILLA_PUBLIC_URL: 'http://localhost:3000',
      FLOTILLA_CLUSTER_ADDRESSES: 'private',
      FLOTILLA_SIGNUP: 'open',
      FLOTILLA_WORKER: 'in-process',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('requires both keys from the environment when DATABASE_URL is set', () => {
    const result = EnvSchema.safeParse({ DATABASE_URL: 'postgres://db/flotilla' });
    expect(result.success).toBe(false);
    const message = describeConfigErrors(result.error!);
    expect(message).toContain('FLOTILLA_SECRET_KEY: is required when DATABASE_URL is set');
    expect(message).toContain('AUTH_SECRET: is required when DATABASE_URL is set');
  });

  it('accepts a production configuration', () => {
    const env = EnvSchema.parse({
      DATABASE_URL: 'postgresql://user@db:5432/flotilla',
      FLOTILLA_SECRET_KEY: KEY,
      AUTH_SECRET: 'x'.repeat(32),
      FLOTILLA_PUBLIC_URL: 'https://flink.example.com',
      FLOTILLA_CLUSTER_ADDRESSES: 'public',
    });
    expect(env.FLOTILLA_CLUSTER_ADDRESSES).toBe('public');
  });

  it.each([
    ['DATABASE_URL', 'mysql://db/x', 'must be a postgres:// or postgresql:// URL'],
    ['FLOTILLA_SECRET_KEY', 'c2hvcnQ=', 'must be 32 random bytes in base64'],
    ['AUTH_SECRET', 'short', 'must be at least 32 characters'],
    ['FLOTILLA_PUBLIC_URL', 'ftp://x', 'must be an http:// or https:// URL'],
    ['FLOTILLA_CLUSTER_ADDRESSES', 'anything', 'must be one of: public, private, loopback'],
    ['FLOTILLA_SIGNUP', 'closed', 'must be open or invite-only'],
    ['FLOTILLA_WORKER', 'elsewhere', 'must be in-process or off'],
    ['FLOTILLA_TRUSTED_PROXIES', '10.0.0.1, proxy.internal', '"proxy.internal" is not an IP address or CIDR range'],
  ])('explains a bad %s', (name, value, expected) => {
    const result = EnvSchema.safeParse({ [name]: value });
    expect(result.success).toBe(false);
    const message = describeConfigErrors(result.error!);
    expect(message).toContain(`${name}: ${expected}`);
    expect(message).toContain('README.md');
  });

  it('reads previous secret keys, comma-separated, for decrypting until rotation', () => {
    const other = Buffer.alloc(32, 2).toString('base64');
    expect(EnvSchema.parse({}).FLOTILLA_PREVIOUS_SECRET_KEYS).toEqual([]);
    expect(EnvSchema.parse({ FLOTILLA_PREVIOUS_SECRET_KEYS: ` ${KEY}, ${other} ` }).FLOTILLA_PREVIOUS_SECRET_KEYS).toEqual([KEY, other]);
    const result = EnvSchema.safeParse({ FLOTILLA_PREVIOUS_SECRET_KEYS: `${KEY},c2hvcnQ=` });
    expect(result.success).toBe(false);
    expect(describeConfigErrors(result.error!)).toContain('FLOTILLA_PREVIOUS_SECRET_KEYS.1: must be 32 random bytes in base64');
  });

  it('trusts no proxy by default and reads addresses and ranges', () => {
    expect(EnvSchema.parse({}).FLOTILLA_TRUSTED_PROXIES).toEqual([]);
    const ranges = EnvSchema.parse({ FLOTILLA_TRUSTED_PROXIES: '10.0.0.0/8,::1' }).FLOTILLA_TRUSTED_PROXIES;
    expect(ranges.map(([address, bits]) => `${address.toString()}/${bits}`)).toEqual(['10.0.0.0/8', '::1/128']);
  });
});
