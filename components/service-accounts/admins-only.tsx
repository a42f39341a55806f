// What a member sees instead of service accounts: the services would answer 403 anyway.
import { RobotIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';

export function AdminsOnly({ orgName }: { orgName: string }) {
  return (
    <EmptyState icon={<RobotIcon className="size-5" />} title="Only owners and admins manage service accounts">
      Ask an admin of {orgName} if a pipeline needs a token.
    </EmptyState>
  );
}
