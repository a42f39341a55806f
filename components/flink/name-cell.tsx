// A resource's name in a list row, linked to its page, with what it runs (image or jar) under it.
import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { Td } from '@/components/ui/table';

export function NameCell({ name, href, detail, detailWidth = 'max-w-[14rem]' }: { name: string; href: string; detail: string; detailWidth?: string }) {
  return (
    <Td>
      <Link href={href} className="font-medium hover:underline">
        {name}
      </Link>
      <p className={cn('truncate font-mono text-xs text-fg-muted', detailWidth)} title={detail}>
        {detail}
      </p>
    </Td>
  );
}
