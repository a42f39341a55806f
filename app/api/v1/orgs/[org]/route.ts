// GET, PATCH /api/v1/orgs/{org}
import { getOrganizationOp, updateOrganizationOp } from '@/lib/api/operations/organizations';
import { apiRoute } from '@/lib/api/route';
import { getOrganization, updateOrganization } from '@/lib/organizations/settings';

export const GET = apiRoute({ ...getOrganizationOp, handler: (ctx) => getOrganization(ctx) });

export const PATCH = apiRoute({ ...updateOrganizationOp, handler: (ctx, { body }) => updateOrganization(ctx, body) });
