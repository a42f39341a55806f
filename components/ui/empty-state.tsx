// What a page shows when it has nothing to list yet: what will be here, and what to do first.
import type { ReactNode } from 'react';
import { cn } from './cn';

const ICON_TONES = {
  accent: 'bg-accent-50 text-accent-600 ring-accent-100 dark:bg-accent-600/15 dark:text-accent-500 dark:ring-accent-600/25',
  danger: 'bg-red-50 text-red-600 ring-red-100 dark:bg-red-950/60 dark:text-red-400 dark:ring-red-900',
} as const;

export function EmptyState({
  icon,
  title,
  children,
  action,
  tone = 'accent',
  level = 2,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  tone?: keyof typeof ICON_TONES;
  /** The heading level of the title, one below the page's heading. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-border bg-surface px-6 py-16 text-center">
      {icon && <div className={cn('mb-1 flex size-11 items-center justify-center rounded-full ring-4', ICON_TONES[tone])}>{icon}</div>}
      <Heading className="text-base font-semibold">{title}</Heading>
      {children && <div className="max-w-md text-sm text-balance text-fg-muted">{children}</div>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
