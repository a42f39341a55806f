// What the pages with a spec form (new and edit of applications, sessions and session jobs) need:
// the form's context (the cluster's Flink versions, where the preview's object goes), or null
// for a viewer, whose page then says the form is for editors. Editors hold applications.write
// exactly as they hold sessions.write, so one context serves every spec form.
import 'server-only';
import { notFound } from 'next/navigation';
import { getApplicationFormContext, type ApplicationFormContext } from '@/lib/applications';
import type { OrgCtx } from '@/lib/auth/context';
import { getPageOrgCtx } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

export async function getSpecFormContext(ctx: OrgCtx, ws: string): Promise<ApplicationFormContext | null> {
  return getApplicationFormContext(ctx, ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return null;
    throw err;
  });
}

/** For a page whose form starts from a resource (an edit, a job of a session): that resource, or the 404 page, and the form's context. */
export async function getSpecFormPage<T>(org: string, ws: string, read: (ctx: OrgCtx) => Promise<T>): Promise<{ resource: T; context: ApplicationFormContext | null }> {
  const ctx = await getPageOrgCtx(org);
  const resource = await read(ctx).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return { resource, context: await getSpecFormContext(ctx, ws) };
}
