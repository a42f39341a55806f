// Registering a cluster: the form, and the manifest for the identity whose credentials it takes.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LeastPrivilegeManifest } from '@/components/clusters/least-privilege-manifest';
import { RegisterClusterForm } from '@/components/clusters/register-cluster-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { registerClusterAction } from '../actions';

export const metadata: Metadata = { title: 'Register a cluster' };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'clusters.write')) notFound();
  return (
    <>
      <PageHeader title="Register a cluster" description="Flotilla stores the address and encrypted credentials, and tests the connection right away." />
      <div className="grid grid-cols-1 gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
        <RegisterClusterForm orgSlug={org} action={registerClusterAction.bind(null, org)} />
        <Card title="The identity Flotilla needs">
          <LeastPrivilegeManifest />
        </Card>
      </div>
    </>
  );
}
