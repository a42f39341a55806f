// The organization sign-up form: a person, their password, their organization. Client-safe.
import { z } from 'zod';
import { passwordProblem } from '@/lib/auth/password-policy';
import { defaultNamespaceFromName, namespaceProblem } from './names';

export const OrganizationSlug = z
  .string()
  .trim()
  .max(40, 'Must be at most 40 characters.')
  .superRefine((value, ctx) => {
    const problem = namespaceProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'Required.' ? problem : problem.replace('(RFC 1123)', '') });
  });

/** The slug an organization name suggests: "Acme Data, Inc." → "acme-data-inc". */
export function slugFromName(name: string): string {
  return defaultNamespaceFromName(name, 40);
}

export const SignUpInput = z
  .strictObject({
    name: z.string().trim().min(1, 'Required.').max(100, 'Must be at most 100 characters.'),
    email: z.email('Enter an email address.').max(254, 'Must be at most 254 characters.'),
    password: z.string().superRefine((value, ctx) => {
      const problem = passwordProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    organizationName: z.string().trim().min(1, 'Required.').max(100, 'Must be at most 100 characters.'),
    organizationSlug: OrganizationSlug.optional(),
    invitationToken: z.string().max(200).optional(),
  })
  .transform((v) => ({ ...v, email: v.email.toLowerCase(), organizationSlug: v.organizationSlug || slugFromName(v.organizationName) }));
export type SignUpInput = z.input<typeof SignUpInput>;
