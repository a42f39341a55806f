// Service accounts of the organization: list, create; each links to its tokens.
import type { Metadata } from 'next';
import Link from 'next/link';
import { RobotIcon } from '@/components/icons';
import { Pager } from '@/components/audit/pager';
import { AdminsOnly } from '@/components/service-accounts/admins-only';
import { CreateServiceAccountDialog } from '@/components/service-accounts/create-service-account-dialog';
import { ServiceAccountsTable } from '@/components/service-accounts/service-accounts-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getPageOrgCtx } from '@/lib/auth/session';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { listServiceAccounts } from '@/lib/service-accounts';
import { createServiceAccountAction } from './actions';

export const metadata: Metadata = { title: 'Service accounts' };

const DESCRIPTION = 'Non-human identities that call the REST API with tokens, for CI pipelines and automation.';

export default async function Page({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { org } = await params;
  const { cursor } = await searchParams;
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'service_accounts.read')) {
    return (
      <>
        <PageHeader title="Service accounts" description={DESCRIPTION} />
        <AdminsOnly orgName={ctx.organization.name} />
      </>
    );
  }
  const page = await listServiceAccounts(ctx, { cursor });
  const create = <CreateServiceAccountDialog action={createServiceAccountAction.bind(null, org)} orgSlug={org} />;
  return (
    <>
      <PageHeader
        title="Service accounts"
        description={
          <>
            {DESCRIPTION}{' '}
            <Link href={`/orgs/${org}/api`} className="text-accent-700 hover:underline dark:text-accent-100">
              API reference
            </Link>
          </>
        }
        actions={orgRoleAllows(ctx.orgRole, 'service_accounts.write') ? create : undefined}
      />
      {page.items.length === 0 && !cursor ? (
        <EmptyState icon={<RobotIcon className="size-5" />} title="No service accounts" action={create}>
          Create a service account, grant it access to workspaces, and give your pipeline one of its tokens.
        </EmptyState>
      ) : (
        <>
          <ServiceAccountsTable orgSlug={org} accounts={page.items} />
          <Pager basePath={`/orgs/${org}/service-accounts`} searchParams={{ cursor }} nextCursor={page.nextCursor} />
        </>
      )}
    </>
  );
}
