// Members against real PostgreSQL, as people in the console call them: owners and admins manage
// members, only owners touch owners, the last owner stays, another organization is invisible,
// bad input changes nothing, and a removed member loses access on the next request.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { OrgCtx } from '@/lib/auth/context';
import { addTestMember, createTestOrg, createTestUser, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, memberships, users } from '@/lib/db/schema';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { changeMemberRole, LAST_OWNER, listMembers, OWNERS_ONLY, removeMember } from '.';

async function ctxFor(org: TestOrg, userId: string): Promise<OrgCtx> {
  const [user] = await (await getDb()).select().from(users).where(eq(users.id, userId));
  return resolveOrgCtx({ requestId: randomUUID(), actor: { type: 'user', id: user!.id, email: user!.email, name: user!.name } }, org.slug);
}

async function roleOf(org: TestOrg, userId: string) {
  const [row] = await (await getDb()).select().from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)));
  return row?.role;
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe('members', () => {
  it('lists the members with their roles for owners and admins, not for members', async () => {
    const org = await createTestOrg();
    const admin = await addTestMember(org, 'admin');
    const member = await addTestMember(org, 'member');
    const list = await listMembers(await ctxFor(org, admin.id));
    expect(list.map((m) => [m.userId, m.role]).sort()).toEqual(
      [[org.ownerId, 'owner'], [admin.id, 'admin'], [member.id, 'member']].sort(),
    );
    expect(JSON.stringify(list)).not.toMatch(/password|hash/i);
    expect(await failure(listMembers(await ctxFor(org, member.id)))).toBeInstanceOf(ForbiddenError);
  });

  it('lets an admin manage members but not raise anyone above admin or touch an owner', async () => {
    const org = await createTestOrg();
    const admin = await ctxFor(org, (await addTestMember(org, 'admin')).id);
    const m = await addTestMember(org, 'member');
    expect(await changeMemberRole(admin, { userId: m.id, role: 'admin' })).toMatchObject({ userId: m.id, role: 'admin' });

    const promote = await failure(changeMemberRole(admin, { userId: m.id, role: 'owner' }));
    expect(promote).toBeInstanceOf(ForbiddenError);
    expect((promote as Error).message).toBe(OWNERS_ONLY);
    expect(await failure(changeMemberRole(admin, { userId: org.ownerId, role: 'member' }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(removeMember(admin, { userId: org.ownerId }))).toBeInstanceOf(ForbiddenError);
    expect(await roleOf(org, m.id)).toBe('admin');
    expect(await roleOf(org, org.ownerId)).toBe('owner');

    await removeMember(admin, { userId: m.id });
    expect(await roleOf(org, m.id)).toBeUndefined();
    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, m.id)));
    expect(events.map((e) => [e.action, e.actorId, e.details]).sort()).toEqual([
      ['member.remove', admin.actor.id, { role: 'admin' }],
      ['member.role_change', admin.actor.id, { from: 'member', to: 'admin' }],
    ]);
  });

  it('refuses a member any change', async () => {
    const org = await createTestOrg();
    const member = await ctxFor(org, (await addTestMember(org, 'member')).id);
    const other = await addTestMember(org, 'member');
    expect(await failure(changeMemberRole(member, { userId: other.id, role: 'admin' }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(removeMember(member, { userId: other.id }))).toBeInstanceOf(ForbiddenError);
    expect(await roleOf(org, other.id)).toBe('member');
  });

  it('keeps the last owner: neither demoted nor removed, until another owner exists', async () => {
    const org = await createTestOrg();
    const owner = await ctxFor(org, org.ownerId);
    for (const attempt of [changeMemberRole(owner, { userId: org.ownerId, role: 'admin' }), removeMember(owner, { userId: org.ownerId })]) {
      const err = await failure(attempt);
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as Error).message).toBe(LAST_OWNER);
    }
    expect(await roleOf(org, org.ownerId)).toBe('owner');

    const second = await addTestMember(org, 'admin');
    await changeMemberRole(owner, { userId: second.id, role: 'owner' });
    await changeMemberRole(owner, { userId: org.ownerId, role: 'member' });
    expect(await roleOf(org, org.ownerId)).toBe('member');
    const newOwner = await ctxFor(org, second.id);
    expect(await failure(removeMember(newOwner, { userId: second.id }))).toBeInstanceOf(ConflictError);
  });

  it("answers NotFound for another organization's people, and its members see none of ours", async () => {
    const org = await createTestOrg();
    const other = await createTestOrg();
    const owner = await ctxFor(org, org.ownerId);
    const stranger = await addTestMember(other, 'member');
    expect(await failure(changeMemberRole(owner, { userId: stranger.id, role: 'admin' }))).toBeInstanceOf(NotFoundError);
    expect(await failure(removeMember(owner, { userId: other.ownerId }))).toBeInstanceOf(NotFoundError);
    expect(await roleOf(other, stranger.id)).toBe('member');
    expect(await failure(ctxFor(org, stranger.id))).toBeInstanceOf(NotFoundError);
  });

  it('rejects malformed input with field errors and changes nothing', async () => {
    const org = await createTestOrg();
    const owner = await ctxFor(org, org.ownerId);
    const m = await addTestMember(org, 'member');
    const cases: [unknown, string][] = [
      [{ userId: m.id }, 'role'],
      [{ userId: m.id, role: 'king' }, 'role'],
      [{ userId: m.id, role: 7 }, 'role'],
      [{ userId: 'not-a-uuid', role: 'admin' }, 'userId'],
      [{ userId: m.id, role: 'admin', organizationId: randomUUID() }, 'organizationId'],
      [{ userId: 'x'.repeat(10_000), role: 'admin' }, 'userId'],
    ];
    for (const [input, field] of cases) {
      const err = await failure(changeMemberRole(owner, input as never));
      expect(err, JSON.stringify(input).slice(0, 80)).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors[field], field).toBeDefined();
    }
    expect(await failure(removeMember(owner, { userId: m.id, extra: true } as never))).toBeInstanceOf(ValidationError);
    expect(await roleOf(org, m.id)).toBe('member');
  });

  it('takes effect on the removed member\'s next request', async () => {
    const org = await createTestOrg();
    const m = await addTestMember(org, 'admin');
    await ctxFor(org, m.id);
    await removeMember(await ctxFor(org, org.ownerId), { userId: m.id });
    expect(await failure(ctxFor(org, m.id))).toBeInstanceOf(NotFoundError);
  });

  it('lets no one outside the organization in, even a user without memberships', async () => {
    const org = await createTestOrg();
    const nobody = await createTestUser();
    expect(await failure(ctxFor(org, nobody.id))).toBeInstanceOf(NotFoundError);
  });
});
