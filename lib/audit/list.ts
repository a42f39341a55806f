// Reading the audit log of one organization (audit.read): newest first, filtered by actor,
// action, target and time, cursor-paginated.
import 'server-only';
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '@/lib/api/ids';
import { decodeCursor, toPage, type Page } from '@/lib/api/pagination';
import { parseInput } from '@/lib/api/parse';
import type { OrgCtx } from '@/lib/auth/context';
import { authorizeOrg } from '@/lib/auth/authorize';
import { getDb } from '@/lib/db/client';
import { auditEvents } from '@/lib/db/schema';
import { ListAuditEventsInput, type AuditEventDto } from '@/lib/validation/audit';

/** Microsecond precision: many events share a millisecond (one request writes several). */
const timeKey = sql<string>`to_char(${auditEvents.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const Cursor = z.tuple([z.iso.datetime(), z.uuid()]);

function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filters(input: z.output<typeof ListAuditEventsInput>): (SQL | undefined)[] {
  const { actor, action, target, from, to } = input;
  return [
    actor ? or(ilike(auditEvents.actorLabel, contains(actor)), isUuid(actor) ? eq(auditEvents.actorId, actor) : undefined) : undefined,
    // `service_account` finds service_account.create, .delete, …; a full action finds itself.
    action ? or(eq(auditEvents.action, action), sql`${auditEvents.action} like ${`${action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`}`) : undefined,
    target ? or(ilike(auditEvents.targetLabel, contains(target)), eq(auditEvents.targetId, target)) : undefined,
    from ? gte(auditEvents.createdAt, new Date(from)) : undefined,
    to ? lt(auditEvents.createdAt, new Date(to)) : undefined,
  ];
}

export async function listAuditEvents(ctx: OrgCtx, input: ListAuditEventsInput = {}): Promise<Page<AuditEventDto>> {
  authorizeOrg(ctx, 'audit.read');
  const parsed = parseInput(ListAuditEventsInput, input);
  const before = decodeCursor(parsed.cursor, Cursor);
  const db = await getDb();
  const rows = await db
    .select({ event: auditEvents, timeKey })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, ctx.organization.id),
        ...filters(parsed),
        before &&
          or(
            lt(auditEvents.createdAt, sql`${before[0]}::timestamptz`),
            and(eq(auditEvents.createdAt, sql`${before[0]}::timestamptz`), lt(auditEvents.id, before[1])),
          ),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (r) => [r.timeKey, r.event.id], ({ event: e }) => ({
    id: e.id,
    time: e.createdAt.toISOString(),
    actor: { type: e.actorType, id: e.actorId, label: e.actorLabel },
    action: e.action,
    target: { type: e.targetType, id: e.targetId, label: e.targetLabel },
    result: e.result,
    requestId: e.requestId,
    details: e.details,
  }));
}
