// The buttons under a spec form: Cancel back to where the person came from, and the submit.
import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';

export function FormButtons({ cancelHref, submitLabel, pending }: { cancelHref: string; submitLabel: string; pending?: boolean }) {
  return (
    <>
      <Link href={cancelHref} className={buttonClasses('secondary')}>
        Cancel
      </Link>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </>
  );
}
