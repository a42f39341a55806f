// The security headers of every answer, pages and API alike. Scripts run only with the
// request's nonce (Next.js puts it on its own scripts when it finds it in the request's
// Content-Security-Policy; ours read it from NONCE_HEADER) or when loaded by such a script
// ('strict-dynamic'): never inline script without it. Styles may be inline: React's style
// attributes need that, and a style cannot run code. Pure, so it is unit tested.
export const NONCE_HEADER = 'x-nonce';

export interface SecurityHeaderOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval there (never in production). */
  dev: boolean;
  /** Served over https (the public URL is https, or a trusted proxy says so). */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, dev, https }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Powerful browser features the console never uses: denied to it and to anything framed. */
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
    'cross-origin-opener-policy': 'same-origin',
    // Only over https: browsers ignore it on http, and a local http console must stay reachable.
    ...(options.https ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/** 128 random bits, base64: a fresh one for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
