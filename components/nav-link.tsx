'use client';
// A navigation link that marks itself current (aria-current) from the path.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn } from './ui/cn';

export function NavLink({ href, exact, icon, children, variant = 'sidebar' }: { href: string; exact?: boolean; icon?: ReactNode; children: ReactNode; variant?: 'sidebar' | 'tab' }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  const styles =
    variant === 'sidebar'
      ? cn('flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm', active ? 'bg-accent-50 font-medium text-accent-700 dark:bg-accent-600/15 dark:text-accent-100' : 'text-fg-muted hover:bg-surface-muted hover:text-fg')
      : cn('flex shrink-0 items-center gap-2 border-b-2 px-1 pb-2.5 text-sm whitespace-nowrap', active ? 'border-accent-600 font-medium text-fg' : 'border-transparent text-fg-muted hover:text-fg');
  return (
    <Link href={href} aria-current={active ? 'page' : undefined} className={styles}>
      {icon}
      {children}
    </Link>
  );
}
