'use server';
// Sign-in, sign-up, invitations and sign-out: each adapts the form to one call and returns a
// value the form shows. Passwords are never echoed back.
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { formText } from '@/lib/api/form-data';
import { toActionError } from '@/lib/api/action-result';
import { signIn, signOut } from '@/lib/auth/auth';
import { WRONG_CREDENTIALS } from '@/lib/auth/credentials';
import { requireUserCtx } from '@/lib/auth/session';
import { acceptInvitation, signUpWithInvitation } from '@/lib/invitations';
import { createOrganization } from '@/lib/organizations/create';
import { signUp } from '@/lib/organizations/sign-up';
import type { FieldErrors } from '@/lib/errors';

export interface FormState {
  ok: boolean;
  message: string;
  fieldErrors: FieldErrors;
  /** What was typed, minus the password, so the form keeps it. */
  values: Record<string, string>;
}

/** Only same-site paths: a sign-in link must not send people elsewhere. */
function safeCallback(value: string): string | undefined {
  return value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export async function signInAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const values = { email: formText(form, 'email'), callbackUrl: formText(form, 'callbackUrl') };
  try {
    await signIn('credentials', { email: values.email, password: formText(form, 'password'), redirectTo: safeCallback(values.callbackUrl) ?? '/orgs' });
  } catch (err) {
    if (err instanceof AuthError) {
      const code = (err as AuthError & { code?: string }).code ?? '';
      const wait = code.startsWith('rate_limited:') ? Math.ceil(Number(code.split(':')[1]) / 60) : 0;
      const message = wait ? `Too many failed attempts. Try again in ${wait} minute(s).` : WRONG_CREDENTIALS;
      return { ok: false, message, fieldErrors: {}, values };
    }
    throw err;
  }
  return { ok: true, message: '', fieldErrors: {}, values };
}

export async function signUpAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const values = {
    name: formText(form, 'name'),
    email: formText(form, 'email'),
    organizationName: formText(form, 'organizationName'),
    organizationSlug: formText(form, 'organizationSlug'),
  };
  let slug: string;
  try {
    const result = await signUp({ ...values, organizationSlug: values.organizationSlug || undefined, password: formText(form, 'password') });
    slug = result.organization.slug;
  } catch (err) {
    const e = toActionError(err);
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
  }
  await signIn('credentials', { email: values.email, password: formText(form, 'password'), redirectTo: `/orgs/${slug}` });
  return { ok: true, message: '', fieldErrors: {}, values };
}

/** A signed-in user creates another organization and goes to its home. */
export async function createOrganizationAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const values = { organizationName: formText(form, 'organizationName'), organizationSlug: formText(form, 'organizationSlug') };
  let slug: string;
  try {
    slug = (await createOrganization(await requireUserCtx('/orgs/new'), values)).slug;
  } catch (err) {
    const e = toActionError(err);
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
  }
  redirect(`/orgs/${slug}`);
}

/** Someone invited creates their account (even on invitation-only servers), joins, signs in. */
export async function signUpWithInvitationAction(token: string, _prev: FormState | null, form: FormData): Promise<FormState> {
  const values = { name: formText(form, 'name') };
  let joined: { email: string; organization: { slug: string } };
  try {
    joined = await signUpWithInvitation({ token, name: values.name, password: formText(form, 'password') });
  } catch (err) {
    const e = toActionError(err);
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
  }
  await signIn('credentials', { email: joined.email, password: formText(form, 'password'), redirectTo: `/orgs/${joined.organization.slug}` });
  return { ok: true, message: '', fieldErrors: {}, values };
}

/** The signed-in user joins the invitation's organization. */
export async function acceptInvitationAction(token: string): Promise<FormState> {
  let slug: string;
  try {
    slug = (await acceptInvitation(await requireUserCtx(`/invite/${token}`), { token })).organization.slug;
  } catch (err) {
    const e = toActionError(err);
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values: {} };
  }
  redirect(`/orgs/${slug}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

/** Signs out and comes back to `path` (an invitation meant for another account). */
export async function signOutToAction(path: string): Promise<void> {
  await signOut({ redirectTo: safeCallback(path) ?? '/sign-in' });
}
