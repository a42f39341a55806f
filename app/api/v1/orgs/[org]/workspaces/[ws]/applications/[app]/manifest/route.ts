// GET /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/manifest
import { getApplicationManifestOp } from '@/lib/api/operations/applications';
import { apiRoute } from '@/lib/api/route';
import { getApplicationManifest } from '@/lib/applications';

export const GET = apiRoute({ ...getApplicationManifestOp, handler: (ctx, { params }) => getApplicationManifest(ctx, params.ws!, params.app!) });
