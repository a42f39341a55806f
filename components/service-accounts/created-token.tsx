'use client';
// The new token, shown this once: a read-only field, a copy button and the warning that it
// cannot be shown again (only its hash is stored).
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function CreatedToken({ token }: { token: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  };
  return (
    <div className="flex flex-col gap-3">
      <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-200">
        Copy this token now. It is shown only once: Flotilla keeps only a hash of it.
      </div>
      <label htmlFor="created-token" className="text-sm font-medium">Your new API token</label>
      <div className="flex gap-2">
        <input
          id="created-token"
          readOnly
          value={token}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 w-full rounded-md border border-border bg-surface-muted px-3 font-mono text-xs"
        />
        <Button variant="secondary" onClick={copy} aria-live="polite">{copied ? 'Copied' : 'Copy'}</Button>
      </div>
      <p className="text-xs text-fg-muted">
        Send it as <code className="font-mono">Authorization: Bearer {token.slice(0, 10)}…</code>
      </p>
    </div>
  );
}
