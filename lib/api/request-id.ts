// The request id that ties a response, its log lines and its audit events together: the
// caller's `x-request-id` when it is a sane token, otherwise a fresh one.
import { randomUUID } from 'node:crypto';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}
