// The Access tab: who has which role on this workspace and why; admins grant and revoke.
import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { AccessTable } from '@/components/workspaces/access-table';
import { GrantForm } from '@/components/workspaces/grant-form';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { listMembers } from '@/lib/members';
import { listServiceAccounts } from '@/lib/service-accounts';
import { getWorkspace, listAccess } from '@/lib/workspaces';
import { grantAction, revokeAction } from './actions';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Access · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const ctx = await getPageOrgCtx(org);
  const [entries, workspace] = await Promise.all([listAccess(ctx, ws), getWorkspace(ctx, ws)]);
  // Choosing whom to grant needs the organization's member list: organization admins see it.
  const canGrant = workspace.role === 'admin' && orgRoleAllows(ctx.orgRole, 'members.read');
  const principals = canGrant
    ? [
        ...(await listMembers(ctx)).filter((m) => m.role === 'member').map((m) => ({ value: `user:${m.userId}`, label: `${m.name} (${m.email})` })),
        ...(await listServiceAccounts(ctx, { limit: 100 })).items.map((sa) => ({ value: `service_account:${sa.id}`, label: `${sa.name} (service account)` })),
      ]
    : [];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title="Access" description="Organization owners and admins administer every workspace; everyone else needs a grant here." />
      {canGrant && (
        <Card title="Grant access">
          {principals.length === 0 ? (
            <p className="text-sm text-fg-muted">Everyone in the organization already administers this workspace. Invite members or create service accounts to grant them access.</p>
          ) : (
            <GrantForm action={grantAction.bind(null, org, ws)} principals={principals} />
          )}
        </Card>
      )}
      <AccessTable
        entries={entries}
        actionsFor={
          workspace.role === 'admin'
            ? (e) => (
                <ConfirmActionButton
                  label="Revoke"
                  variant="ghost"
                  title={`Revoke ${e.principal.label}'s access?`}
                  description="They lose access to this workspace on their next request."
                  confirmLabel="Revoke access"
                  done={`${e.principal.label}'s access was revoked.`}
                  action={revokeAction.bind(null, org, ws, `${e.principal.type}:${e.principal.id}`)}
                />
              )
            : undefined
        }
      />
    </div>
  );
}
