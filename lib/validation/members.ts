// Members and invitations: the inputs the services parse and the DTOs they return, shared by
// the services (lib/members, lib/invitations), the REST API and its OpenAPI document, and the
// console's forms. Client-safe: no server imports.
import { z } from 'zod';
import { EMAIL_MAX, ONE_TIME_TOKEN_MAX } from './limits';
import { ORG_ROLES } from '@/lib/auth/permissions';

export const OrgRoleInput = z.enum(ORG_ROLES, { error: 'Choose owner, admin or member.' }).meta({ description: 'owner, admin or member.' });

const UserId = z.uuid('Not a user id.').meta({ description: "The member's user id." });

export const ChangeMemberRoleInput = z.strictObject({ userId: UserId, role: OrgRoleInput });
export type ChangeMemberRoleInput = z.input<typeof ChangeMemberRoleInput>;

export const RemoveMemberInput = z.strictObject({ userId: UserId });
export type RemoveMemberInput = z.input<typeof RemoveMemberInput>;

export const CreateInvitationInput = z
  .strictObject({
    email: z
      .email('Enter an email address.')
      .max(EMAIL_MAX, `Must be at most ${EMAIL_MAX} characters.`)
      .transform((v) => v.toLowerCase())
      .meta({ description: 'Who is invited: only an account with this email can accept.', example: 'dana@example.com' }),
    role: OrgRoleInput.default('member'),
  })
  .meta({ id: 'CreateInvitationInput' });
export type CreateInvitationInput = z.input<typeof CreateInvitationInput>;

export const RevokeInvitationInput = z.strictObject({ invitationId: z.uuid('Not an invitation id.') });
export type RevokeInvitationInput = z.input<typeof RevokeInvitationInput>;

export const AcceptInvitationInput = z.strictObject({ token: z.string().trim().min(1, 'Required.').max(ONE_TIME_TOKEN_MAX) });
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInput>;

export const MemberSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: OrgRoleInput,
    disabled: z.boolean().meta({ description: 'A disabled user can neither sign in nor use an existing session.' }),
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });
export type MemberDto = z.output<typeof MemberSchema>;

export const INVITATION_STATUSES = ['pending', 'expired', 'accepted', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: OrgRoleInput,
    status: z.enum(INVITATION_STATUSES),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });
export type InvitationDto = z.output<typeof InvitationSchema>;

/** An invitation's status at `now`; pure, so pages and services agree. */
export function invitationStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
