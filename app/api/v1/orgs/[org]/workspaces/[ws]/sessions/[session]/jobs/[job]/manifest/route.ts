// GET /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/manifest
import { getSessionJobManifestOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { getSessionJobManifest } from '@/lib/session-jobs';

export const GET = apiRoute({ ...getSessionJobManifestOp, handler: async (ctx, { params }) => getSessionJobManifest(ctx, params.ws!, params.session!, params.job!) });
