'use client';
// Switches light and dark; the choice is kept in localStorage and applied before paint by the
// root layout's script.
import { useSyncExternalStore } from 'react';
import { MoonIcon, SunIcon } from './icons';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, () => document.documentElement.classList.contains('dark'), () => false);
  const toggle = () => {
    const next = !dark;
    document.documentElement.classList.toggle('dark', next);
    localStorage.setItem('flotilla-theme', next ? 'dark' : 'light');
  };
  return (
    <button
      type="button"
      onClick={toggle}
      className="flex items-center gap-2 rounded-md px-2 py-1.5 text-xs text-fg-muted hover:bg-surface-muted hover:text-fg"
      aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
    >
      {dark ? <SunIcon /> : <MoonIcon />}
      {dark ? 'Light theme' : 'Dark theme'}
    </button>
  );
}
