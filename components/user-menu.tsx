// The signed-in user at the foot of the sidebar, with sign-out.
import { signOutAction } from '@/app/(auth)/actions';

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="flex items-center gap-2 px-2 py-1.5">
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-sm font-medium">{name}</span>
        <span className="truncate text-xs text-fg-muted">{email}</span>
      </div>
      <form action={signOutAction}>
        <button type="submit" className="rounded px-2 py-1 text-xs text-fg-muted hover:bg-surface-muted hover:text-fg">
          Sign out
        </button>
      </form>
    </div>
  );
}
