'use client';
// The server's refusal of a change, above the form's buttons; when the resource changed since the
// page was read (a stale version), a Reload that starts the form from the current spec.
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

export interface ChangeMessage {
  text: string;
  stale: boolean;
}

export function ChangeAlert({ message }: { message: ChangeMessage }) {
  const router = useRouter();
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={message.text} />
      {message.stale && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
            Reload
          </Button>
        </div>
      )}
    </div>
  );
}
