// Creating another organization as a signed-in user, who becomes its owner.
import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateOrganizationForm } from '@/components/auth/create-organization-form';
import { requireUserCtx } from '@/lib/auth/session';
import { createOrganizationAction } from '../../actions';

export const metadata: Metadata = { title: 'Create an organization' };

export default async function NewOrganizationPage() {
  const ctx = await requireUserCtx('/orgs/new');
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-lg font-semibold">Create an organization</h1>
        <p className="text-sm text-fg-muted">You become its owner, signed in as {ctx.actor.type === 'user' ? ctx.actor.email : ''}.</p>
      </div>
      <CreateOrganizationForm action={createOrganizationAction} />
      <p className="text-center text-sm text-fg-muted">
        <Link href="/orgs" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
          Back to your organizations
        </Link>
      </p>
    </div>
  );
}
