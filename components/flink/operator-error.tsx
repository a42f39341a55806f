// The Flink operator's error about an application, session or job, as it reports it.
import { AlertIcon } from '@/components/icons';

export function OperatorError({ error }: { error: string }) {
  return (
    <div role="status" className="flex gap-3 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
      <AlertIcon className="mt-0.5 size-4 shrink-0" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-medium">The Flink operator reports an error</p>
        <p className="break-words whitespace-pre-wrap">{error}</p>
      </div>
    </div>
  );
}
