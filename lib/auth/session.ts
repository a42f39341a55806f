// The signed-in user for server components, server actions and cookie-authenticated API calls.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { NotFoundError, UnauthenticatedError } from '@/lib/errors';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { auth } from './auth';
import type { Ctx, OrgCtx } from './context';
import { actorForUserId, type UserActor } from './credentials';

/** The session's user, re-read from the database: null when signed out, deleted or disabled. */
export async function getSessionActor(): Promise<UserActor | null> {
  const session = await auth();
  return actorForUserId(session?.user?.id, session?.sessionVersion ?? 0);
}

async function requestId(): Promise<string> {
  return (await headers()).get('x-request-id') ?? randomUUID();
}

/** A Ctx for the signed-in user, or a redirect to the sign-in page. */
export async function requireUserCtx(callbackPath?: string): Promise<Ctx> {
  const actor = await getSessionActor();
  if (!actor) redirect(callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : '/sign-in');
  return { requestId: await requestId(), actor };
}

/** The OrgCtx for a console page: sign-in when signed out, 404 when not a member. */
export async function getPageOrgCtx(orgSlug: string): Promise<OrgCtx> {
  const ctx = await requireUserCtx(`/orgs/${orgSlug}`);
  try {
    return await resolveOrgCtx(ctx, orgSlug);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof UnauthenticatedError) redirect('/sign-in');
    throw err;
  }
}

/** The OrgCtx for a server action: its typed errors (401, 404) become the action's result. */
export async function requireActionOrgCtx(orgSlug: string): Promise<OrgCtx> {
  return resolveOrgCtx(await requireUserCtx(), orgSlug);
}
