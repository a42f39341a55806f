// Creating another organization as a signed-in user, and the home checklist's counts, against
// real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addTestMember, createTestOrg, createTestUser, createTestWorkspace, randomSlug } from '@/lib/api/test-kit';
import type { Ctx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { auditEvents, flinkDeployments, memberships, organizations } from '@/lib/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { createInvitation } from '@/lib/invitations';
import { createOrganization, SLUG_TAKEN } from './create';
import { resolveOrgCtx } from './context';
import { getGettingStarted } from './getting-started';

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

async function userCtx(): Promise<Ctx> {
  const user = await createTestUser();
  return { requestId: randomUUID(), actor: { type: 'user', id: user.id, email: user.email, name: user.name } };
}

describe('creating an organization', () => {
  it('makes the user its owner, audited, with a derived or chosen slug', async () => {
    const ctx = await userCtx();
    const name = `Second Org ${randomSlug('x')}`;
    const org = await createOrganization(ctx, { organizationName: name });
    expect(org.slug).toBe(name.toLowerCase().replaceAll(' ', '-'));
    const db = await getDb();
    const [membership] = await db.select().from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, ctx.actor.id!)));
    expect(membership!.role).toBe('owner');
    const events = await db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.id));
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['organization.create', ctx.actor.id]]);

    const chosen = randomSlug('chosen');
    expect((await createOrganization(ctx, { organizationName: 'Any name', organizationSlug: chosen })).slug).toBe(chosen);
  });

  it('refuses a taken or malformed slug, unknown keys and non-people, creating nothing', async () => {
    const ctx = await userCtx();
    const taken = await createTestOrg();
    const name = `Clash ${randomSlug()}`;
    for (const [input, field] of [
      [{ organizationName: name, organizationSlug: taken.slug }, 'organizationSlug'],
      [{ organizationName: name, organizationSlug: 'Bad Slug' }, 'organizationSlug'],
      [{ organizationName: name, organizationSlug: 'new' }, 'organizationSlug'],
      [{ organizationName: '' }, 'organizationName'],
      [{ organizationName: 'x'.repeat(101) }, 'organizationName'],
      [{ organizationName: name, ownerId: randomUUID() }, 'ownerId'],
    ] as [Record<string, unknown>, string][]) {
      const err = await failure(createOrganization(ctx, input as never));
      expect(err, field).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors[field], field).toBeDefined();
    }
    const clash = await failure(createOrganization(ctx, { organizationName: name, organizationSlug: taken.slug }));
    expect((clash as ValidationError).fieldErrors.organizationSlug).toEqual([SLUG_TAKEN]);
    expect(await (await getDb()).select().from(organizations).where(eq(organizations.name, name))).toEqual([]);
    const system: Ctx = { requestId: randomUUID(), actor: { type: 'system', id: null, name: 'test' } };
    expect(await failure(createOrganization(system, { organizationName: name }))).toBeInstanceOf(ForbiddenError);
  });
});

describe('the getting-started checklist', () => {
  it('counts what the organization has done so far', async () => {
    const org = await createTestOrg();
    const owner = await resolveOrgCtx({ requestId: randomUUID(), actor: { type: 'user', id: org.ownerId, email: 'o@example.com', name: 'O' } }, org.slug);
    expect(await getGettingStarted(owner)).toEqual({ clusters: 0, workspaces: 0, applications: 0, firstWorkspace: null, invited: 0, serviceAccounts: 0 });
    await createInvitation(owner, { email: `${randomSlug()}@example.com`, role: 'member' });
    await addTestMember(org, 'member');
    expect((await getGettingStarted(owner)).invited).toBe(2);
    // Deploying an application is a step too, and it leads into the first workspace.
    const workspace = await createTestWorkspace(org);
    await (await getDb()).insert(flinkDeployments).values({ organizationId: org.id, workspaceId: workspace.id, mode: 'application', name: 'orders', spec: {} });
    expect(await getGettingStarted(owner)).toMatchObject({ workspaces: 1, applications: 1, firstWorkspace: workspace.name });
    // Another organization counts its own alone.
    const otherOrg = await createTestOrg();
    const other = await resolveOrgCtx({ requestId: randomUUID(), actor: { type: 'user', id: otherOrg.ownerId, email: 'p@example.com', name: 'P' } }, otherOrg.slug);
    expect(await getGettingStarted(other)).toMatchObject({ workspaces: 0, applications: 0, firstWorkspace: null });
  });
});
