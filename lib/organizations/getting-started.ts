// The organization home's checklist: which first steps are done, counted from the database.
import 'server-only';
import { count, eq } from 'drizzle-orm';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { clusters, invitations, memberships, serviceAccounts, workspaces } from '@/lib/db/schema';

export interface GettingStarted {
  clusters: number;
  workspaces: number;
  /** Members besides the first, plus invitations ever sent. */
  invited: number;
  serviceAccounts: number;
}

export async function getGettingStarted(ctx: OrgCtx): Promise<GettingStarted> {
  authorizeOrg(ctx, 'organization.read');
  const db = await getDb();
  const org = ctx.organization.id;
  const total = async (table: typeof clusters | typeof workspaces | typeof memberships | typeof invitations | typeof serviceAccounts) =>
    (await db.select({ n: count() }).from(table).where(eq(table.organizationId, org)))[0]!.n;
  const [c, w, m, i, s] = await Promise.all([total(clusters), total(workspaces), total(memberships), total(invitations), total(serviceAccounts)]);
  return { clusters: c, workspaces: w, invited: m - 1 + i, serviceAccounts: s };
}
