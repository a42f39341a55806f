'use client';
// "Test connection": runs the full test now; the page's live data refreshes with the result.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ConnectionReport } from '@/lib/validation/clusters';

export function TestConnectionButton({ orgSlug, name, action }: { orgSlug: string; name: string; action: () => Promise<ActionResult<{ report: ConnectionReport }>> }) {
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const run = () =>
    startTransition(async () => {
      const res = await action();
      if (!res.ok) return toast(res.message, 'error');
      toast(res.report.summary, res.report.problem ? 'error' : 'success');
      await queryClient.invalidateQueries({ queryKey: ['cluster', orgSlug, { name }] });
      router.refresh();
    });
  return (
    <Button variant="secondary" onClick={run} loading={pending}>
      {pending ? 'Testing…' : 'Test connection'}
    </Button>
  );
}
