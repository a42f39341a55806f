// The audit log: who did what to which resource, when, with what result. Rows are never
// updated or deleted, so they reference their organization by id without a foreign key: the
// record outlives whatever it describes. The organization id is null only for events that
// belong to no organization (a failed sign-in for an unknown email).
import { index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

export const auditResult = pgEnum('audit_result', ['success', 'failure', 'denied']);
export const actorType = pgEnum('actor_type', ['user', 'service_account', 'system', 'anonymous']);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    organizationId: uuid('organization_id'),
    actorType: actorType('actor_type').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    targetLabel: text('target_label'),
    result: auditResult('result').notNull(),
    requestId: text('request_id'),
    /** Already stripped of secrets by the writer. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_org_time_idx').on(t.organizationId, t.createdAt),
    index('audit_events_org_action_idx').on(t.organizationId, t.action),
  ],
);
