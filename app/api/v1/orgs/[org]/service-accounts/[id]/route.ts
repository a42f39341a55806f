// GET, PATCH, DELETE /api/v1/orgs/{org}/service-accounts/{id}
import { deleteServiceAccountOp, getServiceAccountOp, updateServiceAccountOp } from '@/lib/api/operations/service-accounts';
import { apiRoute } from '@/lib/api/route';
import { deleteServiceAccount, getServiceAccount, updateServiceAccount } from '@/lib/service-accounts';

export const GET = apiRoute({
  ...getServiceAccountOp,
  handler: (ctx, { params }) => getServiceAccount(ctx, { serviceAccountId: params.id! }),
});

export const PATCH = apiRoute({
  ...updateServiceAccountOp,
  handler: (ctx, { params, body }) => updateServiceAccount(ctx, { ...body, serviceAccountId: params.id! }),
});

export const DELETE = apiRoute({
  ...deleteServiceAccountOp,
  handler: (ctx, { params }) => deleteServiceAccount(ctx, { serviceAccountId: params.id! }),
});
