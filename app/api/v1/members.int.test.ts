// Members and invitations through /api/v1 with service account tokens (an account is at most an
// admin, so owner-only rules answer 403 here; the owner's own paths are tested with the services).
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addTestMember, call, createTestOrg, createTestToken, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, invitations, memberships } from '@/lib/db/schema';
import * as members from './orgs/[org]/members/route';
import * as member from './orgs/[org]/members/[userId]/route';
import * as invites from './orgs/[org]/invitations/route';
import * as invite from './orgs/[org]/invitations/[id]/route';

let org: TestOrg;
let admin: string;

beforeAll(async () => {
  org = await createTestOrg();
  admin = (await createTestToken(org, { role: 'admin' })).token;
});

async function roleOf(userId: string) {
  const [row] = await (await getDb()).select().from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)));
  return row?.role;
}

describe('members', () => {
  it('lists members in pages', async () => {
    const pageOrg = await createTestOrg();
    const token = (await createTestToken(pageOrg)).token;
    for (let i = 0; i < 4; i++) await addTestMember(pageOrg, 'member');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await call(members.GET, 'GET', '', { token, params: { org: pageOrg.slug }, query: { limit: '2', ...(cursor && { cursor }) } });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((m: { userId: string }) => m.userId));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('changes a role and removes a member, audited; an admin cannot touch owners', async () => {
    const m = await addTestMember(org, 'member');
    const changed = await call(member.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, userId: m.id }, body: { role: 'admin' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ userId: m.id, role: 'admin' });
    expect(await roleOf(m.id)).toBe('admin');

    const promote = await call(member.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, userId: m.id }, body: { role: 'owner' } });
    expect(promote.status).toBe(403);
    const demoteOwner = await call(member.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, userId: org.ownerId }, body: { role: 'member' } });
    expect(demoteOwner.status).toBe(403);
    const removeOwner = await call(member.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, userId: org.ownerId } });
    expect(removeOwner.status).toBe(403);
    expect(await roleOf(org.ownerId)).toBe('owner');

    const removed = await call(member.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, userId: m.id } });
    expect(removed.status).toBe(204);
    expect(await roleOf(m.id)).toBeUndefined();
    const actions = (await (await getDb()).select().from(auditEvents).where(eq(auditEvents.targetId, m.id))).map((e) => e.action);
    expect(actions.sort()).toEqual(['member.remove', 'member.role_change']);
  });

  it('answers 404 for someone who is not a member and for a malformed id', async () => {
    const stranger = await addTestMember(await createTestOrg(), 'member');
    for (const userId of [stranger.id, 'not-a-uuid']) {
      const res = await call(member.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, userId }, body: { role: 'admin' } });
      expect(res.status).toBe(404);
    }
    expect((await (await getDb()).select().from(memberships).where(eq(memberships.userId, stranger.id)))[0]!.role).toBe('member');
  });

  it('rejects malformed role changes with field errors and changes nothing', async () => {
    const m = await addTestMember(org, 'member');
    for (const [body, field] of [
      [{}, 'role'],
      [{ role: 'king' }, 'role'],
      [{ role: 3 }, 'role'],
      [{ role: 'admin', userId: org.ownerId }, 'userId'],
    ] as [unknown, string][]) {
      const res = await call(member.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, userId: m.id }, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.fieldErrors[field]).toBeDefined();
    }
    expect(await roleOf(m.id)).toBe('member');
    expect(await roleOf(org.ownerId)).toBe('owner');
  });
});

describe('invitations', () => {
  it('invites, lists and revokes; the link is in the creation answer only', async () => {
    const email = `${randomSlug('invitee')}@Example.com`;
    const created = await call(invites.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: { email, role: 'admin' } });
    expect(created.status).toBe(201);
    expect(created.body.invitation).toMatchObject({ email: email.toLowerCase(), role: 'admin' });
    expect(created.body.link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    const token = created.body.link.split('/').at(-1);

    const list = await call(invites.GET, 'GET', '', { token: admin, params: { org: org.slug } });
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(created.body.invitation.id);
    expect(list.text).not.toContain(token);

    const revoked = await call(invite.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, id: created.body.invitation.id } });
    expect(revoked.status).toBe(204);
    const after = await call(invites.GET, 'GET', '', { token: admin, params: { org: org.slug } });
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(created.body.invitation.id);
    expect((await call(invite.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, id: 'nope' } })).status).toBe(404);
  });

  it('an admin cannot invite an owner', async () => {
    const res = await call(invites.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: { email: `${randomSlug()}@example.com`, role: 'owner' } });
    expect(res.status).toBe(403);
  });

  it('rejects malformed invitations with field errors and creates nothing', async () => {
    const db = await getDb();
    const before = (await db.select().from(invitations).where(eq(invitations.organizationId, org.id))).length;
    for (const [body, field] of [
      [{}, 'email'],
      [{ email: 'not an email' }, 'email'],
      [{ email: `${'a'.repeat(250)}@example.com` }, 'email'],
      [{ email: 'a@example.com', role: 'boss' }, 'role'],
      [{ email: 'a@example.com', expiresAt: 'never' }, 'expiresAt'],
    ] as [unknown, string][]) {
      const res = await call(invites.POST, 'POST', '', { token: admin, params: { org: org.slug }, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.fieldErrors[field]).toBeDefined();
    }
    expect((await db.select().from(invitations).where(eq(invitations.organizationId, org.id))).length).toBe(before);
  });
});
