// The Access tab: who has which role on this workspace and why.
import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { AccessTable } from '@/components/workspaces/access-table';
import { getPageOrgCtx } from '@/lib/auth/session';
import { listAccess } from '@/lib/workspaces';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Access · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const entries = await listAccess(await getPageOrgCtx(org), ws);
  return (
    <>
      <PageHeader
        level={2}
        title="Access"
        description="Organization owners and admins administer every workspace; everyone else needs a grant here. Grants are managed through the REST API (PUT …/workspaces/{ws}/grants) for now."
      />
      <AccessTable entries={entries} />
    </>
  );
}
