// The name, description and role fields shared by the create and edit dialogs.
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { FieldErrors } from '@/lib/errors';
import type { ServiceAccountDto } from '@/lib/validation/service-accounts';
import { DESCRIPTION_MAX, SERVICE_ACCOUNT_NAME_MAX } from '@/lib/validation/limits';

export const ROLE_OPTIONS = [
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin' },
];

const ROLE_HINT = 'A member sees the organization and the workspaces granted to it; an admin manages members, clusters, workspaces and grants. Never an owner.';

export function ServiceAccountFormFields({ idPrefix, values, errors }: { idPrefix: string; values?: Partial<ServiceAccountDto>; errors?: FieldErrors }) {
  return (
    <>
      <Input id={`${idPrefix}-name`} name="name" label="Name" required maxLength={SERVICE_ACCOUNT_NAME_MAX} defaultValue={values?.name} error={errors?.name} hint="Letters, digits, spaces, dots, dashes, underscores." autoComplete="off" />
      <Textarea id={`${idPrefix}-description`} name="description" label="Description" rows={2} maxLength={DESCRIPTION_MAX} defaultValue={values?.description} error={errors?.description} />
      <Select id={`${idPrefix}-role`} name="role" label="Organization role" options={ROLE_OPTIONS} defaultValue={values?.role ?? 'member'} error={errors?.role} hint={ROLE_HINT} />
    </>
  );
}
