// FLOTILLA_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto
// Flotilla believes, as addresses or CIDR ranges. Pure (ipaddr.js only), so the configuration
// schema and the client-address reader share it.
import ipaddr from 'ipaddr.js';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;
export type TrustedProxies = readonly [IpAddress, number][];

/**
 * An address as a proxy or a socket writes it, or null when it is not one. Only the strict
 * forms: ipaddr.js would also read "1" or "0x7f.1" as IPv4. IPv4-mapped IPv6 (how a dual-stack
 * socket reports an IPv4 peer) becomes the IPv4 address, so one client has one key.
 */
export function parseAddress(text: string): IpAddress | null {
  let value = text.trim();
  // Some proxies write a port: "[2001:db8::1]:443" or "192.0.2.1:443".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  // A zone index (fe80::1%eth0) names an interface, not a different host.
  value = value.replace(/%[\w.-]+$/, '');
  if (!ipaddr.IPv4.isValidFourPartDecimal(value) && !ipaddr.IPv6.isValid(value)) return null;
  return ipaddr.process(value);
}

/** Parses the comma-separated list; throws an Error naming the first entry that is not an address or range. */
export function parseTrustedProxies(text: string): TrustedProxies {
  const ranges: [IpAddress, number][] = [];
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, bits, ...rest] = entry.split('/');
    const parsed = parseAddress(address ?? '');
    const maxBits = parsed?.kind() === 'ipv4' ? 32 : 128;
    const prefix = bits === undefined ? maxBits : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!parsed || rest.length || !(prefix >= 0 && prefix <= maxBits)) {
      throw new Error(`"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)`);
    }
    ranges.push([parsed, prefix]);
  }
  return ranges;
}

export function isTrusted(address: IpAddress, trusted: TrustedProxies): boolean {
  return trusted.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}
