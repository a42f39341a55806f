// Invitations against real PostgreSQL: created by owners and admins (owners only for owners),
// the link works once, for the invited email, within 7 days; revoked and expired links are
// refused with a clear message; another organization's invitations are invisible.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Ctx, OrgCtx } from '@/lib/auth/context';
import { addTestMember, createTestOrg, createTestUser, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, invitations, memberships, users } from '@/lib/db/schema';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { acceptInvitation, createInvitation, describeInvitation, listInvitations, revokeInvitation, signUpWithInvitation } from '.';

const PASSWORD = 'a sufficiently long passphrase';
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

async function userCtx(userId: string): Promise<Ctx> {
  const [user] = await (await getDb()).select().from(users).where(eq(users.id, userId));
  return { requestId: randomUUID(), actor: { type: 'user', id: user!.id, email: user!.email, name: user!.name } };
}
async function ctxFor(org: TestOrg, userId: string): Promise<OrgCtx> {
  return resolveOrgCtx(await userCtx(userId), org.slug);
}
async function roleIn(org: TestOrg, userId: string) {
  const [row] = await (await getDb()).select().from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)));
  return row?.role;
}
const tokenOf = (link: string) => link.split('/').at(-1)!;

describe('invitations', () => {
  it('creates a single-use link stored only as a hash, audited without the token', async () => {
    const org = await createTestOrg('Invitational');
    const owner = await ctxFor(org, org.ownerId);
    const email = `${randomSlug('dana')}@Example.com`;
    const { invitation, link } = await createInvitation(owner, { email, role: 'admin' });
    expect(invitation).toMatchObject({ email: email.toLowerCase(), role: 'admin', status: 'pending' });
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    const db = await getDb();
    const token = tokenOf(link);
    const stored = JSON.stringify(await db.select().from(invitations).where(eq(invitations.id, invitation.id)));
    const audited = JSON.stringify(await db.select().from(auditEvents).where(eq(auditEvents.targetId, invitation.id)));
    expect(stored).not.toContain(token);
    expect(audited).toContain('invitation.create');
    expect(audited).not.toContain(token);
    expect((await listInvitations(owner)).map((i) => i.id)).toEqual([invitation.id]);

    const preview = await describeInvitation(token);
    expect(preview).toEqual({ usable: true, email: email.toLowerCase(), role: 'admin', organization: { slug: org.slug, name: 'Invitational' }, accountExists: false });
  });

  it('lets the invitee create an account and join once; the link is then used up', async () => {
    const org = await createTestOrg();
    const { link } = await createInvitation(await ctxFor(org, org.ownerId), { email: `${randomSlug('new')}@example.com`, role: 'member' });
    const joined = await signUpWithInvitation({ token: tokenOf(link), name: 'Newcomer', password: PASSWORD });
    expect(joined.organization.slug).toBe(org.slug);
    const [user] = await (await getDb()).select().from(users).where(sql`lower(${users.email}) = ${joined.email}`);
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await roleIn(org, user!.id)).toBe('member');

    const again = await failure(signUpWithInvitation({ token: tokenOf(link), name: 'Someone', password: PASSWORD }));
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as Error).message).toBe('This invitation has already been used.');
    expect(await describeInvitation(tokenOf(link))).toEqual({ usable: false, reason: 'This invitation has already been used.' });
  });

  it('lets a signed-in user with the invited email accept, and no one else', async () => {
    const org = await createTestOrg();
    const invitee = await createTestUser();
    const intruder = await createTestUser();
    const { link } = await createInvitation(await ctxFor(org, org.ownerId), { email: invitee.email.toUpperCase(), role: 'admin' });
    const wrongPerson = await failure(acceptInvitation(await userCtx(intruder.id), { token: tokenOf(link) }));
    expect(wrongPerson).toBeInstanceOf(ForbiddenError);
    expect((wrongPerson as Error).message).toContain(invitee.email);
    expect(await roleIn(org, intruder.id)).toBeUndefined();

    expect((await acceptInvitation(await userCtx(invitee.id), { token: tokenOf(link) })).organization.slug).toBe(org.slug);
    expect(await roleIn(org, invitee.id)).toBe('admin');
    expect(await failure(acceptInvitation(await userCtx(invitee.id), { token: tokenOf(link) }))).toBeInstanceOf(ConflictError);
    const [event] = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'invitation.accept')));
    expect(event).toMatchObject({ actorId: invitee.id, result: 'success' });
  });

  it('refuses revoked, expired and unknown links with a clear message', async () => {
    const org = await createTestOrg();
    const owner = await ctxFor(org, org.ownerId);
    const invitee = await createTestUser();
    const revoked = await createInvitation(owner, { email: invitee.email, role: 'member' });
    await revokeInvitation(owner, { invitationId: revoked.invitation.id });
    expect(await listInvitations(owner)).toEqual([]);
    const revokedErr = await failure(acceptInvitation(await userCtx(invitee.id), { token: tokenOf(revoked.link) }));
    expect((revokedErr as Error).message).toMatch(/revoked/);

    const expired = await createInvitation(owner, { email: invitee.email, role: 'member' });
    await (await getDb()).update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, expired.invitation.id));
    expect((await listInvitations(owner)).map((i) => i.status)).toEqual(['expired']);
    const expiredErr = await failure(acceptInvitation(await userCtx(invitee.id), { token: tokenOf(expired.link) }));
    expect(expiredErr).toBeInstanceOf(ConflictError);
    expect((expiredErr as Error).message).toMatch(/expired/);

    expect(await failure(acceptInvitation(await userCtx(invitee.id), { token: 'made-up' }))).toBeInstanceOf(NotFoundError);
    expect((await describeInvitation('made-up')).usable).toBe(false);
    expect(await roleIn(org, invitee.id)).toBeUndefined();
  });

  it('keeps owner invitations to owners and refuses members', async () => {
    const org = await createTestOrg();
    const admin = await ctxFor(org, (await addTestMember(org, 'admin')).id);
    const member = await ctxFor(org, (await addTestMember(org, 'member')).id);
    expect(await failure(createInvitation(admin, { email: `${randomSlug()}@example.com`, role: 'owner' }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(createInvitation(member, { email: `${randomSlug()}@example.com`, role: 'member' }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(listInvitations(member))).toBeInstanceOf(ForbiddenError);
    const ownerInvite = await createInvitation(await ctxFor(org, org.ownerId), { email: `${randomSlug()}@example.com`, role: 'owner' });
    expect(await failure(revokeInvitation(admin, { invitationId: ownerInvite.invitation.id }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(revokeInvitation(member, { invitationId: ownerInvite.invitation.id }))).toBeInstanceOf(ForbiddenError);
    expect((await listInvitations(admin)).map((i) => i.id)).toEqual([ownerInvite.invitation.id]);
  });

  it("answers NotFound for another organization's invitation", async () => {
    const org = await createTestOrg();
    const other = await createTestOrg();
    const theirs = await createInvitation(await ctxFor(other, other.ownerId), { email: `${randomSlug()}@example.com`, role: 'member' });
    expect(await failure(revokeInvitation(await ctxFor(org, org.ownerId), { invitationId: theirs.invitation.id }))).toBeInstanceOf(NotFoundError);
    expect((await listInvitations(await ctxFor(other, other.ownerId))).map((i) => i.status)).toEqual(['pending']);
  });

  it('refuses inviting a member or inviting twice, and malformed input, creating nothing', async () => {
    const org = await createTestOrg();
    const owner = await ctxFor(org, org.ownerId);
    const m = await addTestMember(org, 'member');
    const email = `${randomSlug()}@example.com`;
    await createInvitation(owner, { email, role: 'member' });
    const cases: [unknown, string][] = [
      [{ email: m.email.toUpperCase(), role: 'admin' }, 'email'],
      [{ email, role: 'admin' }, 'email'],
      [{ role: 'member' }, 'email'],
      [{ email: 'not an email', role: 'member' }, 'email'],
      [{ email: `${'a'.repeat(250)}@example.com`, role: 'member' }, 'email'],
      [{ email: 'x@example.com', role: 'root' }, 'role'],
      [{ email: 'x@example.com', role: 'member', organizationId: randomUUID() }, 'organizationId'],
    ];
    for (const [input, field] of cases) {
      const err = await failure(createInvitation(owner, input as never));
      expect(err, JSON.stringify(input).slice(0, 60)).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors[field], field).toBeDefined();
    }
    expect(await listInvitations(owner)).toHaveLength(1);

    const bad = await failure(signUpWithInvitation({ token: 'x', name: '', password: 'short', admin: true } as never));
    expect(Object.keys((bad as ValidationError).fieldErrors).sort()).toEqual(['admin', 'name', 'password']);
  });
});
