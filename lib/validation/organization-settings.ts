// The organization's own settings (its name) and its DTO, as the API and the settings form
// use them. No server imports.
import { z } from 'zod';
import { ORGANIZATION_NAME_MAX } from './limits';
import { safeText } from './text';
import { ORG_ROLES } from '@/lib/auth/permissions';

export const UpdateOrganizationInput = z
  .strictObject({
    name: safeText(ORGANIZATION_NAME_MAX).min(1, 'Required.').meta({ description: 'The display name; the slug never changes.', example: 'Acme Data' }),
  })
  .meta({ id: 'UpdateOrganizationInput' });
export type UpdateOrganizationInput = z.input<typeof UpdateOrganizationInput>;

export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    role: z.enum(ORG_ROLES).meta({ description: "The caller's role in the organization." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Organization' });
export type OrganizationDto = z.output<typeof OrganizationSchema>;
