import { describe, expect, it } from 'vitest';
import { screenRequest } from './request-screen';

const PUBLIC_URL = 'https://flotilla.example.com';

function screen(method: string, path: string, headers: Record<string, string> = {}) {
  return screenRequest({ method, url: new URL(path, PUBLIC_URL), headers: new Headers(headers), publicUrl: PUBLIC_URL });
}

describe('the request screen', () => {
  it('lets ordinary reads and same-origin writes through', () => {
    expect(screen('GET', '/orgs/acme/workspaces?limit=10&cursor=abc%3D')).toBeNull();
    expect(screen('GET', '/orgs/acme/workspaces/caf%C3%A9')).toBeNull();
    expect(screen('POST', '/orgs/acme', { 'next-action': 'abc', origin: PUBLIC_URL })).toBeNull();
    expect(screen('POST', '/orgs/acme', { 'next-action': 'abc', 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(screen('GET', '/api/v1/me')).toBeNull();
    expect(screen('HEAD', '/api/v1/openapi.json')).toBeNull();
    expect(screen('POST', '/api/v1/orgs/acme/service-accounts')).toBeNull();
    for (const method of ['GET', 'PATCH', 'DELETE', 'OPTIONS']) expect(screen(method, '/api/v1/orgs/acme/workspaces/analytics')).toBeNull();
    expect(screen('PUT', '/api/v1/orgs/acme/workspaces/analytics/applications/orders')).toBeNull();
  });

  it('answers an API path nothing serves with a JSON 404, and a method its route does not take with 405 and Allow', () => {
    expect(screen('GET', '/api/v1/nothing-here')).toMatchObject({ status: 404, code: 'not_found' });
    expect(screen('GET', '/api/v1/orgs/acme/workspaces/analytics/nothing')).toMatchObject({ status: 404 });
    expect(screen('PUT', '/api/v1/me')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, OPTIONS' } });
    expect(screen('DELETE', '/api/v1/orgs/acme/audit-events')).toMatchObject({ status: 405, code: 'method_not_allowed' });
    expect(screen('POST', '/api/v1/orgs/acme/workspaces/analytics')?.headers?.allow?.split(', ').sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH']);
  });

  it.each([
    ['TRACE', '/api/v1/me'],
    ['TRACE', '/sign-in'],
    ['TRACK', '/'],
    ['CONNECT', '/api/v1/me'],
    ['PROPFIND', '/api/v1/me'],
    ['PUT', '/orgs/acme'],
    ['PATCH', '/sign-in'],
    ['DELETE', '/orgs/acme/workspaces'],
  ])('refuses %s %s with 405 and the methods it takes', (method, path) => {
    const refusal = screen(method, path);
    expect(refusal).toMatchObject({ status: 405, code: 'method_not_allowed' });
    expect(refusal!.headers!.allow).toContain('GET');
  });

  it('refuses a TRACE that arrived as a GET (Next.js cannot represent TRACE), naming the real method', () => {
    expect(screen('GET', '/api/v1/me', { 'x-flotilla-forbidden-method': 'TRACE' })).toMatchObject({ status: 405, message: 'TRACE is not supported here.' });
  });

  it.each([
    '/api/v1/orgs/%E0%A4%A/workspaces',
    '/api/v1/orgs/acme/workspaces/%ZZ',
    '/api/v1/orgs/acme/workspaces/100%',
    '/api/v1/orgs/acme/workspaces/%ED%A0%80', // an encoded lone surrogate
    '/api/v1/orgs/acme/workspaces/a%00b',
    '/orgs/%C0%AF',
    '/orgs/acme%00',
  ])('refuses the path %s with 400', (path) => {
    expect(screen('GET', path)).toMatchObject({ status: 400, code: 'invalid_path' });
  });

  it.each(['?cursor=%E0%A4%A', '?cursor=a%00b', '?limit=1%00', '?a%00=1', '?q=%ED%B0%80'])('refuses the query %s with 400', (query) => {
    expect(screen('GET', `/api/v1/orgs/acme/workspaces${query}`)).toMatchObject({ status: 400, code: 'invalid_query' });
  });

  it('refuses state-changing page requests (server actions) from another origin or without one', () => {
    const cases: Record<string, string>[] = [
      { 'next-action': 'abc', 'sec-fetch-site': 'cross-site' },
      { 'next-action': 'abc' },
      { 'next-action': 'abc', origin: 'https://evil.example' },
      { 'next-action': 'abc', origin: 'null' },
      { 'next-action': 'abc', origin: 'http://flotilla.example.com' },
      { 'content-type': 'multipart/form-data; boundary=x', 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cases) expect(screen('POST', '/orgs/acme/service-accounts', headers), JSON.stringify(headers)).toMatchObject({ status: 403, code: 'forbidden' });
    expect(screen('POST', '/api/auth/signout', { origin: 'https://evil.example' })).toMatchObject({ status: 403 });
  });

  it('leaves the REST API its own origin rule (tokens are not sent by browsers on their own)', () => {
    expect(screen('POST', '/api/v1/orgs/acme/workspaces', { 'sec-fetch-site': 'cross-site' })).toBeNull();
  });
});
