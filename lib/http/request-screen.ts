// Requests refused before Next.js or a route reads them, because Next.js itself would answer
// them with a 500 or run what it should not: methods nothing here serves (TRACE, …), paths
// and queries whose percent-encoding is not UTF-8 or hides a NUL, and state-changing requests
// to pages (server actions, Auth.js) from another origin, by the same rule as the REST API's
// cookie calls (lib/api/origin.ts). Pure, so it is unit tested; proxy.ts applies it.
import { isAllowedOrigin } from '@/lib/api/origin';
import { apiMethodsAt } from './api-routes';
import { FORBIDDEN_METHOD_HEADER } from './arrival-headers';

export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

const API_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Pages are read, and take POST only for server actions. */
const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST'];

export function isRestApiPath(pathname: string): boolean {
  return pathname === '/api/v1' || pathname.startsWith('/api/v1/');
}

export function screenRequest(input: { method: string; url: URL; headers: Headers; publicUrl: string }): Refusal | null {
  const { url, headers } = input;
  const method = headers.get(FORBIDDEN_METHOD_HEADER) ?? input.method;
  const allowed = url.pathname.startsWith('/api/') ? API_METHODS : PAGE_METHODS;
  if (!allowed.includes(method)) {
    return { status: 405, code: 'method_not_allowed', message: `${method} is not supported here.`, headers: { allow: allowed.join(', ') } };
  }
  if (!isCleanlyEncoded(url.pathname, false)) {
    return { status: 400, code: 'invalid_path', message: 'The path is not valid percent-encoded UTF-8, or contains a NUL character.' };
  }
  if (!isCleanlyEncoded(url.search.slice(1), true)) {
    return { status: 400, code: 'invalid_query', message: 'The query string is not valid percent-encoded UTF-8, or contains a NUL character.' };
  }
  if (isRestApiPath(url.pathname)) return screenApiRoute(method, url.pathname);
  // The REST API applies this rule itself, to cookie calls only (a browser never sends a token on its own).
  if (!isAllowedOrigin(headers, method, input.publicUrl)) {
    return { status: 403, code: 'forbidden', message: 'Cross-origin requests may not change anything.' };
  }
  return null;
}

function screenApiRoute(method: string, pathname: string): Refusal | null {
  const methods = apiMethodsAt(pathname);
  if (!methods) return { status: 404, code: 'not_found', message: 'There is no such API route: see /api/v1/openapi.json.' };
  if (!methods.includes(method)) {
    return { status: 405, code: 'method_not_allowed', message: `${method} is not supported here.`, headers: { allow: methods.join(', ') } };
  }
  return null;
}

/** Whether every percent-escape decodes as UTF-8 and nothing decodes to (or is) a NUL. */
function isCleanlyEncoded(text: string, isQuery: boolean): boolean {
  for (const part of isQuery ? text.split(/[&=]/) : text.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(isQuery ? part.replace(/\+/g, ' ') : part);
    } catch {
      return false;
    }
    if (decoded.includes('\u0000')) return false;
  }
  return true;
}
