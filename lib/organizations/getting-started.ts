// The organization home's checklist: which first steps are done, counted from the database.
import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { clusters, flinkDeployments, invitations, memberships, serviceAccounts, workspaces } from '@/lib/db/schema';

export interface GettingStarted {
  clusters: number;
  workspaces: number;
  /** Applications deployed in any workspace, and the first workspace, where the step leads. */
  applications: number;
  firstWorkspace: string | null;
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
  const applications = async () =>
    (await db.select({ n: count() }).from(flinkDeployments).where(and(eq(flinkDeployments.organizationId, org), eq(flinkDeployments.mode, 'application'))))[0]!.n;
  const firstWorkspace = async () =>
    (await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.organizationId, org)).orderBy(asc(workspaces.createdAt)).limit(1))[0]?.name ?? null;
  const [c, w, m, i, s, a, first] = await Promise.all([total(clusters), total(workspaces), total(memberships), total(invitations), total(serviceAccounts), applications(), firstWorkspace()]);
  return { clusters: c, workspaces: w, applications: a, firstWorkspace: first, invited: m - 1 + i, serviceAccounts: s };
}
