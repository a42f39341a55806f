// Said above live data (a list or a resource's page) when refreshing it failed: the page keeps
// showing what it last read rather than going blank.
import { cn } from '@/components/ui/cn';

export function RefreshError({ error, className }: { error: Error; className?: string }) {
  return (
    <p role="alert" className={cn('text-sm text-red-600 dark:text-red-400', className)}>
      {error.message} Showing what was last read.
    </p>
  );
}
