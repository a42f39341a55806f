// GET, POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs
import { withEtag } from '@/lib/api/if-match';
import { createSessionJobOp, listSessionJobsOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { createSessionJob, listSessionJobs } from '@/lib/session-jobs';

export const GET = apiRoute({ ...listSessionJobsOp, handler: async (ctx, { params }) => ({ items: await listSessionJobs(ctx, params.ws!, params.session!) }) });

export const POST = apiRoute({ ...createSessionJobOp, handler: async (ctx, { params, body }) => withEtag(await createSessionJob(ctx, params.ws!, params.session!, body), 201) });
