// Any unknown address, and any resource the visitor may not see: both look the same, by design.
import Link from 'next/link';
import { CompassIcon, Logo } from '@/components/icons';
import { buttonClasses } from '@/components/ui/button';

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-8 p-8 text-center">
      <Link href="/" className="flex items-center gap-2.5 rounded-md" aria-label="Flotilla home">
        <Logo className="size-7" />
        <span className="text-lg font-semibold tracking-tight">Flotilla</span>
      </Link>
      <div className="flex max-w-sm flex-col items-center gap-3">
        <div className="flex size-11 items-center justify-center rounded-full bg-surface-muted text-fg-muted ring-4 ring-border/60">
          <CompassIcon className="size-5" />
        </div>
        <p className="text-xs font-semibold tracking-wider text-fg-muted uppercase">404</p>
        <h1 className="text-xl font-semibold">Not found</h1>
        <p className="text-fg-muted">This page does not exist, or you do not have access to it.</p>
        <Link href="/" className={buttonClasses('secondary', 'md', 'mt-2')}>
          Go to the console
        </Link>
      </div>
    </main>
  );
}
