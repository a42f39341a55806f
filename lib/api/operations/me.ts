// GET /api/v1/me: who the caller is, and where it belongs.
import { z } from 'zod';
import { ORG_ROLES } from '@/lib/auth/permissions';
import { defineOperation } from '../operation';

const OrgRole = z.enum(ORG_ROLES);

export const MeSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('user'),
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      organizations: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), role: OrgRole })),
    }),
    z.object({
      type: z.literal('service_account'),
      id: z.uuid(),
      name: z.string(),
      organizations: z
        .array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), role: OrgRole }))
        .meta({ description: 'Exactly one: the organization the account belongs to.' }),
      token: z.object({
        id: z.uuid(),
        name: z.string(),
        prefix: z.string(),
        scopes: z.array(z.string()),
        expiresAt: z.iso.datetime().nullable(),
      }),
    }),
  ])
  .meta({ id: 'Me' });
export type Me = z.output<typeof MeSchema>;

export const getMeOp = defineOperation({
  operationId: 'getMe',
  method: 'GET',
  path: '/me',
  tag: 'Identity',
  summary: 'The caller: a user or a service account, with its organizations and roles',
  response: MeSchema,
});

export const meOperations = [getMeOp];
