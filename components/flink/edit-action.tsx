// The Edit action among a resource's actions (application, session, session job): a link to its
// form, or, while it is being deleted, a refused button that says why.
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { ActionButton } from './action-button';

export function EditAction({ href, deleting }: { href: string; deleting: boolean }) {
  if (deleting) return <ActionButton label="Edit" refusal="It is being deleted." onClick={() => {}} />;
  return (
    <Link href={href} className={buttonClasses('secondary', 'sm')}>
      Edit
    </Link>
  );
}
