import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialsUnreadableError, decryptCredentials, encryptCredentials, keyIdOf, type ClusterCredentials } from './credentials-crypto';

const key = randomBytes(32);
const binding = { organizationId: randomUUID(), clusterId: randomUUID() };
const creds: ClusterCredentials = { kind: 'token', token: 'canary-token-0123456789' };

describe('credentials at rest', () => {
  it('round-trips, records the key id, and never shows the plaintext', () => {
    const sealed = encryptCredentials(creds, binding, key);
    expect(sealed.keyId).toBe(keyIdOf(key));
    expect(sealed.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(sealed.ciphertext).not.toContain('canary');
    expect(Buffer.from(sealed.ciphertext.slice(3), 'base64').toString('latin1')).not.toContain('canary');
    expect(decryptCredentials(sealed, binding, [key])).toEqual(creds);
  });

  it('uses a fresh IV each time', () => {
    expect(encryptCredentials(creds, binding, key).ciphertext).not.toBe(encryptCredentials(creds, binding, key).ciphertext);
  });

  it('does not decrypt for another cluster or another organization', () => {
    const sealed = encryptCredentials(creds, binding, key);
    expect(() => decryptCredentials(sealed, { ...binding, clusterId: randomUUID() }, [key])).toThrow(CredentialsUnreadableError);
    expect(() => decryptCredentials(sealed, { ...binding, organizationId: randomUUID() }, [key])).toThrow(/do not decrypt/);
  });

  it('reads ciphertexts of a previous key and names a missing key by id only', () => {
    const old = randomBytes(32);
    const sealed = encryptCredentials(creds, binding, old);
    expect(decryptCredentials(sealed, binding, [key, old])).toEqual(creds);
    const err = (() => {
      try {
        decryptCredentials(sealed, binding, [key]);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toContain(keyIdOf(old));
    expect(err?.message).toContain('FLOTILLA_PREVIOUS_SECRET_KEYS');
    expect(err?.message).not.toContain(old.toString('base64'));
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = encryptCredentials(creds, binding, key);
    const raw = Buffer.from(sealed.ciphertext.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptCredentials({ ...sealed, ciphertext: `v1:${raw.toString('base64')}` }, binding, [key])).toThrow(CredentialsUnreadableError);
    expect(() => decryptCredentials({ ...sealed, ciphertext: 'garbage' }, binding, [key])).toThrow(/malformed/);
  });
});
