// Service account inputs and the DTO the API returns: shared by the service, the API (and its
// OpenAPI document) and the console's forms. No server imports.
import { z } from 'zod';
import { DESCRIPTION_MAX, SERVICE_ACCOUNT_NAME_MAX } from './limits';
import { safeText } from './text';

/** DESIGN.md: a service account is a member or an admin, never an owner. */
export const SERVICE_ACCOUNT_ROLES = ['member', 'admin'] as const;
export type ServiceAccountRole = (typeof SERVICE_ACCOUNT_ROLES)[number];

export const ServiceAccountName = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(SERVICE_ACCOUNT_NAME_MAX)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'Use letters, digits, spaces, dots, dashes and underscores; start with a letter or digit.')
  .meta({ description: 'Unique in the organization.', example: 'ci-deployer' });

const Description = safeText(DESCRIPTION_MAX, { multiline: true }).meta({ description: 'What the account is for.' });
const Role = z.enum(SERVICE_ACCOUNT_ROLES).meta({ description: 'The org role: member or admin (never owner).' });

export const CreateServiceAccountInput = z
  .strictObject({
    name: ServiceAccountName,
    description: Description.default(''),
    role: Role.default('member'),
  })
  .meta({ id: 'CreateServiceAccountInput' });
export type CreateServiceAccountInput = z.input<typeof CreateServiceAccountInput>;

export const UpdateServiceAccountInput = z
  .strictObject({
    name: ServiceAccountName.optional(),
    description: Description.optional(),
    role: Role.optional(),
    disabled: z.boolean().optional().meta({ description: 'A disabled account\'s tokens stop working at once.' }),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'Change at least one field.' })
  .meta({ id: 'UpdateServiceAccountInput' });
export type UpdateServiceAccountInput = z.input<typeof UpdateServiceAccountInput>;

export const ServiceAccountSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    role: Role,
    disabled: z.boolean(),
    activeTokenCount: z.number().int().meta({ description: 'Tokens neither revoked nor expired.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ServiceAccount' });
export type ServiceAccountDto = z.output<typeof ServiceAccountSchema>;
