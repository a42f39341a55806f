// Listing and reading service accounts (service_accounts.read).
import 'server-only';
import { asc, eq, or, and, gt } from 'drizzle-orm';
import { z } from 'zod';
import { decodeCursor, PaginationQuery, toPage, type Page } from '@/lib/api/pagination';
import { parseInput } from '@/lib/api/parse';
import type { OrgCtx } from '@/lib/auth/context';
import { authorizeOrg } from '@/lib/auth/authorize';
import { getDb } from '@/lib/db/client';
import { serviceAccounts } from '@/lib/db/schema';
import type { ServiceAccountDto } from '@/lib/validation/service-accounts';
import { findServiceAccount, inOrg, SERVICE_ACCOUNT_COLUMNS, toServiceAccountDto } from './rows';

const Cursor = z.tuple([z.string(), z.uuid()]);

export async function listServiceAccounts(ctx: OrgCtx, input: z.input<typeof PaginationQuery> = {}): Promise<Page<ServiceAccountDto>> {
  authorizeOrg(ctx, 'service_accounts.read');
  const { limit, cursor } = parseInput(PaginationQuery, input);
  const after = decodeCursor(cursor, Cursor);
  const db = await getDb();
  const rows = await db
    .select(SERVICE_ACCOUNT_COLUMNS)
    .from(serviceAccounts)
    .where(
      inOrg(
        ctx.organization.id,
        after && or(gt(serviceAccounts.name, after[0]), and(eq(serviceAccounts.name, after[0]), gt(serviceAccounts.id, after[1]))),
      ),
    )
    .orderBy(asc(serviceAccounts.name), asc(serviceAccounts.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.name, r.id], toServiceAccountDto);
}

export async function getServiceAccount(ctx: OrgCtx, input: { serviceAccountId: string }): Promise<ServiceAccountDto> {
  authorizeOrg(ctx, 'service_accounts.read');
  return findServiceAccount(await getDb(), ctx.organization.id, input.serviceAccountId);
}
