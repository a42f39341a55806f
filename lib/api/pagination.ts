// Cursor pagination for list endpoints: `limit` (1–100, default 50) and an opaque `cursor`, the
// base64url JSON of the last returned item's sort key. Lists answer `{ items, nextCursor }`.
import { z } from 'zod';
import { CURSOR_MAX } from '@/lib/validation/limits';
import { ValidationError } from '@/lib/errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** The query fields every list endpoint accepts; spread into the endpoint's strict query schema. */
export const PAGINATION_FIELDS = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Items per page, 1–${MAX_PAGE_SIZE}.` }),
  cursor: z.string().max(CURSOR_MAX).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
};

export const PaginationQuery = z.strictObject(PAGINATION_FIELDS);
export type PaginationQuery = z.output<typeof PaginationQuery>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The response schema of a page of `item`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  });
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Reads a cursor back into its key, or 422 when it was not one of ours. */
export function decodeCursor<T>(cursor: string | undefined, key: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = key.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: not base64url JSON
  }
  throw new ValidationError({ cursor: ['Invalid cursor: pass the nextCursor of a previous page.'] });
}

/**
 * Builds a page from rows fetched with `limit + 1` (the extra row only says whether another
 * page exists); the cursor is the key of the last item returned.
 */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => unknown, toItem: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return { items: pageRows.map(toItem), nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/**
 * Pages a list a service returns whole (members, invitations: tens of rows), so every list
 * endpoint answers the same shape. `keyOf` must be unique in the list.
 */
export function paginateList<T>(all: T[], query: { limit: number; cursor?: string }, keyOf: (item: T) => string): Page<T> {
  const after = decodeCursor(query.cursor, z.string());
  // Resume after the item the cursor names; if it is gone, after the first key beyond it.
  const at = after === undefined ? -1 : all.findIndex((item) => keyOf(item) === after);
  const start = after === undefined ? 0 : at >= 0 ? at + 1 : all.findIndex((item) => keyOf(item) > after);
  const rest = start === -1 ? [] : all.slice(start, start + query.limit + 1);
  return toPage(rest, query.limit, keyOf, (item) => item);
}
