// "First page / Next page" links for cursor-paginated lists; the cursor lives in the URL, with
// the other search params kept.
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export function Pager({ basePath, searchParams, nextCursor }: { basePath: string; searchParams: Record<string, string | undefined>; nextCursor: string | null }) {
  const href = (cursor?: string) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(searchParams)) if (v && k !== 'cursor') params.set(k, v);
    if (cursor) params.set('cursor', cursor);
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  if (!searchParams.cursor && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex justify-end gap-2">
      {searchParams.cursor && (
        <Link href={href()} className={buttonClasses('secondary', 'sm')}>
          First page
        </Link>
      )}
      {nextCursor && (
        <Link href={href(nextCursor)} className={buttonClasses('secondary', 'sm')}>
          Next page
        </Link>
      )}
    </nav>
  );
}
