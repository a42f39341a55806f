// GET, PATCH /api/v1/orgs/{org}: any member reads it; owners and admins rename it, audited.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, organizations } from '@/lib/db/schema';
import * as route from './orgs/[org]/route';

let org: TestOrg;
let admin: string;
let member: string;

beforeAll(async () => {
  org = await createTestOrg('Before');
  admin = (await createTestToken(org, { role: 'admin' })).token;
  member = (await createTestToken(org, { role: 'member' })).token;
});

describe('the organization', () => {
  it('is readable by a member, with the caller\'s role', async () => {
    const res = await call(route.GET, 'GET', '', { token: member, params: { org: org.slug } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: org.id, slug: org.slug, name: 'Before', role: 'member' });
  });

  it('is renamed by an admin, audited, and the slug stays', async () => {
    const res = await call(route.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug }, body: { name: '  After  ' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: org.slug, name: 'After', role: 'admin' });
    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'organization.update')));
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toEqual({ previousName: 'Before', name: 'After' });
  });

  it('refuses malformed names with field errors and keeps the name', async () => {
    for (const [body, field] of [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 7 }, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ name: 'ok', slug: 'new-slug' }, 'slug'],
    ] as [unknown, string][]) {
      const res = await call(route.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug }, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.fieldErrors[field]).toBeDefined();
    }
    const [row] = await (await getDb()).select().from(organizations).where(eq(organizations.id, org.id));
    expect(row!.name).toBe('After');
    expect(row!.slug).toBe(org.slug);
  });
});
