// Editing an application (an upgrade). The form keys on the version it was opened at, so a
// reload after someone else's change starts from the current spec.
import type { Metadata } from 'next';
import { EditApplicationForm } from '@/components/applications/edit-application-form';
import { SpecFormPage } from '@/components/flink/spec-form-page';
import { getApplication } from '@/lib/applications';
import { updateApplicationAction } from '../../actions';
import { getSpecFormPage } from '../../../spec-form-context';

type Params = Promise<{ org: string; ws: string; app: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, app } = await params;
  return { title: `Edit ${app} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, app } = await params;
  const { resource: application, context } = await getSpecFormPage(org, ws, (ctx) => getApplication(ctx, ws, app));
  return (
    <SpecFormPage
      title={`Edit ${application.name}`}
      description="Change the spec and apply it: the operator upgrades the application, keeping its state as its upgrade mode says. Its desired state (running or suspended) stays as it is."
      form={
        context && (
          <EditApplicationForm
            key={application.version}
            orgSlug={org}
            ws={ws}
            app={application}
            context={context}
            action={updateApplicationAction.bind(null, org, ws, application.name)}
          />
        )
      }
      noAccess={{ what: 'change applications', backHref: `/orgs/${org}/workspaces/${ws}/applications`, backLabel: 'go back to the applications' }}
    />
  );
}
