'use client';
// An organization's name and identifier; the identifier follows the name until it is edited.
import { useState } from 'react';
import { Input } from '@/components/ui/input';
import type { FieldErrors } from '@/lib/errors';
import { slugFromName } from '@/lib/validation/sign-up';

export function OrganizationFields({ errors, initialName = '', initialSlug }: { errors: FieldErrors; initialName?: string; initialSlug?: string }) {
  const [name, setName] = useState(initialName);
  const [slug, setSlug] = useState<string | null>(initialSlug || null);
  return (
    <>
      <Input id="organizationName" name="organizationName" label="Organization" required value={name} onChange={(e) => setName(e.target.value)} error={errors.organizationName} />
      <Input
        id="organizationSlug"
        name="organizationSlug"
        label="Identifier"
        hint="Used in URLs and the API: lower-case letters, digits and dashes."
        value={slug ?? slugFromName(name)}
        onChange={(e) => setSlug(e.target.value)}
        error={errors.organizationSlug}
      />
    </>
  );
}
