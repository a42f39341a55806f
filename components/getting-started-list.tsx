// The getting-started checklist: numbered steps, each linking to its page and checked when done.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';

export interface GettingStartedStep {
  path: string;
  title: string;
  text: string;
  done: boolean;
}

export function GettingStartedList({ orgSlug, steps }: { orgSlug: string; steps: GettingStartedStep[] }) {
  return (
    <Card>
      <ol className="flex flex-col divide-y divide-border" aria-label="Getting started">
        {steps.map((step, i) => (
          <li key={step.path} className="flex items-center gap-4 py-3 first:pt-0 last:pb-0">
            <span
              className={cn(
                'flex size-7 shrink-0 items-center justify-center rounded-full border text-xs font-semibold',
                step.done ? 'border-emerald-500 bg-emerald-500 text-white' : 'border-border text-fg-muted',
              )}
              aria-hidden
            >
              {step.done ? '✓' : i + 1}
            </span>
            <div className="flex-1">
              <Link href={`/orgs/${orgSlug}/${step.path}`} className={cn('font-medium hover:underline', step.done && 'text-fg-muted line-through decoration-fg-muted/50')}>
                {step.title}
              </Link>
              <p className="text-xs text-fg-muted">{step.text}</p>
            </div>
            <span className={cn('text-xs font-medium', step.done ? 'text-emerald-700 dark:text-emerald-400' : 'text-fg-muted')}>{step.done ? 'Done' : 'To do'}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
