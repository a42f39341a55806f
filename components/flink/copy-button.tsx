'use client';
// Copies a value (a savepoint's path) to the clipboard, named after what it copies.
import { useCopy } from './use-copy';
import { Button } from '@/components/ui/button';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { copied, copy } = useCopy(text);
  return (
    <Button variant="ghost" size="sm" onClick={copy} aria-label={label}>
      <span aria-live="polite">{copied ? 'Copied' : 'Copy'}</span>
    </Button>
  );
}
