// GET, POST /api/v1/orgs/{org}/workspaces/{ws}/sessions
import { withEtag } from '@/lib/api/if-match';
import { createSessionOp, listSessionsOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { createSession, listSessions } from '@/lib/sessions';

export const GET = apiRoute({ ...listSessionsOp, handler: async (ctx, { params }) => ({ items: await listSessions(ctx, params.ws!) }) });

export const POST = apiRoute({ ...createSessionOp, handler: async (ctx, { params, body }) => withEtag(await createSession(ctx, params.ws!, body), 201) });
