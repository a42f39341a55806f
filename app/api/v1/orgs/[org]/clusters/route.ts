// GET, POST /api/v1/orgs/{org}/clusters
import { listClustersOp, registerClusterOp } from '@/lib/api/operations/clusters';
import { apiRoute } from '@/lib/api/route';
import { listClusters, registerCluster } from '@/lib/clusters';

export const GET = apiRoute({ ...listClustersOp, handler: async (ctx) => ({ items: await listClusters(ctx) }) });

export const POST = apiRoute({ ...registerClusterOp, handler: (ctx, { body }) => registerCluster(ctx, body) });
