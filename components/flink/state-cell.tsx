// A resource's state in a list row (applications, sessions, a session's jobs): the badge, and
// under it the operator's error or else the state's reason.
import { StatusBadge } from '@/components/ui/status-badge';
import { Td } from '@/components/ui/table';

export function StateCell({ resource, className = 'max-w-xs' }: { resource: { state: string; error: string | null; stateMessage: string | null }; className?: string }) {
  return (
    <Td className={className}>
      <StatusBadge status={resource.state} />
      {resource.error ? (
        <p className="mt-1 line-clamp-2 text-xs text-red-700 dark:text-red-400">{resource.error}</p>
      ) : (
        resource.stateMessage && <p className="mt-1 line-clamp-2 text-xs text-fg-muted">{resource.stateMessage}</p>
      )}
    </Td>
  );
}
