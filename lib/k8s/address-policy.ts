// Which network addresses Flotilla may connect to as a cluster's API server. Link-local,
// cloud-metadata and unspecified addresses are always refused (they reach the host's own
// infrastructure, not a cluster); private and loopback ranges follow FLOTILLA_CLUSTER_ADDRESSES.
// The check runs twice: on the address as typed (names of metadata services and bad literal IPs
// are refused before any connection), and inside `safeLookup`, on every address a connection
// actually resolves to, so a name that later resolves elsewhere is still caught.
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import dns from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { embeddedIPv4 } from './embedded-ipv4';

export type AddressPolicy = 'public' | 'private' | 'loopback';

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

/** Names of cloud metadata services, however a cluster address might spell them. */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.internal',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

/** Metadata addresses outside the link-local ranges (which are refused anyway). */
const METADATA_ADDRESSES = new Set(['100.100.100.200', 'fd00:ec2::254', '192.0.0.192']);

const PRIVATE_RANGES = new Set(['private', 'uniqueLocal', 'carrierGradeNat']);

/**
 * Refuses an address as `policy` requires. Accepts IPv4 and IPv6 text; an IPv6 address that
 * carries an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) is judged by that address.
 */
export function checkAddress(address: string, policy: AddressPolicy): AddressVerdict {
  // node's isIP is strict (four decimal parts); ipaddr.js alone would accept 1.2.3 and the like.
  if (!isIP(address)) return { ok: false, reason: `${address} is not an IP address.` };
  const ip = ipaddr.parse(address);
  // (ipaddr.js reads `::a.b.c.d` as IPv4-mapped; either way it is judged by a.b.c.d.)
  const embedded = ip.kind() === 'ipv6' ? embeddedIPv4(ip as ipaddr.IPv6) : null;
  if (embedded) {
    for (const inner of embedded.addresses) {
      const verdict = checkAddress(inner.toString(), policy);
      if (!verdict.ok) return { ok: false, reason: `${address} carries the IPv4 address ${inner} (${embedded.form}): ${verdict.reason}` };
    }
    return { ok: true };
  }
  if (METADATA_ADDRESSES.has(ip.toString())) return { ok: false, reason: `${address} is a cloud metadata address, never a cluster.` };
  const range = ip.range();
  switch (range) {
    case 'unicast':
      return { ok: true };
    case 'unspecified':
      return { ok: false, reason: `${address} is the unspecified address, not a server.` };
    case 'linkLocal':
      return { ok: false, reason: `${address} is link-local (where cloud metadata services live), never a cluster.` };
    case 'loopback':
      return policy === 'loopback'
        ? { ok: true }
        : { ok: false, reason: `${address} is a loopback address; this server does not allow them (FLOTILLA_CLUSTER_ADDRESSES=${policy}).` };
    default:
      if (PRIVATE_RANGES.has(range)) {
        return policy === 'public'
          ? { ok: false, reason: `${address} is a private address; this server allows only public ones (FLOTILLA_CLUSTER_ADDRESSES=public).` }
          : { ok: true };
      }
      return { ok: false, reason: `${address} is in a reserved range (${range}), not a routable server.` };
  }
}

/**
 * The check before any connection: metadata names and literal addresses. Other names pass here
 * and are checked on every address they resolve to (`safeLookup`).
 */
export function checkHost(host: string, policy: AddressPolicy): AddressVerdict {
  const name = host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (METADATA_NAMES.has(name)) return { ok: false, reason: `${name} is a cloud metadata service, never a cluster.` };
  if (isIP(name)) return checkAddress(name, policy);
  // WHATWG URL parsing already turns 0x7f.1 or 2130706433 into 127.0.0.1; anything numeric left is malformed.
  if (/^[0-9.]+$/.test(name)) return { ok: false, reason: `${name} is not a valid IP address.` };
  return { ok: true };
}

/** Thrown (as a connection error) when an address is refused; `code` lets callers tell it apart. */
export class AddressRefusedError extends Error {
  readonly code = 'EADDRREFUSED_BY_POLICY';
  constructor(readonly reason: string) {
    super(`Address refused: ${reason}`);
    this.name = 'AddressRefusedError';
  }
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls/https connections: resolves the name, refuses it unless EVERY address
 * passes the policy (a name mixing a public and a metadata address is refused), then hands the
 * connection the checked addresses only.
 */
export function safeLookup(policy: () => AddressPolicy, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions | number, callback: LookupCallback): void => {
    const opts = typeof options === 'number' ? { family: options } : options;
    const verdict = checkHost(hostname, policy());
    if (!verdict.ok) return void callback(new AddressRefusedError(verdict.reason), '', 0);
    resolve(hostname)
      .then((all) => {
        const wanted = all.filter((a) => !opts.family || opts.family === a.family);
        if (wanted.length === 0) throw Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' });
        for (const a of wanted) {
          const v = checkAddress(a.address, policy());
          if (!v.ok) throw new AddressRefusedError(`${hostname} resolves to a refused address: ${v.reason}`);
        }
        if ((opts as LookupAllOptions).all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, '', 0));
  };
}
