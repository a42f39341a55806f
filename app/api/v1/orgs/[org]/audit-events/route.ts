// GET /api/v1/orgs/{org}/audit-events
import { listAuditEventsOp } from '@/lib/api/operations/audit';
import { apiRoute } from '@/lib/api/route';
import { listAuditEvents } from '@/lib/audit/list';

export const GET = apiRoute({ ...listAuditEventsOp, handler: (ctx, { query }) => listAuditEvents(ctx, query) });
