// POST /api/v1/orgs/{org}/clusters/{cluster}/test
import { testClusterOp } from '@/lib/api/operations/clusters';
import { apiRoute } from '@/lib/api/route';
import { testClusterConnection } from '@/lib/clusters';

export const POST = apiRoute({ ...testClusterOp, handler: (ctx, { params }) => testClusterConnection(ctx, params.cluster!) });
