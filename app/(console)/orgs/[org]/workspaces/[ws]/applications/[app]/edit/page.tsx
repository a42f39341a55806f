// Editing an application (an upgrade). The form keys on the version it was opened at, so a
// reload after someone else's change starts from the current spec.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditApplicationForm } from '@/components/applications/edit-application-form';
import { NoEditAccess } from '@/components/flink/no-edit-access';
import { PageHeader } from '@/components/ui/page-header';
import { getApplication } from '@/lib/applications';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { updateApplicationAction } from '../../actions';
import { getSpecFormContext } from '../../../spec-form-context';

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
  const context = await getSpecFormContext(ctx, ws);
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
        <NoEditAccess what="change applications" backHref={`/orgs/${org}/workspaces/${ws}/applications`} backLabel="go back to the applications" />
      )}
    </>
  );
}
