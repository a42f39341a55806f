// One service account: its details and actions (edit, disable or enable, delete) and its API
// tokens (create, revoke).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDate } from '@/components/audit/format-time';
import { Pager } from '@/components/audit/pager';
import { CrumbLabel } from '@/components/crumb-labels';
import { AdminsOnly } from '@/components/service-accounts/admins-only';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { CreateTokenDialog } from '@/components/service-accounts/create-token-dialog';
import { EditServiceAccountDialog } from '@/components/service-accounts/edit-service-account-dialog';
import { TokensTable } from '@/components/service-accounts/tokens-table';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listApiTokens } from '@/lib/api-tokens';
import { getPageOrgCtx } from '@/lib/auth/session';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/errors';
import { getServiceAccount } from '@/lib/service-accounts';
import {
  createApiTokenAction,
  deleteServiceAccountAction,
  editServiceAccountAction,
  revokeApiTokenAction,
  setServiceAccountDisabledAction,
} from '../actions';

export const metadata: Metadata = { title: 'Service account' };

export default async function Page({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { org, id } = await params;
  const { cursor } = await searchParams;
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'service_accounts.read')) {
    return (
      <AdminsOnly orgName={ctx.organization.name} />
    );
  }
  const account = await getServiceAccount(ctx, { serviceAccountId: id }).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const tokens = await listApiTokens(ctx, { serviceAccountId: id, cursor });
  const canWrite = orgRoleAllows(ctx.orgRole, 'service_accounts.write');

  return (
    <>
      <CrumbLabel segment={id} label={account.name} />
      <PageHeader
        title={account.name}
        description={account.description || 'A service account of this organization.'}
        actions={
          canWrite && (
            <>
              <EditServiceAccountDialog account={account} action={editServiceAccountAction.bind(null, org, id)} />
              <ConfirmActionButton
                label={account.disabled ? 'Enable' : 'Disable'}
                title={account.disabled ? `Enable ${account.name}?` : `Disable ${account.name}?`}
                description={account.disabled ? 'Its unrevoked, unexpired tokens work again from the next request.' : 'Its tokens stop working from the next request, until you enable it again.'}
                confirmLabel={account.disabled ? 'Enable' : 'Disable'}
                done={account.disabled ? 'Service account enabled.' : 'Service account disabled.'}
                action={setServiceAccountDisabledAction.bind(null, org, id, !account.disabled)}
              />
              <ConfirmActionButton
                label="Delete"
                variant="danger"
                title={`Delete ${account.name}?`}
                description="The account, its tokens and its workspace grants are deleted. Anything using its tokens gets 401. This cannot be undone."
                confirmLabel="Delete service account"
                done={`Service account ${account.name} deleted.`}
                action={deleteServiceAccountAction.bind(null, org, id)}
                then={`/orgs/${org}/service-accounts`}
              />
            </>
          )
        }
      />
      <Card className="mb-6">
        <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-xs text-fg-muted">Role</dt>
            <dd><Badge tone={account.role === 'admin' ? 'info' : 'neutral'}>{account.role === 'admin' ? 'Admin' : 'Member'}</Badge></dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Status</dt>
            <dd>{account.disabled ? <Badge tone="warning">Disabled</Badge> : <Badge tone="success">Active</Badge>}</dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Active tokens</dt>
            <dd className="tabular-nums">{account.activeTokenCount}</dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Created</dt>
            <dd>{formatDate(account.createdAt)}</dd>
          </div>
        </dl>
      </Card>
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-base font-semibold">API tokens</h2>
        {canWrite && <CreateTokenDialog action={createApiTokenAction.bind(null, org, id)} disabled={account.disabled} />}
      </div>
      {tokens.items.length === 0 && !cursor ? (
        <EmptyState title="No tokens yet">Create a token and send it as <code className="font-mono">Authorization: Bearer …</code> to call the API as this account.</EmptyState>
      ) : (
        <>
          <TokensTable tokens={tokens.items} revoke={revokeApiTokenAction.bind(null, org, id)} canWrite={canWrite} />
          <Pager basePath={`/orgs/${org}/service-accounts/${id}`} searchParams={{ cursor }} nextCursor={tokens.nextCursor} />
        </>
      )}
    </>
  );
}
