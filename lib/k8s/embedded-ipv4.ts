// The IPv4 addresses that IPv6 transition forms carry. A packet sent to one of these IPv6
// addresses ends up at (or is relayed through) the IPv4 address inside it, so the address policy
// must judge them by that IPv4 address: `64:ff9b::a9fe:a9fe` reaches 169.254.169.254 through a
// NAT64 gateway exactly as `::ffff:169.254.169.254` does through the local stack.
import ipaddr from 'ipaddr.js';

export interface EmbeddedIPv4 {
  /** The transition form, for the refusal's message. */
  form: string;
  /** Every IPv4 address the form may stand for; each must pass the policy. */
  addresses: ipaddr.IPv4[];
}

const v4 = (b: number[]) => new ipaddr.IPv4(b.map((x) => x & 0xff));
const inRange = (ip: ipaddr.IPv6, cidr: string) => ip.match(ipaddr.parseCIDR(cidr) as [ipaddr.IPv6, number]);

/**
 * Where RFC 6052 puts the IPv4 address for each prefix length a NAT64 network may use (bits 64–71
 * are always the reserved "u" octet, skipped). The local-use prefix 64:ff9b:1::/48 may be
 * subdivided by its operator with any of the lengths from /48 on, and nothing in the address says
 * which, so every layout is a candidate. Candidates in 0.0.0.0/8 are the zero padding of another
 * layout (no translator forwards there) and are left out unless nothing else remains.
 */
const RFC6052_LAYOUTS: Record<number, number[]> = {
  48: [6, 7, 9, 10],
  56: [7, 9, 10, 11],
  64: [9, 10, 11, 12],
  96: [12, 13, 14, 15],
};

/** The IPv4 address(es) inside `ip`, or null when it is plain IPv6. */
export function embeddedIPv4(ip: ipaddr.IPv6): EmbeddedIPv4 | null {
  const b = ip.toByteArray();
  const last32 = () => [v4(b.slice(12, 16))];
  // ::ffff:a.b.c.d (IPv4-mapped, also written ::ffff:a9fe:a9fe) and ::ffff:0:a.b.c.d (RFC 6145).
  if (inRange(ip, '::ffff:0:0/96')) return { form: 'IPv4-mapped', addresses: last32() };
  if (inRange(ip, '::ffff:0:0:0/96')) return { form: 'IPv4-translated', addresses: last32() };
  // ::a.b.c.d (IPv4-compatible, deprecated but still routed as IPv4 by some stacks). :: and ::1
  // are IPv6's own unspecified and loopback addresses and are judged as such.
  if (inRange(ip, '::/96') && !['::', '::1'].includes(ip.toString())) return { form: 'IPv4-compatible', addresses: last32() };
  if (inRange(ip, '64:ff9b::/96')) return { form: 'NAT64', addresses: last32() };
  if (inRange(ip, '64:ff9b:1::/48')) {
    const candidates = Object.values(RFC6052_LAYOUTS).map((at) => v4(at.map((i) => b[i]!)));
    const meaningful = candidates.filter((c) => c.octets[0] !== 0);
    return { form: 'NAT64, local-use prefix', addresses: meaningful.length > 0 ? meaningful : candidates.slice(-1) };
  }
  // 2002:AABB:CCDD::/48 — 6to4 relays to the IPv4 address in bits 16–48.
  if (inRange(ip, '2002::/16')) return { form: '6to4', addresses: [v4(b.slice(2, 6))] };
  // 2001:0:SSSS:SSSS:flags:port:CCCC:CCCC — Teredo: the server's address, and the client's
  // stored inverted (RFC 4380); traffic goes to the client through the server's relay.
  if (inRange(ip, '2001::/32')) return { form: 'Teredo', addresses: [v4(b.slice(4, 8)), v4(b.slice(12, 16).map((x) => ~x))] };
  return null;
}
