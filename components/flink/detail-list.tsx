// A definition list of facts in a card (label on the left), and the quiet "nothing here" box
// used inside a resource page's tabs.
import type { ReactNode } from 'react';

export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_minmax(0,1fr)] gap-3 py-2 text-sm">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="-my-2 divide-y divide-border">{children}</dl>;
}

export function Nothing({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 rounded-md border border-dashed border-border px-4 py-8 text-center">
      <h3 className="text-sm font-medium">{title}</h3>
      {children && <div className="text-sm text-balance text-fg-muted">{children}</div>}
    </div>
  );
}

/** Shown while a tab's first answer is on its way, or when it failed. */
export function Loading({ error }: { error: Error | null }) {
  if (error) {
    return (
      <p role="alert" className="text-sm text-red-600 dark:text-red-400">
        {error.message}
      </p>
    );
  }
  return <p className="text-sm text-fg-muted">Loading…</p>;
}
