// Runs before every request (Next.js 16's proxy, on the Node.js runtime): refuses what must not
// reach Next.js or our routes (lib/http/request-screen.ts) and gives every answer, refusals
// included, the security headers with a fresh CSP nonce (lib/http/security-headers.ts). The
// nonce travels on to the page in the request's own Content-Security-Policy header, where
// Next.js finds it for its scripts, and in NONCE_HEADER for ours. Never the only gate: routes
// and services authorize on their own.
import { NextResponse, type NextRequest } from 'next/server';
import { forwardedOverHttps } from '@/lib/api/client-address';
import { requestIdOf } from '@/lib/api/request-id';
import { getConfig } from '@/lib/config';
import { screenRequest } from '@/lib/http/request-screen';
import { newNonce, NONCE_HEADER, securityHeaders } from '@/lib/http/security-headers';

export function proxy(request: NextRequest) {
  const config = getConfig();
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: config.publicUrl.startsWith('https://') || forwardedOverHttps(request.headers, config.trustedProxies),
  });
  const refusal = screenRequest({ method: request.method, url: new URL(request.url), headers: request.headers, publicUrl: config.publicUrl });
  let response: NextResponse;
  if (refusal) {
    response = NextResponse.json(
      { error: { code: refusal.code, message: refusal.message } },
      { status: refusal.status, headers: { 'cache-control': 'no-store', 'x-request-id': requestIdOf(request.headers), ...refusal.headers } },
    );
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set(NONCE_HEADER, nonce);
    forwarded.set('content-security-policy', headers['content-security-policy']!);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
