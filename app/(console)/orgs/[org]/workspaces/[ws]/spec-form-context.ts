// What the pages with a spec form (new and edit of applications, sessions and session jobs) need:
// the form's context (the cluster's Flink versions, where the preview's object goes), or null
// for a viewer, whose page then says the form is for editors. Editors hold applications.write
// exactly as they hold sessions.write, so one context serves every spec form.
import 'server-only';
import { notFound } from 'next/navigation';
import { getApplicationFormContext, type ApplicationFormContext } from '@/lib/applications';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

export async function getSpecFormContext(ctx: Parameters<typeof getApplicationFormContext>[0], ws: string): Promise<ApplicationFormContext | null> {
  return getApplicationFormContext(ctx, ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return null;
    throw err;
  });
}
