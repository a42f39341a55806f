// Workspace grant inputs: a role for exactly one user or one service account. Client-safe.
import { z } from 'zod';

export const WorkspaceRoleInput = z.enum(['viewer', 'editor', 'admin'], { error: 'Choose viewer, editor or admin.' });

export const GrantInput = z
  .strictObject({
    userId: z.uuid('Not a user id.').optional(),
    serviceAccountId: z.uuid('Not a service account id.').optional(),
    role: WorkspaceRoleInput,
  })
  .refine((g) => (g.userId ? 1 : 0) + (g.serviceAccountId ? 1 : 0) === 1, {
    message: 'Name exactly one user or one service account.',
    path: ['userId'],
  });
export type GrantInput = z.input<typeof GrantInput>;

export const RevokeGrantInput = z
  .strictObject({ userId: z.uuid('Not a user id.').optional(), serviceAccountId: z.uuid('Not a service account id.').optional() })
  .refine((g) => (g.userId ? 1 : 0) + (g.serviceAccountId ? 1 : 0) === 1, { message: 'Name exactly one user or one service account.', path: ['userId'] });
