// The Settings tab: a workspace's description, quota and Pod Security level, and deleting it.
// Workspace admins edit (the level only when they are organization owners or admins); everyone
// else sees the values (the services decide either way).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DeleteWorkspaceSection } from '@/components/workspaces/delete-workspace-section';
import { WorkspaceSettingsForm } from '@/components/workspaces/workspace-settings-form';
import { orgRoleAllows, workspaceRoleAllows, type WorkspaceRole } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getWorkspace } from '@/lib/workspaces';
import { deleteWorkspaceAction, updateWorkspaceAction } from './actions';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Settings · ${(await params).ws}` };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 py-2 text-sm">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const ctx = await getPageOrgCtx(org);
  const workspace = await getWorkspace(ctx, ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const role = workspace.role as WorkspaceRole;
  const none = <span className="text-fg-muted">No limit</span>;
  return (
    <>
      <PageHeader level={2} title="Settings" description="The workspace's description, the quota of its namespace and the Pod Security level it enforces." />
      <div className="flex flex-col gap-6">
      {workspaceRoleAllows(role, 'workspace.update') ? (
        <Card>
          <WorkspaceSettingsForm
            key={workspace.generation}
            orgSlug={org}
            workspace={workspace}
            canChooseLevel={orgRoleAllows(ctx.orgRole, 'workspaces.pod_security')}
            action={updateWorkspaceAction.bind(null, org, ws)}
          />
        </Card>
      ) : (
        <Card>
          <dl className="-my-2 divide-y divide-border">
            <Row label="Description">{workspace.description || <span className="text-fg-muted">None</span>}</Row>
            <Row label="CPU">{workspace.quota.cpu ?? none}</Row>
            <Row label="Memory">{workspace.quota.memory ?? none}</Row>
            <Row label="Flink deployments">{workspace.quota.maxDeployments ?? none}</Row>
            <Row label="Pod Security level">{workspace.podSecurityLevel}</Row>
          </dl>
          <p className="mt-4 text-sm text-fg-muted">Only workspace admins can change these settings or delete the workspace. Your role here is {role}.</p>
        </Card>
      )}
      {workspaceRoleAllows(role, 'workspace.delete') && (
        <DeleteWorkspaceSection orgSlug={org} name={workspace.name} namespace={workspace.namespace} adopted={workspace.adoptNamespace} action={deleteWorkspaceAction.bind(null, org, ws)} />
      )}
      </div>
    </>
  );
}
