// DELETE /api/v1/orgs/{org}/service-accounts/{id}/tokens/{tokenId}: revoke.
import { revokeApiTokenOp } from '@/lib/api/operations/service-accounts';
import { apiRoute } from '@/lib/api/route';
import { revokeApiToken } from '@/lib/api-tokens';

export const DELETE = apiRoute({
  ...revokeApiTokenOp,
  handler: async (ctx, { params }) => {
    await revokeApiToken(ctx, { serviceAccountId: params.id!, tokenId: params.tokenId! });
  },
});
