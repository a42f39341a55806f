'use client';
// "Submit job": a link to the job form while the session takes jobs; otherwise an inactive
// button that says why (sessionNotReady), live as the session's state changes.
import Link from 'next/link';
import { ActionButton } from '@/components/flink/action-button';
import { buttonClasses } from '@/components/ui/button';
import type { SessionDto } from '@/lib/validation/sessions';
import { sessionNotReady } from '@/lib/flink-resources/action-rules';

export function SubmitJobButton({ href, session }: { href: string; session: SessionDto }) {
  const refusal = sessionNotReady(session);
  if (refusal) return <ActionButton label="Submit job" variant="primary" refusal={refusal} onClick={() => {}} />;
  return (
    <Link href={href} className={buttonClasses('primary', 'sm')}>
      Submit job
    </Link>
  );
}
