'use client';
// After a resource's action (suspend, restart, savepoint, delete…): refresh what the pages show
// of its kind, then say how it went in a toast.
import { useQueryClient } from '@tanstack/react-query';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';

export function useActionReport(queryKey: readonly unknown[]) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  /** Refreshes, then toasts `done` on success or the refusal as an error. */
  const report = async (result: ActionResult, done: string) => {
    await refresh();
    if (result.ok) toast(done);
    else toast(result.message, 'error');
  };
  return { refresh, report, toast };
}
