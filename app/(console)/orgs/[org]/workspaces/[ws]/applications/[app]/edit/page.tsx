// Editing an application (an upgrade). The form keys on the version it was opened at, so a
// reload after someone else's change starts from the current spec.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditApplicationForm } from '@/components/applications/edit-application-form';
import { NoEditAccess } from '@/components/applications/no-edit-access';
import { PageHeader } from '@/components/ui/page-header';
import { getApplication, getApplicationFormContext } from '@/lib/applications';
import { getPageOrgCtx } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { updateApplicationAction } from '../../actions';

type Params = Promise<{ org: string; ws: string; app: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, app } = await params;
  return { title: `Edit ${app} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, app } = await params;
  const ctx = await getPageOrgCtx(org);
  const application = await getApplication(ctx, ws, app).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const context = await getApplicationFormContext(ctx, ws).catch((err) => {
    if (err instanceof ForbiddenError) return null;
    throw err;
  });
  return (
    <>
      <PageHeader
        level={2}
        title={`Edit ${application.name}`}
        description="Change the spec and apply it: the operator upgrades the application, keeping its state as its upgrade mode says. Its desired state (running or suspended) stays as it is."
      />
      {context ? (
        <EditApplicationForm
          key={application.version}
          orgSlug={org}
          ws={ws}
          app={application}
          context={context}
          action={updateApplicationAction.bind(null, org, ws, application.name)}
        />
      ) : (
        <NoEditAccess orgSlug={org} ws={ws} what="change applications" />
      )}
    </>
  );
}
