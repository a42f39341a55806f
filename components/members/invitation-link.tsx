'use client';
// A new invitation's link, shown this once: only a hash of its token is stored.
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function InvitationLink({ link, email }: { link: string; email: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };
  return (
    <div className="flex flex-col gap-3">
      <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-200">
        Copy this link now and send it to {email}. It is shown only once, works once, and expires in 7 days.
      </div>
      <label htmlFor="invitation-link" className="text-sm font-medium">
        Invitation link
      </label>
      <div className="flex gap-2">
        <input
          id="invitation-link"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 w-full rounded-md border border-border bg-surface-muted px-3 font-mono text-xs"
        />
        <Button variant="secondary" onClick={copy} aria-live="polite">
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
