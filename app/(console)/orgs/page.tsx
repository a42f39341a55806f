// The landing page after sign-in: the user's first organization.
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { requireUserCtx } from '@/lib/auth/session';
import { listMyOrganizations } from '@/lib/organizations/mine';

export default async function OrgsLanding() {
  const orgs = await listMyOrganizations(await requireUserCtx('/orgs'));
  if (orgs[0]) redirect(`/orgs/${orgs[0].slug}`);
  return (
    <main className="mx-auto max-w-lg p-12">
      <EmptyState title="You belong to no organization">Ask an organization admin for an invitation link, or sign out and create an organization.</EmptyState>
    </main>
  );
}
