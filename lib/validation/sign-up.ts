// Signing up: an organization with its first owner, another organization for a signed-in user,
// or an account made from an invitation. Client-safe: the forms and the services share it.
import { z } from 'zod';
import { EMAIL_MAX, ONE_TIME_TOKEN_MAX, ORGANIZATION_NAME_MAX, PASSWORD_MAX, PERSON_NAME_MAX } from './limits';
import { safeText } from './text';
import { passwordProblem } from '@/lib/auth/password-policy';

export const ORGANIZATION_SLUG_MAX = 40;
const SLUG_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// Words the console's own routes use under /orgs (e.g. /orgs/new).
const RESERVED_SLUGS = new Set(['new', 'api', 'admin', 'settings']);

/** Why `value` cannot identify an organization, or null when it can. */
export function organizationSlugProblem(value: string): string | null {
  if (value.length === 0) return 'Required.';
  if (value.length > ORGANIZATION_SLUG_MAX) return `Must be at most ${ORGANIZATION_SLUG_MAX} characters.`;
  if (!SLUG_PATTERN.test(value)) return 'Use lower-case letters, digits and dashes; start and end with a letter or digit.';
  if (RESERVED_SLUGS.has(value)) return `"${value}" is reserved: choose another.`;
  return null;
}

/** The slug an organization name suggests: "Acme Data, Inc." → "acme-data-inc"; '' when none fits. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Équipe" → "Equipe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ORGANIZATION_SLUG_MAX)
    .replace(/-+$/, '');
  return organizationSlugProblem(slug) === null ? slug : '';
}

export const OrganizationSlug = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = organizationSlugProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const PersonName = safeText(PERSON_NAME_MAX).min(1, 'Required.');
const OrganizationName = safeText(ORGANIZATION_NAME_MAX).min(1, 'Required.');
const Email = z.email('Enter an email address.').max(EMAIL_MAX, `Must be at most ${EMAIL_MAX} characters.`).transform((v) => v.toLowerCase());
export const Password = z.string().max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An empty identifier means "derive it from the name". */
const OptionalSlug = z.preprocess((v) => (v === '' ? undefined : v), OrganizationSlug.optional());

function withSlug<T extends { organizationName: string; organizationSlug?: string }>(v: T) {
  return { ...v, organizationSlug: v.organizationSlug || slugFromName(v.organizationName) };
}

export const SignUpInput = z
  .strictObject({
    name: PersonName,
    email: Email,
    password: Password,
    organizationName: OrganizationName,
    organizationSlug: OptionalSlug,
  })
  .transform(withSlug);
export type SignUpInput = z.input<typeof SignUpInput>;

export const CreateOrganizationInput = z
  .strictObject({
    organizationName: OrganizationName,
    organizationSlug: OptionalSlug,
  })
  .transform(withSlug);
export type CreateOrganizationInput = z.input<typeof CreateOrganizationInput>;

/** An account made from an invitation link: the email is the invitation's, not typed. */
export const InvitedAccountInput = z.strictObject({
  token: z.string().trim().min(1, 'Required.').max(ONE_TIME_TOKEN_MAX),
  name: PersonName,
  password: Password,
});
export type InvitedAccountInput = z.input<typeof InvitedAccountInput>;
