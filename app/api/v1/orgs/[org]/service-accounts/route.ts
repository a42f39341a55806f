// GET, POST /api/v1/orgs/{org}/service-accounts
import { createServiceAccountOp, listServiceAccountsOp } from '@/lib/api/operations/service-accounts';
import { apiRoute } from '@/lib/api/route';
import { createServiceAccount, listServiceAccounts } from '@/lib/service-accounts';

export const GET = apiRoute({ ...listServiceAccountsOp, handler: (ctx, { query }) => listServiceAccounts(ctx, query) });

export const POST = apiRoute({ ...createServiceAccountOp, handler: (ctx, { body }) => createServiceAccount(ctx, body) });
