// Creating an application. The form needs what the service checks against (the cluster's Flink
// versions) and where the preview's object goes; only editors and admins get it.
import type { Metadata } from 'next';
import { NewApplicationForm } from '@/components/applications/new-application-form';
import { SpecFormPage } from '@/components/flink/spec-form-page';
import { getPageOrgCtx } from '@/lib/auth/session';
import { createApplicationAction } from '../actions';
import { getSpecFormContext } from '../../spec-form-context';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `New application · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const context = await getSpecFormContext(await getPageOrgCtx(org), ws);
  return (
    <SpecFormPage
      title="New application"
      description="A Flink job with its image, jar and resources. Only a name, an image and a jar are needed; everything else has a default."
      form={context && <NewApplicationForm orgSlug={org} ws={ws} context={context} action={createApplicationAction.bind(null, org, ws)} />}
      noAccess={{ what: 'create applications', backHref: `/orgs/${org}/workspaces/${ws}/applications`, backLabel: 'go back to the applications' }}
    />
  );
}
