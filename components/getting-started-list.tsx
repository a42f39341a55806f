// The getting-started checklist: numbered steps, each a link to its page (the whole row, with a
// chevron, so it reads as something to open) and checked when done.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { ChevronRightIcon } from './icons';

export interface GettingStartedStep {
  path: string;
  title: string;
  text: string;
  done: boolean;
}

export function GettingStartedList({ orgSlug, steps }: { orgSlug: string; steps: GettingStartedStep[] }) {
  return (
    <Card>
      <ol className="-mx-2 -my-1 flex flex-col divide-y divide-border" aria-label="Getting started">
        {steps.map((step, i) => (
          <li key={step.title}>
            <Link href={`/orgs/${orgSlug}/${step.path}`} className="group flex items-center gap-4 rounded-md px-2 py-3 hover:bg-surface-muted focus-visible:bg-surface-muted">
              <span
                className={cn(
                  'flex size-7 shrink-0 items-center justify-center rounded-full border text-xs font-semibold',
                  step.done ? 'border-emerald-500 bg-emerald-500 text-white' : 'border-border text-fg-muted',
                )}
                aria-hidden
              >
                {step.done ? '✓' : i + 1}
              </span>
              <span className="flex min-w-0 flex-1 flex-col">
                <span className={cn('font-medium text-accent-700 group-hover:underline dark:text-accent-100', step.done && 'text-fg-muted line-through decoration-fg-muted/50 dark:text-fg-muted')}>{step.title}</span>
                <span className="text-xs text-fg-muted">{step.text}</span>
              </span>
              <span className={cn('shrink-0 text-xs font-medium', step.done ? 'text-emerald-700 dark:text-emerald-400' : 'text-fg-muted')}>{step.done ? 'Done' : 'To do'}</span>
              <ChevronRightIcon className="size-4 shrink-0 text-fg-muted group-hover:text-fg" />
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
