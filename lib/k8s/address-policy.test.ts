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

describe('IPv6 addresses that carry an IPv4 address', () => {
  const policies: AddressPolicy[] = ['public', 'private', 'loopback'];
  const verdicts = (address: string) => policies.map((p) => checkAddress(address, p).ok);

  // Every way of writing 169.254.169.254 (and its link-local neighbours) inside IPv6.
  it.each([
    ['::169.254.169.254', 'IPv4-mapped'], // ipaddr.js reads the dotted compatible form as mapped
    ['::a9fe:a9fe', 'IPv4-compatible'],
    ['0:0:0:0:0:0:169.254.169.254', 'IPv4-compatible'],
    ['::ffff:169.254.169.254', 'IPv4-mapped'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped'],
    ['::FFFF:A9FE:A9FE', 'IPv4-mapped'],
    ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4-mapped'],
    ['::ffff:0:a9fe:a9fe', 'IPv4-translated'],
    ['64:ff9b::169.254.169.254', 'NAT64'],
    ['64:ff9b::a9fe:a9fe', 'NAT64'],
    ['64:ff9b:1::a9fe:a9fe', 'NAT64, local-use prefix'],
    ['64:ff9b:1:a9fe:a9:fe00::', 'NAT64, local-use prefix'], // the /48 layout, u octet skipped
    ['2002:a9fe:a9fe::1', '6to4'],
    ['2002:a9fe:a9fe:1234:5678::9', '6to4'],
    ['2001:0:a9fe:a9fe::1', 'Teredo'], // the server half
    ['2001:0:808:808:0:0:5601:5601', 'Teredo'], // the client half, stored inverted
    ['64:ff9b::a9fe:1', 'NAT64'], // 169.254.0.1, any link-local address
  ])('always refuses %s (%s form of a link-local address)', (address, form) => {
    for (const policy of policies) {
      const verdict = checkAddress(address, policy);
      expect(verdict.ok, `${address} under ${policy}`).toBe(false);
      expect(!verdict.ok && verdict.reason).toContain(`(${form}):`);
      expect(!verdict.ok && verdict.reason).toMatch(/carries the IPv4 address 169\.254\.\d+\.\d+ .*link-local/);
    }
  });

  it.each([
    ['::ffff:100.100.100.200'],
    ['64:ff9b::6464:64c8'], // 100.100.100.200, Alibaba's metadata service
    ['2002:c000:c0::'], // 192.0.0.192, Oracle's
    ['64:ff9b::c000:c0'],
  ])('refuses %s as the metadata address it carries', (address) => {
    for (const policy of policies) expect(checkAddress(address, policy)).toMatchObject({ ok: false, reason: expect.stringMatching(/metadata/) });
  });

  it.each([
    ['::0.0.0.0', /unspecified/],
    ['::2', /unspecified/], // ::0.0.0.2, in 0.0.0.0/8
    ['64:ff9b::', /unspecified/],
    ['64:ff9b:1::', /unspecified/],
    ['2002::', /unspecified/],
    ['64:ff9b::e000:1', /reserved range \(multicast\)/],
    ['2002:ffff:ffff::', /reserved range \(broadcast\)/],
  ])('refuses %s, which carries no server address', (address, reason) => {
    for (const policy of policies) expect(checkAddress(address, policy)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it.each([
    ['::ffff:7f00:1'],
    ['::127.0.0.1'],
    ['::7f00:1'],
    ['64:ff9b::127.0.0.1'],
    ['64:ff9b:1::7f00:1'],
    ['2002:7f00:1::'],
    ['2001:0:7f00:1::80ff:fffe'], // server and client 127.0.0.1
  ])('allows %s (loopback inside) only where loopback is allowed', (address) => {
    expect(verdicts(address)).toEqual([false, false, true]);
    expect(checkAddress(address, 'private')).toMatchObject({ reason: expect.stringContaining('FLOTILLA_CLUSTER_ADDRESSES=private') });
  });

  it.each([
    ['::ffff:10.0.0.1'],
    ['::ffff:c0a8:10a'], // 192.168.1.10
    ['::ac10:5'], // 172.16.0.5
    ['64:ff9b::10.1.2.3'],
    ['64:ff9b::6440:1'], // 100.64.0.1, carrier-grade NAT
    ['64:ff9b:1::c0a8:101'],
    ['2002:a00:1::1'],
    ['2001:0:a00:1::f5ff:fffe'], // server and client 10.0.0.1
    ['2001:0:808:808:0:0:f5ff:fffe'], // client 10.0.0.1
  ])('allows %s (private inside) only where private addresses are allowed', (address) => {
    expect(verdicts(address)).toEqual([false, true, true]);
  });

  it.each([
    ['::ffff:8.8.8.8'],
    ['64:ff9b::808:808'],
    ['64:ff9b::8.8.4.4'],
    ['64:ff9b:1::808:808'], // the /96 layout under the local-use prefix
    ['64:ff9b:1:808:8:800::'], // the /48 layout
    ['2002:808:808::1'],
    ['2001:0:808:808:8000:ffff:f7f7:f7f7'], // server and client 8.8.8.8
  ])('judges %s by the public address it carries', (address) => {
    expect(verdicts(address)).toEqual([true, true, true]);
  });

  it('still judges plain IPv6 by its own range', () => {
    expect(verdicts('2001:4860::8888')).toEqual([true, true, true]);
    expect(verdicts('::1')).toEqual([false, false, true]);
    expect(checkAddress('::', 'loopback')).toMatchObject({ ok: false, reason: expect.stringMatching(/unspecified/) });
    expect(checkAddress('2001:db8::1', 'loopback')).toMatchObject({ ok: false, reason: expect.stringMatching(/reserved/) });
  });

  it('refuses the embedded forms before and after a lookup', async () => {
    for (const host of ['[::ffff:a9fe:a9fe]', '[64:ff9b::a9fe:a9fe]', '[2002:a9fe:a9fe::]']) expect(checkHost(host, 'loopback').ok, host).toBe(false);
    const err = await new Promise<Error | null>((resolve) =>
      safeLookup(() => 'loopback', async () => [{ address: '64:ff9b::a9fe:a9fe', family: 6 }])('nat64.example.com', {}, (e) => resolve(e)),
    );
    expect(err).toBeInstanceOf(AddressRefusedError);
    expect(err!.message).toMatch(/nat64\.example\.com resolves to a refused address: .*169\.254\.169\.254/);
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
