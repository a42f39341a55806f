'use client';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export default function OrgError({ reset }: { error: Error; reset: () => void }) {
  return (
    <EmptyState title="Something went wrong" action={<Button onClick={reset}>Try again</Button>}>
      This page could not be loaded. Try again; if it keeps failing, the server log has the details.
    </EmptyState>
  );
}
