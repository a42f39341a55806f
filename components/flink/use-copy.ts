'use client';
// Copying a text to the clipboard, and "Copied" for two seconds after, for copy buttons
// (manifests, previews, savepoint paths).
import { useState } from 'react';

export function useCopy(text: string) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };
  return { copied, copy };
}
