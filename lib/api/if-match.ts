// Optimistic concurrency over HTTP: resources carry an integer `version`, sent as the ETag
// ("7") and expected back in If-Match on writes. A malformed If-Match is a field error, not a
// silent unconditional write.
import { ValidationError } from '@/lib/errors';

export function ifMatchOf(request: Request): number | undefined {
  const header = request.headers.get('if-match');
  if (header === null || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new ValidationError({ 'If-Match': ['Send the version you read, e.g. If-Match: "3".'] }, 'The If-Match header is not a version.');
  return Number(match[1]);
}

/** A JSON answer with the resource's version as its ETag. */
export function withEtag(body: { version: number }, status = 200): Response {
  return Response.json(body, { status, headers: { etag: `"${body.version}"`, 'cache-control': 'no-store' } });
}
