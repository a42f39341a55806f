// A bordered surface for a group of content, with an optional title bar and actions.
import type { ReactNode } from 'react';
import { cn } from './cn';

export function Card({ title, actions, children, className }: { title?: string; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={cn('rounded-lg border border-border bg-surface shadow-sm', className)}>
      {(title || actions) && (
        <header className="flex items-center justify-between border-b border-border px-5 py-3">
          {title && <h2 className="text-sm font-semibold">{title}</h2>}
          {actions}
        </header>
      )}
      <div className="p-5">{children}</div>
    </section>
  );
}
