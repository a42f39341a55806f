'use client';
// A page of the console failed to render: say so in the design system, offer a retry, and show
// the digest that the server log carries (the message itself may not be safe to show).
import { useEffect } from 'react';
import { AlertIcon } from '@/components/icons';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export default function OrgError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <EmptyState icon={<AlertIcon className="size-5" />} tone="danger" title="Something went wrong" action={<Button onClick={reset}>Try again</Button>}>
      This page could not be loaded. Try again; if it keeps failing, the server log has the details
      {error.digest && (
        <>
          {' '}
          under <code className="font-mono text-xs">{error.digest}</code>
        </>
      )}
      .
    </EmptyState>
  );
}
