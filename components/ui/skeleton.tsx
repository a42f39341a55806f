// A pulsing placeholder block for content that is loading.
import { cn } from './cn';

/** A placeholder block shown while data loads. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('animate-pulse rounded-md bg-surface-muted', className)} />;
}
