import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, securityHeaders } from './security-headers';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('security headers', () => {
  it('allow scripts only by nonce, never inline, and eval only under next dev', () => {
    const prod = directives(contentSecurityPolicy({ nonce: 'abc', dev: false, https: false }));
    expect(prod['script-src']).toBe("'self' 'nonce-abc' 'strict-dynamic'");
    expect(prod['script-src']).not.toContain('unsafe-inline');
    expect(directives(contentSecurityPolicy({ nonce: 'abc', dev: true, https: false }))['script-src']).toContain("'unsafe-eval'");
    expect(prod).toMatchObject({ 'frame-ancestors': "'none'", 'object-src': "'none'", 'base-uri': "'none'", 'form-action': "'self'" });
    expect(prod['upgrade-insecure-requests']).toBeUndefined();
  });

  it('send HSTS and upgrade requests only over https', () => {
    expect(securityHeaders({ nonce: 'n', dev: false, https: false })['strict-transport-security']).toBeUndefined();
    const https = securityHeaders({ nonce: 'n', dev: false, https: true });
    expect(https['strict-transport-security']).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(https['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(https).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' });
    expect(https['permissions-policy']).toContain('camera=()');
    expect(https['permissions-policy']).toContain('geolocation=()');
  });

  it('make a fresh, unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
