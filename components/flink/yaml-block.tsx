'use client';
// YAML to read and copy: the form's live preview and the applied manifest. The text is a
// labelled, focusable region so keyboard users can scroll it.
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { useCopy } from './use-copy';

export function YamlBlock({ text, label, className, note }: { text: string; label: string; className?: string; note?: ReactNode }) {
  const { copied, copy } = useCopy(text);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        {note ?? <span />}
        <Button variant="secondary" size="sm" onClick={copy} aria-label={`Copy ${label}`}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <pre
        // A named, focusable region: keyboard users can scroll it.
        role="region"
        tabIndex={0}
        aria-label={label}
        className={cn('overflow-auto rounded-md border border-border bg-surface-muted p-4 font-mono text-xs leading-relaxed', className)}
      >
        {text}
      </pre>
    </div>
  );
}
