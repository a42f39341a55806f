'use client';
// "Invite": an email and a role; on success the same dialog shows the invitation link once, to
// copy and send (Flotilla sends no mail yet).
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { InviteResult } from '@/app/(console)/orgs/[org]/members/actions';
import type { OrgRole } from '@/lib/auth/permissions';
import { InvitationLink } from './invitation-link';
import { ROLE_HINTS, ROLE_LABELS } from './roles';
import { EMAIL_MAX } from '@/lib/validation/limits';

type Action = (prev: InviteResult | null, form: FormData) => Promise<InviteResult>;

export function InviteDialog({ action, roles }: { action: Action; roles: OrgRole[] }) {
  const [open, setOpen] = useState(false);
  // A fresh form each time the dialog opens, so a shown link never lingers.
  const [round, setRound] = useState(0);
  const router = useRouter();
  const close = () => {
    setOpen(false);
    router.refresh();
  };
  return (
    <>
      <Button
        onClick={() => {
          setRound((r) => r + 1);
          setOpen(true);
        }}
      >
        Invite
      </Button>
      <Dialog open={open} onClose={close} title="Invite someone" description="They join with the role you choose once they open the link and sign in.">
        {open && <InviteForm key={round} action={action} roles={roles} onDone={close} />}
      </Dialog>
    </>
  );
}

function InviteForm({ action, roles, onDone }: { action: Action; roles: OrgRole[]; onDone: () => void }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [role, setRole] = useState<string>(state?.values?.role || 'member');
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <InvitationLink link={state.link} email={state.email} />
        <div className="flex justify-end">
          <Button onClick={onDone}>Done</Button>
        </div>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const formMessage = state && !state.ok && Object.keys(errors ?? {}).length === 0 ? state.message : null;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {formMessage && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {formMessage}
        </p>
      )}
      <Input maxLength={EMAIL_MAX} id="invite-email" name="email" type="email" label="Email" required autoComplete="off" placeholder="dana@example.com" defaultValue={state?.values?.email} error={errors?.email} />
      <Select
        id="invite-role"
        name="role"
        label="Role"
        value={role}
        onChange={(e) => setRole(e.target.value)}
        options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        hint={ROLE_HINTS[role as OrgRole]}
        error={errors?.role}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Create invitation
        </Button>
      </div>
    </form>
  );
}
