// Creating an application. The form needs what the service checks against (the cluster's Flink
// versions) and where the preview's object goes; only editors and admins get it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewApplicationForm } from '@/components/applications/new-application-form';
import { NoEditAccess } from '@/components/applications/no-edit-access';
import { PageHeader } from '@/components/ui/page-header';
import { getApplicationFormContext } from '@/lib/applications';
import { getPageOrgCtx } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { createApplicationAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `New application · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const context = await getApplicationFormContext(await getPageOrgCtx(org), ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return null;
    throw err;
  });
  return (
    <>
      <PageHeader
        level={2}
        title="New application"
        description="A Flink job with its image, jar and resources. Only a name, an image and a jar are needed; everything else has a default."
      />
      {context ? (
        <NewApplicationForm orgSlug={org} ws={ws} context={context} action={createApplicationAction.bind(null, org, ws)} />
      ) : (
        <NoEditAccess orgSlug={org} ws={ws} what="create applications" />
      )}
    </>
  );
}
