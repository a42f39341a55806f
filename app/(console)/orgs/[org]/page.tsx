// The organization's home: for owners and admins, the getting-started checklist with each step
// checked from the database; for members, where their work is.
import type { Metadata } from 'next';
import Link from 'next/link';
import { GettingStartedList } from '@/components/getting-started-list';
import { EmptyState } from '@/components/ui/empty-state';
import { WorkspacesIcon } from '@/components/icons';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClasses } from '@/components/ui/button';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { getGettingStarted } from '@/lib/organizations/getting-started';

export const metadata: Metadata = { title: 'Home' };

export default async function OrgHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'members.write')) {
    return (
      <>
        <PageHeader title={ctx.organization.name} description="You are a member of this organization." />
        <EmptyState
          icon={<WorkspacesIcon className="size-5" />}
          title="Your work lives in workspaces"
          action={
            <Link href={`/orgs/${org}/workspaces`} className={buttonClasses()}>
              Open workspaces
            </Link>
          }
        >
          You see the workspaces an admin granted you. Ask an admin of {ctx.organization.name} for access to another one.
        </EmptyState>
      </>
    );
  }
  const counts = await getGettingStarted(ctx);
  const steps = [
    { path: 'clusters', title: 'Register a cluster', text: 'Connect a Kubernetes cluster that runs the Flink operator.', done: counts.clusters > 0 },
    { path: 'workspaces', title: 'Create a workspace', text: 'Carve a namespace out of the cluster for a team.', done: counts.workspaces > 0 },
    {
      path: counts.firstWorkspace ? `workspaces/${encodeURIComponent(counts.firstWorkspace)}/applications/new` : 'workspaces',
      title: 'Deploy an application',
      text: 'Run a Flink job in a workspace: an image, a jar, and Flotilla previews the exact FlinkDeployment.',
      done: counts.applications > 0,
    },
    { path: 'members', title: 'Invite people', text: 'Give your colleagues a role in the organization.', done: counts.invited > 0 },
    { path: 'service-accounts', title: 'Create a service account', text: 'Let pipelines deploy through the REST API.', done: counts.serviceAccounts > 0 },
  ];
  const done = steps.filter((s) => s.done).length;
  return (
    <>
      <PageHeader title="Getting started" description={`${done} of ${steps.length} steps from an empty organization to running Flink jobs.`} />
      <GettingStartedList orgSlug={org} steps={steps} />
    </>
  );
}
