// The signed-in user at the foot of the sidebar, with sign-out.
import { signOutAction } from '@/app/(auth)/actions';
import { SignOutIcon } from './icons';
import { visibleText } from '@/lib/validation/text';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="flex items-center gap-2.5 px-2 py-1.5">
      <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface-muted text-xs font-semibold text-fg-muted ring-1 ring-border">
        {initials(name)}
      </span>
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-sm font-medium">{visibleText(name)}</span>
        <span className="truncate text-xs text-fg-muted">{email}</span>
      </div>
      <form action={signOutAction}>
        <button type="submit" aria-label="Sign out" title="Sign out" className="rounded-md p-1.5 text-fg-muted hover:bg-surface-muted hover:text-fg">
          <SignOutIcon />
        </button>
      </form>
    </div>
  );
}
