'use client';
// An organization's name and identifier; the identifier follows the name until it is edited.
import { useState } from 'react';
import { Input } from '@/components/ui/input';
import type { FieldErrors } from '@/lib/errors';
import { ORGANIZATION_SLUG_MAX, slugFromName } from '@/lib/validation/sign-up';
import { ORGANIZATION_NAME_MAX } from '@/lib/validation/limits';

export function OrganizationFields({ errors, initialName = '', initialSlug }: { errors: FieldErrors; initialName?: string; initialSlug?: string }) {
  const [name, setName] = useState(initialName);
  const [slug, setSlug] = useState<string | null>(initialSlug || null);
  return (
    <>
      <Input maxLength={ORGANIZATION_NAME_MAX} id="organizationName" name="organizationName" label="Organization" required value={name} onChange={(e) => setName(e.target.value)} error={errors.organizationName} />
      <Input
        maxLength={ORGANIZATION_SLUG_MAX}
        id="organizationSlug"
        name="organizationSlug"
        label="Identifier"
        hint={`Used in URLs and the API: lower-case letters, digits and dashes; at most ${ORGANIZATION_SLUG_MAX}.`}
        value={slug ?? slugFromName(name)}
        onChange={(e) => setSlug(e.target.value)}
        error={errors.organizationSlug}
      />
    </>
  );
}
