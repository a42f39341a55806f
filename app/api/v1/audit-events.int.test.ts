// GET /api/v1/orgs/{org}/audit-events: the organization's events only, newest first, filtered
// by actor, action, target and time, and paged without gaps or repeats even when many events
// share one timestamp.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents } from '@/lib/db/schema';
import * as route from './orgs/[org]/audit-events/route';

let org: TestOrg;
let admin: string;
let adminAccountId: string;

async function list(query: Record<string, string> = {}) {
  return call(route.GET, 'GET', '', { token: admin, params: { org: org.slug }, query });
}

beforeAll(async () => {
  org = await createTestOrg();
  ({ token: admin, serviceAccountId: adminAccountId } = await createTestToken(org, { role: 'admin', name: 'auditor' }));
  const db = await getDb();
  const base = { organizationId: org.id, actorType: 'user' as const, result: 'success' as const };
  // One transaction: now() is the same instant for all 30 rows.
  await db.transaction(async (tx) => {
    for (let i = 0; i < 30; i++) {
      await tx.insert(auditEvents).values({ ...base, actorLabel: 'bulk@example.com', action: 'workspace.create', targetType: 'workspace', targetLabel: `ws-${i}` });
    }
  });
  await db.insert(auditEvents).values([
    { ...base, actorLabel: 'alice@example.com', action: 'member.role_change', targetType: 'user', targetId: 'u-1', targetLabel: 'bob@example.com', createdAt: new Date('2024-03-01T10:00:00Z') },
    { ...base, actorLabel: 'alice@example.com', action: 'service_account.create', targetType: 'service_account', targetLabel: 'ci', createdAt: new Date('2024-03-02T10:00:00Z') },
    { ...base, actorType: 'service_account', actorId: adminAccountId, actorLabel: 'service account auditor', action: 'service_account.delete', targetLabel: 'old', result: 'failure', createdAt: new Date('2024-03-03T10:00:00Z') },
  ]);
  // Another organization's event, which no filter may reveal.
  const other = await createTestOrg();
  await db.insert(auditEvents).values({ ...base, organizationId: other.id, actorLabel: 'alice@example.com', action: 'service_account.create', targetLabel: 'secret-project' });
});

describe('audit events', () => {
  it('lists newest first and pages through events sharing a timestamp without gaps or repeats', async () => {
    const ids: string[] = [];
    const times: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await list({ limit: '7', ...(cursor && { cursor }) });
      expect(res.status).toBe(200);
      ids.push(...res.body.items.map((e: { id: string }) => e.id));
      times.push(...res.body.items.map((e: { time: string }) => e.time));
      cursor = res.body.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(ids).toHaveLength(33);
    expect(new Set(ids).size).toBe(33);
    expect(pages).toBe(5);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by actor, action (exact or prefix), target and time range', async () => {
    const labels = async (query: Record<string, string>) => (await list(query)).body.items.map((e: { target: { label: string } }) => e.target.label);
    expect(await labels({ actor: 'ALICE' })).toEqual(['ci', 'bob@example.com']);
    expect(await labels({ actor: adminAccountId })).toEqual(['old']);
    expect(await labels({ action: 'service_account' })).toEqual(['old', 'ci']);
    expect(await labels({ action: 'service_account.create' })).toEqual(['ci']);
    expect(await labels({ action: 'service_acc' })).toEqual([]);
    expect(await labels({ target: 'bob@' })).toEqual(['bob@example.com']);
    expect(await labels({ target: 'u-1' })).toEqual(['bob@example.com']);
    expect(await labels({ from: '2024-03-02T00:00:00Z', to: '2024-03-03T00:00:00Z' })).toEqual(['ci']);
    expect(await labels({ from: '2024-03-02T10:00', to: '2024-03-03T10:00' })).toEqual(['ci']);
    expect(await labels({ target: '%' })).toEqual([]);
  });

  it('returns the event fields people need', async () => {
    const res = await list({ action: 'service_account.delete' });
    expect(res.body.items[0]).toMatchObject({
      actor: { type: 'service_account', id: adminAccountId, label: 'service account auditor' },
      action: 'service_account.delete',
      result: 'failure',
      target: { label: 'old' },
      time: '2024-03-03T10:00:00.000Z',
    });
  });

  it('rejects malformed filters with field errors', async () => {
    for (const [query, field] of [
      [{ from: 'yesterday' }, 'from'],
      [{ to: '2024-13-01T00:00:00Z' }, 'to'],
      [{ actor: 'a'.repeat(201) }, 'actor'],
      [{ limit: '1000' }, 'limit'],
      [{ sort: 'asc' }, 'sort'],
      [{ cursor: 'abc' }, 'cursor'],
    ] as [Record<string, string>, string][]) {
      const res = await list(query);
      expect(res.status, JSON.stringify(query)).toBe(422);
      expect(res.body.error.fieldErrors[field], JSON.stringify(res.body)).toBeDefined();
    }
  });
});
