// Column helpers shared by every table: ids, timestamps, the tenant key.
import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './identity';

export const id = () => uuid('id').primaryKey().defaultRandom();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** The tenant key. Tenant data is deleted with its organization only where the table says so. */
export const organizationId = (onDelete: 'cascade' | 'restrict') =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete });

/**
 * Who created a row: `user:<uuid>` or `service_account:<uuid>`. A reference, not a foreign key,
 * because attribution must survive the actor's deletion (the audit log keeps the details).
 */
export const createdBy = () => uuid('created_by_id');
