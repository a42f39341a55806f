// What a workspace viewer sees on a page for editors: why not, and where to go instead.
import Link from 'next/link';
import { LockIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';

export function NoEditAccess({ orgSlug, ws, what }: { orgSlug: string; ws: string; what: string }) {
  return (
    <EmptyState icon={<LockIcon className="size-5" />} title="Editors only" level={3}>
      Only editors and admins of this workspace can {what}. Ask a workspace admin for the editor role, or{' '}
      <Link href={`/orgs/${orgSlug}/workspaces/${ws}/applications`} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
        go back to the applications
      </Link>
      .
    </EmptyState>
  );
}
