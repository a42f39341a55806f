// The caller's address, for rate limiting. Route handlers do not see the socket, so it comes
// from X-Forwarded-For: the last entry is the one the nearest proxy (or Next's own server)
// appended, the only one a client cannot choose when a proxy is in front.
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip')?.trim() || 'unknown';
}
