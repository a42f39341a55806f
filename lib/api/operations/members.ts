// The members and invitations operations of /api/v1 (services in lib/members, lib/invitations).
import { z } from 'zod';
import { ChangeMemberRoleInput, CreateInvitationInput, InvitationSchema, MemberSchema } from '@/lib/validation/members';
import { defineOperation } from '../operation';
import { pageSchema, PaginationQuery } from '../pagination';

const MEMBERS = 'Members';
const memberParams = { userId: "The member's user id." };

/** The role change's body: the user comes from the path. */
export const ChangeMemberRoleBody = ChangeMemberRoleInput.omit({ userId: true }).meta({ id: 'ChangeMemberRoleInput' });

export const CreatedInvitationSchema = z
  .object({
    invitation: InvitationSchema,
    link: z.string().meta({ description: 'The single-use link to give the invitee. Shown only in this answer.' }),
  })
  .meta({ id: 'CreatedInvitation' });

export const listMembersOp = defineOperation({
  operationId: 'listMembers',
  method: 'GET',
  path: '/orgs/{org}/members',
  tag: MEMBERS,
  summary: "List the organization's members",
  org: true,
  permission: 'members.read',
  query: PaginationQuery,
  response: pageSchema(MemberSchema),
});

export const changeMemberRoleOp = defineOperation({
  operationId: 'changeMemberRole',
  method: 'PATCH',
  path: '/orgs/{org}/members/{userId}',
  tag: MEMBERS,
  summary: "Change a member's role",
  description: 'Only owners make, demote or remove owners; the organization always keeps one owner (409).',
  org: true,
  permission: 'members.write',
  params: memberParams,
  body: ChangeMemberRoleBody,
  response: MemberSchema,
});

export const removeMemberOp = defineOperation({
  operationId: 'removeMember',
  method: 'DELETE',
  path: '/orgs/{org}/members/{userId}',
  tag: MEMBERS,
  summary: 'Remove a member',
  description: 'Takes effect on their next request; the last owner cannot be removed (409).',
  org: true,
  permission: 'members.write',
  params: memberParams,
});

export const listInvitationsOp = defineOperation({
  operationId: 'listInvitations',
  method: 'GET',
  path: '/orgs/{org}/invitations',
  tag: MEMBERS,
  summary: 'List open invitations',
  org: true,
  permission: 'members.read',
  query: PaginationQuery,
  response: pageSchema(InvitationSchema),
});

export const createInvitationOp = defineOperation({
  operationId: 'createInvitation',
  method: 'POST',
  path: '/orgs/{org}/invitations',
  tag: MEMBERS,
  summary: 'Invite someone by email',
  description: 'The answer carries the single-use invitation link (valid 7 days) once.',
  org: true,
  permission: 'members.write',
  body: CreateInvitationInput,
  successStatus: 201,
  response: CreatedInvitationSchema,
});

export const revokeInvitationOp = defineOperation({
  operationId: 'revokeInvitation',
  method: 'DELETE',
  path: '/orgs/{org}/invitations/{id}',
  tag: MEMBERS,
  summary: 'Revoke an invitation',
  org: true,
  permission: 'members.write',
  params: { id: 'The invitation id.' },
});

export const memberOperations = [listMembersOp, changeMemberRoleOp, removeMemberOp, listInvitationsOp, createInvitationOp, revokeInvitationOp];
