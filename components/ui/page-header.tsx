// The top of a page: its title, one line on what it is for, and its primary actions. Inside an
// area that already has a title (a workspace's tabs), use level 2.
import type { ReactNode } from 'react';
import { cn } from './cn';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  level?: 1 | 2;
}

export function PageHeader({ title, description, actions, level = 1 }: PageHeaderProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="flex min-w-0 flex-col gap-1">
        <Heading className={cn('font-semibold tracking-tight break-words', level === 1 ? 'text-xl' : 'text-lg')}>{title}</Heading>
        {description && <p className="max-w-2xl text-sm text-fg-muted">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}
