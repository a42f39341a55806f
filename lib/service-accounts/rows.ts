// Reading service accounts of one organization, shared by the service account and API token
// services. Every query is filtered by the organization: an id from another one finds nothing.
import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { serviceAccounts } from '@/lib/db/schema';
import { isUuid } from '@/lib/api/ids';
import { NotFoundError } from '@/lib/errors';
import type { ServiceAccountDto } from '@/lib/validation/service-accounts';

// The outer column is spelled out: Drizzle renders a column of a single-table select unqualified,
// and inside this subquery a bare "id" would mean the token's.
const activeTokenCount = sql<number>`(
  select count(*)::int from api_tokens t
  where t.service_account_id = "service_accounts"."id" and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
)`;

export const SERVICE_ACCOUNT_COLUMNS = {
  id: serviceAccounts.id,
  name: serviceAccounts.name,
  description: serviceAccounts.description,
  role: serviceAccounts.role,
  disabledAt: serviceAccounts.disabledAt,
  createdAt: serviceAccounts.createdAt,
  updatedAt: serviceAccounts.updatedAt,
  activeTokenCount,
};

type ServiceAccountRow = {
  id: string;
  name: string;
  description: string;
  role: 'owner' | 'admin' | 'member';
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  activeTokenCount: number;
};

export function toServiceAccountDto(row: ServiceAccountRow): ServiceAccountDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    // The table refuses 'owner'; mapping it anyway keeps the DTO's type honest.
    role: row.role === 'admin' ? 'admin' : 'member',
    disabled: row.disabledAt !== null,
    activeTokenCount: Number(row.activeTokenCount),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function inOrg(organizationId: string, ...more: (SQL | undefined)[]) {
  return and(eq(serviceAccounts.organizationId, organizationId), ...more);
}

/** The service account with this id in this organization, or 404. */
export async function findServiceAccount(db: Executor, organizationId: string, id: unknown): Promise<ServiceAccountDto> {
  if (!isUuid(id)) throw new NotFoundError('Service account');
  const [row] = await db.select(SERVICE_ACCOUNT_COLUMNS).from(serviceAccounts).where(inOrg(organizationId, eq(serviceAccounts.id, id)));
  if (!row) throw new NotFoundError('Service account');
  return toServiceAccountDto(row);
}
