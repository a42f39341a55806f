import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import { decodeCursor, encodeCursor, paginateList, PaginationQuery, toPage } from './pagination';

describe('pagination', () => {
  it('defaults the limit to 50 and bounds it to 1–100', () => {
    expect(PaginationQuery.parse({})).toEqual({ limit: 50 });
    expect(PaginationQuery.parse({ limit: '100' }).limit).toBe(100);
    for (const limit of ['0', '101', '-1', '2.5', 'ten']) expect(PaginationQuery.safeParse({ limit }).success, limit).toBe(false);
  });

  it('round-trips an opaque cursor', () => {
    const key = ['2024-01-01T00:00:00.000001Z', '00000000-0000-4000-8000-000000000000'];
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, z.tuple([z.string(), z.uuid()]))).toEqual(key);
  });

  it('refuses a cursor that is not ours with a 422 on the cursor field', () => {
    for (const bad of ['%%%', encodeCursor({ a: 1 }), 'bm90IGpzb24']) {
      expect(() => decodeCursor(bad, z.tuple([z.string()]))).toThrow(ValidationError);
    }
    expect(decodeCursor(undefined, z.string())).toBeUndefined();
  });

  it('builds pages from limit + 1 rows', () => {
    const rows = [1, 2, 3];
    const page = toPage(rows, 2, (r) => r, (r) => ({ n: r }));
    expect(page.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(page.nextCursor!, z.number())).toBe(2);
    expect(toPage([1, 2], 2, (r) => r, (r) => r)).toEqual({ items: [1, 2], nextCursor: null });
  });
});

describe('paginateList', () => {
  it('pages a whole list by a unique sorted key', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const first = paginateList(all, { limit: 2 }, (s) => s);
    expect(first.items).toEqual(['a', 'b']);
    const second = paginateList(all, { limit: 2, cursor: first.nextCursor! }, (s) => s);
    expect(second.items).toEqual(['c', 'd']);
    const third = paginateList(all, { limit: 2, cursor: second.nextCursor! }, (s) => s);
    expect(third).toEqual({ items: ['e'], nextCursor: null });
    expect(paginateList(all, { limit: 2, cursor: encodeCursor('z') }, (s) => s)).toEqual({ items: [], nextCursor: null });
  });
});
