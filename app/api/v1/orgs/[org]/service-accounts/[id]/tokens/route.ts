// GET, POST /api/v1/orgs/{org}/service-accounts/{id}/tokens
import { createApiTokenOp, listApiTokensOp } from '@/lib/api/operations/service-accounts';
import { apiRoute } from '@/lib/api/route';
import { createApiToken, listApiTokens } from '@/lib/api-tokens';

export const GET = apiRoute({
  ...listApiTokensOp,
  handler: (ctx, { params, query }) => listApiTokens(ctx, { ...query, serviceAccountId: params.id! }),
});

export const POST = apiRoute({
  ...createApiTokenOp,
  handler: (ctx, { params, body }) => createApiToken(ctx, { ...body, serviceAccountId: params.id! }),
});
