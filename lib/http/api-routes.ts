// Which methods each /api/v1 path serves, from the operation registry (which the OpenAPI
// document test holds equal to the route handlers). Lets proxy.ts answer an unknown API path
// or method with the API's own error shape, where Next.js would send an HTML 404 page or an
// empty 405. Pure.
import { API_OPERATIONS } from '@/lib/api/operations';

const PREFIX = '/api/v1';

interface RouteMethods {
  pattern: RegExp;
  methods: Set<string>;
}

function compile(): RouteMethods[] {
  const byPath = new Map<string, Set<string>>([['/openapi.json', new Set(['GET'])]]);
  for (const op of API_OPERATIONS) {
    const methods = byPath.get(op.path) ?? new Set<string>();
    methods.add(op.method);
    byPath.set(op.path, methods);
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${PREFIX}${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}/?$`),
    methods: methods.has('GET') ? new Set([...methods, 'HEAD']) : methods,
  }));
}

let routes: RouteMethods[] | undefined;

/** The methods served at `pathname` (with HEAD beside GET, and OPTIONS), or null when no route matches. */
export function apiMethodsAt(pathname: string): string[] | null {
  routes ??= compile();
  const matched = routes.filter((r) => r.pattern.test(pathname));
  if (matched.length === 0) return null;
  return [...new Set(matched.flatMap((r) => [...r.methods])), 'OPTIONS'];
}
