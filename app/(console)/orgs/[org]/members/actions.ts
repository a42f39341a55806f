'use server';
// Server actions of the members page: each adapts its arguments to one service call in the
// signed-in user's OrgCtx. The services authorize; hidden controls are only a convenience.
import { revalidatePath } from 'next/cache';
import { formText } from '@/lib/api/form-data';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { createInvitation, revokeInvitation } from '@/lib/invitations';
import { changeMemberRole, removeMember } from '@/lib/members';
import type { OrgRole } from '@/lib/auth/permissions';

export type InviteResult = ActionResult<{ link: string; email: string }> & { values?: { email: string; role: string } };

export async function createInvitationAction(orgSlug: string, _prev: InviteResult | null, form: FormData): Promise<InviteResult> {
  const values = { email: formText(form, 'email'), role: formText(form, 'role') };
  try {
    const { invitation, link } = await createInvitation(await requireActionOrgCtx(orgSlug), { email: values.email, role: values.role as OrgRole });
    revalidatePath(`/orgs/${orgSlug}/members`);
    return { ok: true, link, email: invitation.email };
  } catch (err) {
    return { ...toActionError(err), values };
  }
}

export async function revokeInvitationAction(orgSlug: string, invitationId: string): Promise<ActionResult> {
  try {
    await revokeInvitation(await requireActionOrgCtx(orgSlug), { invitationId });
    revalidatePath(`/orgs/${orgSlug}/members`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function changeMemberRoleAction(orgSlug: string, userId: string, role: string): Promise<ActionResult> {
  try {
    await changeMemberRole(await requireActionOrgCtx(orgSlug), { userId, role: role as OrgRole });
    revalidatePath(`/orgs/${orgSlug}`, 'layout');
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function removeMemberAction(orgSlug: string, userId: string): Promise<ActionResult> {
  try {
    await removeMember(await requireActionOrgCtx(orgSlug), { userId });
    revalidatePath(`/orgs/${orgSlug}`, 'layout');
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
