'use client';
// A block of text (YAML, a command) with a copy button.
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function CopyBlock({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };
  return (
    <div className="relative">
      <Button variant="secondary" size="sm" className="absolute top-2 right-2" onClick={copy} aria-label={`Copy ${label}`}>
        {copied ? 'Copied' : 'Copy'}
      </Button>
      <pre aria-label={label} className="max-h-96 overflow-auto rounded-md border border-border bg-surface-muted p-4 pr-20 font-mono text-xs leading-relaxed">
        {text}
      </pre>
    </div>
  );
}
