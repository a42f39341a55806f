// The organization switcher at the top of the sidebar: the current organization, a menu of the
// others the user belongs to, and creating another one.
import Link from 'next/link';
import { ChevronIcon } from './icons';
import { visibleText } from '@/lib/validation/text';

export interface OrgOption {
  slug: string;
  name: string;
}

export function OrgSwitcher({ current, organizations }: { current: OrgOption; organizations: OrgOption[] }) {
  const others = organizations.filter((o) => o.slug !== current.slug);
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2.5 rounded-md border border-border bg-surface px-2.5 py-2 shadow-sm hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
        <span className="flex size-6 items-center justify-center rounded bg-accent-600 text-xs font-semibold text-white uppercase" aria-hidden>
          {current.name.slice(0, 1)}
        </span>
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate text-sm font-medium">{visibleText(current.name)}</span>
          <span className="truncate text-xs text-fg-muted">{current.slug}</span>
        </span>
        <ChevronIcon className="size-4 text-fg-muted" />
        <span className="sr-only">Switch organization</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-20 mt-1 rounded-md border border-border bg-surface p-1 shadow-lg">
        {others.length === 0 && <p className="px-2.5 py-2 text-xs text-fg-muted">No other organizations</p>}
        {others.map((o) => (
          <Link key={o.slug} href={`/orgs/${o.slug}`} className="block rounded px-2.5 py-1.5 text-sm hover:bg-surface-muted">
            {visibleText(o.name)}
          </Link>
        ))}
        <div className="mt-1 border-t border-border pt-1">
          <Link href="/orgs/new" className="block rounded px-2.5 py-1.5 text-sm text-accent-700 hover:bg-surface-muted dark:text-accent-100">
            + Create organization
          </Link>
        </div>
      </div>
    </details>
  );
}
