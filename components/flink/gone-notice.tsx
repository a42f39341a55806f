// What an application's, session's or job's page says once the resource answers 404: deleted (when
// it was being deleted), or no longer there for this person; with the way back.
import Link from 'next/link';

export function GoneNotice({ name, wasDeleting, backHref, backLabel }: { name: string; wasDeleting: boolean; backHref: string; backLabel: string }) {
  return (
    <p role="alert" className="rounded-md border border-border bg-surface-muted px-4 py-3 text-sm">
      {wasDeleting ? `${name} was deleted.` : `${name} no longer exists, or you no longer have access to it.`}{' '}
      <Link href={backHref} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
        {backLabel}
      </Link>
    </p>
  );
}
