import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { AddressRefusedError, checkAddress, checkHost, safeLookup, type AddressPolicy } from './address-policy';

describe('the address policy', () => {
  it.each([
    ['169.254.169.254', /link-local/],
    ['169.254.1.1', /link-local/],
    ['fe80::1', /link-local/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['100.100.100.200', /metadata/],
    ['fd00:ec2::254', /metadata/],
    ['::ffff:169.254.169.254', /link-local/],
    ['224.0.0.1', /reserved range/],
    ['255.255.255.255', /reserved range/],
  ])('always refuses %s', (address, reason) => {
    for (const policy of ['public', 'private', 'loopback'] as AddressPolicy[]) {
      const verdict = checkAddress(address, policy);
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.reason).toMatch(reason);
    }
  });

  it('allows private and loopback ranges only as the setting says', () => {
    const allowed = (a: string, p: AddressPolicy) => checkAddress(a, p).ok;
    expect(['8.8.8.8', '2001:4860::8888'].every((a) => allowed(a, 'public'))).toBe(true);
    for (const a of ['10.0.0.1', '192.168.1.10', '172.16.0.5', 'fd12::1', '100.64.0.1']) {
      expect([allowed(a, 'public'), allowed(a, 'private'), allowed(a, 'loopback')]).toEqual([false, true, true]);
    }
    for (const a of ['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1']) {
      expect([allowed(a, 'public'), allowed(a, 'private'), allowed(a, 'loopback')]).toEqual([false, false, true]);
    }
    expect(checkAddress('10.0.0.1', 'public')).toMatchObject({ reason: expect.stringContaining('FLOTILLA_CLUSTER_ADDRESSES=public') });
  });

  it('refuses metadata names and bad literal addresses before any lookup', () => {
    for (const host of ['metadata.google.internal', 'METADATA.google.internal.', 'metadata', '169.254.169.254', '[fe80::1]', '0.0.0.0', '1.2.3']) {
      expect(checkHost(host, 'loopback').ok, host).toBe(false);
    }
    expect(checkHost('k8s.example.com', 'public').ok).toBe(true);
    expect(checkHost('127.0.0.1', 'loopback').ok).toBe(true);
  });
});

describe('the lookup every connection uses', () => {
  const resolveTo = (addresses: string[]) => async (): Promise<LookupAddress[]> => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  const lookup = (policy: AddressPolicy, addresses: string[], all = false) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) =>
      safeLookup(() => policy, resolveTo(addresses))('api.example.com', { all }, (err, address) => resolve({ err, address })),
    );

  it('hands the connection the checked address', async () => {
    expect(await lookup('public', ['8.8.4.4'])).toEqual({ err: null, address: '8.8.4.4' });
    expect(await lookup('public', ['8.8.4.4', '2001:4860::1'], true)).toMatchObject({ err: null, address: [{ address: '8.8.4.4' }, { address: '2001:4860::1' }] });
  });

  it('refuses a name that resolves to metadata, link-local or a disallowed range', async () => {
    for (const [policy, addresses] of [
      ['loopback', ['169.254.169.254']],
      ['loopback', ['8.8.8.8', '169.254.169.254']],
      ['private', ['127.0.0.1']],
      ['public', ['10.1.2.3']],
    ] as [AddressPolicy, string[]][]) {
      const { err } = await lookup(policy, addresses, true);
      expect(err, addresses.join()).toBeInstanceOf(AddressRefusedError);
      expect(err!.message).toContain('api.example.com resolves to');
    }
  });

  it('checks again on every lookup, so a name that changes its answer is caught', async () => {
    const answers = [['8.8.8.8'], ['169.254.169.254']];
    let calls = 0;
    const rebinding = async () => answers[calls++]!.map((address) => ({ address, family: 4 }));
    const look = () =>
      new Promise<Error | null>((resolve) => safeLookup(() => 'public', rebinding)('rebind.example.com', {}, (err) => resolve(err)));
    expect(await look()).toBeNull();
    expect(await look()).toBeInstanceOf(AddressRefusedError);
  });
});
