import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '@/lib/config/trusted-proxies';
import { PEER_ADDRESS_HEADER } from '@/lib/http/arrival-headers';
import { clientAddressOf, forwardedOverHttps } from './client-address';

const NONE = parseTrustedProxies('');
const PROXIES = parseTrustedProxies('10.0.0.0/8, 192.0.2.10, fd00::/8');

function request(peer: string | null, extra: Record<string, string> = {}) {
  const headers = new Headers(extra);
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  return headers;
}

describe('client address without trusted proxies', () => {
  it("is the socket's peer, whatever X-Forwarded-For or X-Real-IP claim", () => {
    const spoofed = { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.10' };
    expect(clientAddressOf(request('198.51.100.4', spoofed), NONE)).toBe('198.51.100.4');
    expect(clientAddressOf(request('198.51.100.4', { 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }), NONE)).toBe('198.51.100.4');
  });

  it('keys one client once: an IPv4-mapped IPv6 peer is its IPv4 address', () => {
    expect(clientAddressOf(request('::ffff:198.51.100.4'), NONE)).toBe('198.51.100.4');
    expect(clientAddressOf(request('2001:db8:0:0::1'), NONE)).toBe('2001:db8::1');
  });

  it('is "unknown" without a recorded peer (never a header the client chose)', () => {
    expect(clientAddressOf(request(null, { 'x-forwarded-for': '203.0.113.9' }), NONE)).toBe('unknown');
  });

  it('ignores a peer that is itself a trusted proxy address when none are configured', () => {
    expect(clientAddressOf(request('10.0.0.5', { 'x-forwarded-for': '203.0.113.9' }), NONE)).toBe('10.0.0.5');
  });
});

describe('client address behind trusted proxies', () => {
  it('takes the entry the trusted proxy appended, not what the client wrote before it', () => {
    const headers = request('10.0.0.5', { 'x-forwarded-for': '203.0.113.66, 198.51.100.4' });
    expect(clientAddressOf(headers, PROXIES)).toBe('198.51.100.4');
  });

  it('skips every trusted hop from the right, in either address family', () => {
    const chain = { 'x-forwarded-for': '203.0.113.66, 198.51.100.4, 192.0.2.10, 10.1.2.3' };
    expect(clientAddressOf(request('10.0.0.5', chain), PROXIES)).toBe('198.51.100.4');
    expect(clientAddressOf(request('fd00::1', { 'x-forwarded-for': '2001:db8::7, fd12::3' }), PROXIES)).toBe('2001:db8::7');
  });

  it('reads the chain across repeated header lines and with ports written by some proxies', () => {
    const headers = request('10.0.0.5');
    headers.append('x-forwarded-for', '203.0.113.66');
    headers.append('x-forwarded-for', '198.51.100.4:53122');
    expect(clientAddressOf(headers, PROXIES)).toBe('198.51.100.4');
    expect(clientAddressOf(request('10.0.0.5', { 'x-forwarded-for': '[2001:db8::7]:443' }), PROXIES)).toBe('2001:db8::7');
  });

  it('stops at the last trusted hop when an entry is not an address, and when all hops are trusted', () => {
    expect(clientAddressOf(request('10.0.0.5', { 'x-forwarded-for': 'garbage, 10.9.9.9' }), PROXIES)).toBe('10.9.9.9');
    expect(clientAddressOf(request('10.0.0.5', { 'x-forwarded-for': '10.0.0.1, 10.0.0.2' }), PROXIES)).toBe('10.0.0.1');
    expect(clientAddressOf(request('10.0.0.5'), PROXIES)).toBe('10.0.0.5');
  });

  it('does not believe X-Forwarded-For from a peer outside the trusted ranges', () => {
    expect(clientAddressOf(request('198.51.100.4', { 'x-forwarded-for': '203.0.113.9' }), PROXIES)).toBe('198.51.100.4');
    expect(clientAddressOf(request('192.0.2.11', { 'x-forwarded-for': '203.0.113.9' }), PROXIES)).toBe('192.0.2.11');
  });
});

describe('https as forwarded', () => {
  it('believes X-Forwarded-Proto only from a trusted proxy, and only its last word', () => {
    expect(forwardedOverHttps(request('10.0.0.5', { 'x-forwarded-proto': 'https' }), PROXIES)).toBe(true);
    expect(forwardedOverHttps(request('10.0.0.5', { 'x-forwarded-proto': 'https, http' }), PROXIES)).toBe(false);
    expect(forwardedOverHttps(request('198.51.100.4', { 'x-forwarded-proto': 'https' }), PROXIES)).toBe(false);
    expect(forwardedOverHttps(request('10.0.0.5', { 'x-forwarded-proto': 'https' }), NONE)).toBe(false);
  });
});

describe('FLOTILLA_TRUSTED_PROXIES', () => {
  it('takes addresses and CIDR ranges of both families', () => {
    expect(parseTrustedProxies(' 10.0.0.0/8 ,192.0.2.10,  fd00::/8, ::1 ').map(([a, bits]) => `${a.toString()}/${bits}`)).toEqual([
      '10.0.0.0/8',
      '192.0.2.10/32',
      'fd00::/8',
      '::1/128',
    ]);
    expect(parseTrustedProxies('')).toEqual([]);
  });

  it.each(['localhost', '10.0.0.0/33', '::/129', '10.0.0.1/8/1', '1', '0x7f.1', '10.0.0.0/', '10.0.0.0/abc', '300.1.1.1'])('refuses %s, naming it', (entry) => {
    expect(() => parseTrustedProxies(`10.0.0.1, ${entry}`)).toThrow(`"${entry}" is not an IP address or CIDR range`);
  });
});
