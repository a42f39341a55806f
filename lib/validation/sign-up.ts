// Signing up: an organization with its first owner, another organization for a signed-in user,
// or an account made from an invitation. Client-safe: the forms and the services share it.
import { z } from 'zod';
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

const PersonName = z.string().trim().min(1, 'Required.').max(100, 'Must be at most 100 characters.');
const OrganizationName = z.string().trim().min(1, 'Required.').max(100, 'Must be at most 100 characters.');
const Email = z.email('Enter an email address.').max(254, 'Must be at most 254 characters.').transform((v) => v.toLowerCase());
export const Password = z.string().superRefine((value, ctx) => {
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
  token: z.string().trim().min(1, 'Required.').max(200),
  name: PersonName,
  password: Password,
});
export type InvitedAccountInput = z.input<typeof InvitedAccountInput>;
