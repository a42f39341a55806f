// CSRF defence for cookie-authenticated API calls: a state-changing request must come from the
// console's own origin. Bearer-token calls are exempt (a browser never attaches a token by
// itself). Pure, so it is unit tested.
export const STATE_CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isAllowedOrigin(headers: Headers, method: string, publicUrl: string): boolean {
  if (!STATE_CHANGING_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get('origin');
  if (origin) return origin !== 'null' && origin === new URL(publicUrl).origin;
  // Browsers send Origin with every state-changing fetch; without it, accept only a request the
  // browser itself marks same-origin.
  return headers.get('sec-fetch-site') === 'same-origin';
}
