'use client';
// System, light or dark, as a segmented control at the foot of the sidebar.
import { useId, useSyncExternalStore, type ReactNode } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';
import { readTheme, storeTheme, THEME_CHANGE_EVENT, type Theme } from './theme';
import { cn } from './ui/cn';

const OPTIONS: { value: Theme; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'System theme', icon: <MonitorIcon className="size-3.5" /> },
  { value: 'light', label: 'Light theme', icon: <SunIcon className="size-3.5" /> },
  { value: 'dark', label: 'Dark theme', icon: <MoonIcon className="size-3.5" /> },
];

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(THEME_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(THEME_CHANGE_EVENT, onChange);
  };
}

export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const);
  const labelId = useId();
  return (
    <div className="flex items-center justify-between px-2 py-1">
      <span className="text-xs text-fg-muted" id={labelId}>
        Theme
      </span>
      <div role="group" aria-labelledby={labelId} className="flex gap-0.5 rounded-md border border-border bg-surface-muted p-0.5">
        {OPTIONS.map((o) => (
          <button
            key={o.value}
            type="button"
            onClick={() => storeTheme(o.value)}
            aria-pressed={theme === o.value}
            aria-label={o.label}
            title={o.label}
            className={cn(
              'rounded px-1.5 py-1 text-fg-muted hover:text-fg',
              theme === o.value && 'bg-surface text-fg shadow-sm ring-1 ring-border',
            )}
          >
            {o.icon}
          </button>
        ))}
      </div>
    </div>
  );
}
