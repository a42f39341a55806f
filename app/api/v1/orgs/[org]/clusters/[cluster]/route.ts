// GET, PATCH, DELETE /api/v1/orgs/{org}/clusters/{cluster}
import { deleteClusterOp, getClusterOp, updateClusterOp } from '@/lib/api/operations/clusters';
import { apiRoute } from '@/lib/api/route';
import { deleteCluster, getCluster, updateCluster } from '@/lib/clusters';

export const GET = apiRoute({ ...getClusterOp, handler: (ctx, { params }) => getCluster(ctx, params.cluster!) });

export const PATCH = apiRoute({ ...updateClusterOp, handler: (ctx, { params, body }) => updateCluster(ctx, params.cluster!, body) });

export const DELETE = apiRoute({ ...deleteClusterOp, handler: (ctx, { params }) => deleteCluster(ctx, params.cluster!) });
