// What a member sees on the members page: the services would answer 403 anyway.
import { LockIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';

export function NoAccess({ what, orgName }: { what: string; orgName: string }) {
  return (
    <EmptyState icon={<LockIcon className="size-5" />} title="You don't have access">
      Only owners and admins of {orgName} manage {what}. Ask one of them if you need a change.
    </EmptyState>
  );
}
