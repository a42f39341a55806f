'use server';
// Server actions of the members page: each adapts its arguments to one service call in the
// signed-in user's OrgCtx. The services authorize; hidden controls are only a convenience.
import { revalidatePath } from 'next/cache';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireUserCtx } from '@/lib/auth/session';
import { createInvitation, revokeInvitation } from '@/lib/invitations';
import { changeMemberRole, removeMember } from '@/lib/members';
import { resolveOrgCtx } from '@/lib/organizations/context';
import type { OrgRole } from '@/lib/auth/permissions';

async function orgCtx(orgSlug: string) {
  return resolveOrgCtx(await requireUserCtx(), orgSlug);
}

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

export type InviteResult = ActionResult<{ link: string; email: string }> & { values?: { email: string; role: string } };

export async function createInvitationAction(orgSlug: string, _prev: InviteResult | null, form: FormData): Promise<InviteResult> {
  const values = { email: text(form, 'email'), role: text(form, 'role') };
  try {
    const { invitation, link } = await createInvitation(await orgCtx(orgSlug), { email: values.email, role: values.role as OrgRole });
    revalidatePath(`/orgs/${orgSlug}/members`);
    return { ok: true, link, email: invitation.email };
  } catch (err) {
    return { ...toActionError(err), values };
  }
}

export async function revokeInvitationAction(orgSlug: string, invitationId: string): Promise<ActionResult> {
  try {
    await revokeInvitation(await orgCtx(orgSlug), { invitationId });
    revalidatePath(`/orgs/${orgSlug}/members`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function changeMemberRoleAction(orgSlug: string, userId: string, role: string): Promise<ActionResult> {
  try {
    await changeMemberRole(await orgCtx(orgSlug), { userId, role: role as OrgRole });
    revalidatePath(`/orgs/${orgSlug}`, 'layout');
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function removeMemberAction(orgSlug: string, userId: string): Promise<ActionResult> {
  try {
    await removeMember(await orgCtx(orgSlug), { userId });
    revalidatePath(`/orgs/${orgSlug}`, 'layout');
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
