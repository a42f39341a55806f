'use client';
// One section of a Flink spec form (application, session, session job). Collapsible sections
// are native <details> (keyboard and screen readers know them); a section opens by itself when
// it holds an error to see.
import { useState, type ReactNode } from 'react';
import { ChevronDownIcon } from '@/components/icons';
import { cn } from '@/components/ui/cn';

interface FormSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  collapsible?: boolean;
  defaultOpen?: boolean;
  /** Kept open while true (an error inside). */
  forceOpen?: boolean;
}

const heading = 'text-sm font-semibold';

export function FormSection({ title, description, children, collapsible, defaultOpen = false, forceOpen = false }: FormSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  if (!collapsible) {
    return (
      <section className="flex flex-col gap-4 border-t border-border pt-6 first:border-t-0 first:pt-0">
        <div>
          <h2 className={heading}>{title}</h2>
          {description && <p className="mt-0.5 text-sm text-fg-muted">{description}</p>}
        </div>
        {children}
      </section>
    );
  }
  return (
    <details open={open || forceOpen} onToggle={(e) => setOpen(e.currentTarget.open)} className="group border-t border-border pt-6">
      <summary className="flex cursor-pointer list-none items-start gap-2 rounded-md [&::-webkit-details-marker]:hidden">
        <ChevronDownIcon aria-hidden className={cn('mt-0.5 size-4 shrink-0 -rotate-90 text-fg-muted transition-transform', 'group-open:rotate-0')} />
        <span>
          <h2 className={cn(heading, 'inline')}>{title}</h2>
          {description && <span className="mt-0.5 block text-sm text-fg-muted">{description}</span>}
        </span>
      </summary>
      <div className="mt-4 flex flex-col gap-4 pl-6">{children}</div>
    </details>
  );
}
