// Signing up an organization: the user, the organization and the owner membership are created
// in one transaction, with the audit event. Invitation-only servers refuse it.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { memberships, organizations, users } from '@/lib/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { SignUpInput } from '@/lib/validation/sign-up';
import { SLUG_TAKEN } from './create';

export interface SignUpResult {
  userId: string;
  organization: { id: string; slug: string; name: string };
}

export async function signUp(input: unknown): Promise<SignUpResult> {
  if (getConfig().signup === 'invite-only') {
    throw new ForbiddenError('This server is invitation-only: ask an organization admin to invite you.');
  }
  const data = parseInput(SignUpInput, input);
  if (!data.organizationSlug) throw new ValidationError({ organizationSlug: ['Choose an identifier for the organization.'] });
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email: data.email, name: data.name, passwordHash }).returning({ id: users.id, email: users.email, name: users.name });
      const [org] = await tx.insert(organizations).values({ slug: data.organizationSlug, name: data.organizationName }).returning();
      await tx.insert(memberships).values({ organizationId: org!.id, userId: user!.id, role: 'owner' });
      const ctx = { requestId: randomUUID(), actor: { type: 'user' as const, ...user! } };
      await recordAudit(tx, ctx, { organizationId: org!.id, action: 'organization.sign_up', target: { type: 'organization', id: org!.id, label: org!.slug } });
      return { userId: user!.id, organization: { id: org!.id, slug: org!.slug, name: org!.name } };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_lower_key')) throw new ValidationError({ email: ['An account with this email exists: sign in instead.'] });
    if (isUniqueViolation(err, 'organizations_slug_unique')) throw new ValidationError({ organizationSlug: [SLUG_TAKEN] });
    throw err;
  }
}
