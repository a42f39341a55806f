// Who is at the other end of the connection, for rate limits and lockouts, and whether the
// request reached us over https. `next start` keeps a client-sent X-Forwarded-For as it is (it
// only fills the header in when absent), and Next.js gives route handlers and proxy.ts no
// socket. So the HTTP server's socket address is copied into PEER_ADDRESS_HEADER as each request
// arrives (lib/http/arrival.ts), replacing whatever a client sent under that name. Forwarded
// headers count only when that peer is a configured trusted proxy.
import type { TrustedProxies } from '@/lib/config/trusted-proxies';
import { isTrusted, parseAddress } from '@/lib/config/trusted-proxies';
import { PEER_ADDRESS_HEADER } from '@/lib/http/arrival-headers';

/**
 * The client's address. Without trusted proxies it is the socket's peer. Behind trusted proxies,
 * X-Forwarded-For is read from the right (each proxy appends the address it saw), skipping
 * trusted hops: the first untrusted entry is the client, since everything left of it was
 * written by someone we do not trust.
 */
export function clientAddressOf(headers: Headers, trusted: TrustedProxies): string {
  const peerText = headers.get(PEER_ADDRESS_HEADER)?.trim();
  const peer = peerText ? parseAddress(peerText) : null;
  if (!peer) return peerText || 'unknown';
  if (!isTrusted(peer, trusted)) return peer.toString();
  const hops = forwardedFor(headers);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseAddress(hops[i]!);
    // A trusted proxy passed on something that is not an address: the client wrote it.
    if (!hop) return client.toString();
    client = hop;
    if (!isTrusted(hop, trusted)) break;
  }
  return client.toString();
}

/** Whether the request came over https: on our own socket, never; from a trusted proxy, as it says. */
export function forwardedOverHttps(headers: Headers, trusted: TrustedProxies): boolean {
  const peer = parseAddress(headers.get(PEER_ADDRESS_HEADER) ?? '');
  if (!peer || !isTrusted(peer, trusted)) return false;
  // The nearest proxy's word is the last one.
  return headers.get('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase() === 'https';
}

function forwardedFor(headers: Headers): string[] {
  // Headers joins repeated X-Forwarded-For lines with ", " in order, which is the same chain.
  return (headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
}
