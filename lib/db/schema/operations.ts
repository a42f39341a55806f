// The outbox: every change to Kubernetes-backed state enqueues an operation in the same
// transaction; workers claim them with FOR UPDATE SKIP LOCKED and record the outcome.
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt } from './columns';
import { clusters } from './clusters';

export const operationState = pgEnum('operation_state', ['pending', 'running', 'succeeded', 'failed']);

export const operations = pgTable(
  'operations',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    /** Workers schedule per cluster so one failing cluster never delays the others. */
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    generation: integer('generation').notNull().default(1),
    state: operationState('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('operations_claim_idx').on(t.state, t.nextAttemptAt),
    index('operations_target_idx').on(t.targetId),
    index('operations_org_idx').on(t.organizationId),
  ],
);

/**
 * Which worker reads a cluster's status (watches and resyncs): one at a time, however many
 * workers run. A worker renews its leases every few seconds; a lease that ran out (its worker
 * stopped or lost Postgres) is taken over by the next worker that asks.
 */
export const statusLeases = pgTable('status_leases', {
  clusterId: uuid('cluster_id')
    .primaryKey()
    .references(() => clusters.id, { onDelete: 'cascade' }),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
