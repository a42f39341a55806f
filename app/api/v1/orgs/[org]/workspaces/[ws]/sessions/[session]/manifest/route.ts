// GET /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/manifest
import { getSessionManifestOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { getSessionManifest } from '@/lib/sessions';

export const GET = apiRoute({ ...getSessionManifestOp, handler: async (ctx, { params }) => getSessionManifest(ctx, params.ws!, params.session!) });
