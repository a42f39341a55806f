// API token inputs and DTOs: shared by the service, the API (and its OpenAPI document) and the
// console's token dialog. No server imports. A DTO never carries the token or its hash; only
// the creation answer carries the token, once.
import { z } from 'zod';
import { TOKEN_NAME_MAX } from './limits';
import { safeText } from './text';
import { ALL_PERMISSIONS, type Permission } from '@/lib/auth/permissions';

/** What the console offers; the API takes any whole number of days in range, or null. */
export const TOKEN_EXPIRY_CHOICES = [7, 30, 90, 365] as const;
export const MAX_TOKEN_EXPIRY_DAYS = 3650;

export const CreateApiTokenInput = z
  .strictObject({
    name: safeText(TOKEN_NAME_MAX).min(1, 'Required.').meta({ description: 'What the token is used for.', example: 'github-actions' }),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_TOKEN_EXPIRY_DAYS)
      .nullable()
      .default(30)
      .meta({ description: 'Days until the token expires; null for a token that never expires.' }),
    scopes: z
      .array(z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]))
      .max(ALL_PERMISSIONS.length)
      .default([])
      .refine((s) => new Set(s).size === s.length, 'List each scope once.')
      .meta({ description: 'Permissions the token is limited to; empty for all of its account\'s permissions.' }),
  })
  .meta({ id: 'CreateApiTokenInput' });
export type CreateApiTokenInput = z.input<typeof CreateApiTokenInput>;

export const API_TOKEN_STATUSES = ['active', 'expired', 'revoked'] as const;

export const ApiTokenSchema = z
  .object({
    id: z.uuid(),
    serviceAccountId: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token, to tell tokens apart.', example: 'flt_Ab3dE9' }),
    scopes: z.array(z.string()),
    status: z.enum(API_TOKEN_STATUSES),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiTokenDto = z.output<typeof ApiTokenSchema>;

export const CreatedApiTokenSchema = z
  .object({
    token: z.string().meta({ description: 'The token itself. Shown only in this answer: store it now.' }),
    apiToken: ApiTokenSchema,
  })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiToken = z.output<typeof CreatedApiTokenSchema>;
