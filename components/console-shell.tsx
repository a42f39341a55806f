'use client';
// The console's frame: the sidebar beside the content from 768 px up; below that a menu button
// in the top bar opens the same sidebar as a drawer over the page (focus moves into it and stays
// there, Escape or a click outside closes it, focus returns to the button, and following a link
// closes it). Also the place pages name their path's ids for the breadcrumbs (CrumbLabel).
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Breadcrumbs } from './breadcrumbs';
import { CrumbLabelsProvider } from './crumb-labels';
import { CloseIcon, MenuIcon } from './icons';
import { cn } from './ui/cn';

const FOCUSABLE = 'a[href], button:not([disabled]), summary, input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConsoleShell({ sidebar, children }: { sidebar: ReactNode; children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page it was opened on: a followed link closes it (and the new page, not the menu
  // button, has the focus).
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const drawer = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpenOn(null);
    button.current?.focus();
  }, []);

  useEffect(() => {
    if (open) drawer.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!open) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(drawer.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return (
    <CrumbLabelsProvider>
      <div className="flex min-h-screen">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:font-medium focus:shadow-lg">
          Skip to content
        </a>
        {open && <div aria-hidden className="fixed inset-0 z-30 bg-black/40 md:hidden" onClick={close} />}
        <div
          id="console-navigation"
          ref={drawer}
          onKeyDown={onKeyDown}
          role={open ? 'dialog' : undefined}
          aria-modal={open ? true : undefined}
          aria-label={open ? 'Navigation' : undefined}
          className={cn('fixed inset-y-0 left-0 z-40 shadow-2xl md:sticky md:top-0 md:z-auto md:block md:h-screen md:shadow-none', open ? 'block' : 'hidden')}
        >
          {sidebar}
          <button type="button" onClick={close} aria-label="Close navigation" className="absolute top-3.5 right-2 rounded-md p-1.5 text-fg-muted hover:bg-surface-muted hover:text-fg md:hidden">
            <CloseIcon />
          </button>
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="sticky top-0 z-10 flex h-14 items-center gap-2 border-b border-border bg-surface/80 px-4 backdrop-blur md:px-8">
            <button
              ref={button}
              type="button"
              onClick={() => setOpenOn(pathname)}
              aria-label="Open navigation"
              aria-expanded={open}
              aria-controls="console-navigation"
              className="-ml-1.5 rounded-md p-1.5 text-fg-muted hover:bg-surface-muted hover:text-fg md:hidden"
            >
              <MenuIcon className="size-5" />
            </button>
            <Breadcrumbs />
          </header>
          <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:px-8 md:py-8">
            {children}
          </main>
        </div>
      </div>
    </CrumbLabelsProvider>
  );
}
