// What a workspace viewer sees on a page for editors (creating or changing an application,
// session or job): why not, and where to go instead.
import Link from 'next/link';
import { LockIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';

export function NoEditAccess({ what, backHref, backLabel }: { what: string; backHref: string; backLabel: string }) {
  return (
    <EmptyState icon={<LockIcon className="size-5" />} title="Editors only" level={3}>
      Only editors and admins of this workspace can {what}. Ask a workspace admin for the editor role, or{' '}
      <Link href={backHref} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
        {backLabel}
      </Link>
      .
    </EmptyState>
  );
}
