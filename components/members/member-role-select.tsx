'use client';
// A member's role, changed in place: the select runs the action at once and reports the outcome
// in a toast; a refused change springs back to the role that holds.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { CONTROL_CLASSES } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { OrgRole } from '@/lib/auth/permissions';
import { ROLE_LABELS } from './roles';

export function MemberRoleSelect({
  name,
  role,
  options,
  disabled,
  action,
}: {
  name: string;
  role: OrgRole;
  options: OrgRole[];
  disabled?: boolean;
  action: (role: string) => Promise<ActionResult>;
}) {
  const [value, setValue] = useState(role);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const choices = options.includes(role) ? options : [role, ...options];
  const change = (next: OrgRole) => {
    setValue(next);
    startTransition(async () => {
      const result = await action(next);
      if (!result.ok) {
        setValue(role);
        toast(result.message, 'error');
        return;
      }
      toast(`${name} is now ${ROLE_LABELS[next].toLowerCase()}.`);
      router.refresh();
    });
  };
  return (
    <select
      aria-label={`Role of ${name}`}
      value={value}
      disabled={disabled || pending}
      onChange={(e) => change(e.target.value as OrgRole)}
      className={`${CONTROL_CLASSES.replace('w-full', 'w-32')} h-8 py-0`}
    >
      {choices.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
