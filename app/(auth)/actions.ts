'use server';
// Sign-in, sign-up and sign-out: each adapts the form to one call and returns a value the form
// shows. Passwords are never echoed back.
import { AuthError } from 'next-auth';
import { toActionError } from '@/lib/api/action-result';
import { signIn, signOut } from '@/lib/auth/auth';
import { WRONG_CREDENTIALS } from '@/lib/auth/credentials';
import { signUp } from '@/lib/organizations/sign-up';
import type { FieldErrors } from '@/lib/errors';

export interface FormState {
  ok: boolean;
  message: string;
  fieldErrors: FieldErrors;
  /** What was typed, minus the password, so the form keeps it. */
  values: Record<string, string>;
}

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

/** Only same-site paths: a sign-in link must not send people elsewhere. */
function safeCallback(value: string): string | undefined {
  return value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export async function signInAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email'), callbackUrl: text(form, 'callbackUrl') };
  try {
    await signIn('credentials', { email: values.email, password: text(form, 'password'), redirectTo: safeCallback(values.callbackUrl) ?? '/orgs' });
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
    name: text(form, 'name'),
    email: text(form, 'email'),
    organizationName: text(form, 'organizationName'),
    organizationSlug: text(form, 'organizationSlug'),
  };
  let slug: string;
  try {
    const result = await signUp({ ...values, organizationSlug: values.organizationSlug || undefined, password: text(form, 'password') });
    slug = result.organization.slug;
  } catch (err) {
    const e = toActionError(err);
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
  }
  await signIn('credentials', { email: values.email, password: text(form, 'password'), redirectTo: `/orgs/${slug}` });
  return { ok: true, message: '', fieldErrors: {}, values };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}
