// Organizations, people, service accounts and their credentials.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, id, organizationId, updatedAt } from './columns';

export const orgRole = pgEnum('org_role', ['owner', 'admin', 'member']);

export const organizations = pgTable('organizations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Sessions carry the version they began under; raising it (sign-out) ends them all. */
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    organizationId: organizationId('cascade'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: orgRole('role').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('memberships_org_user_key').on(t.organizationId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organizationId: organizationId('cascade'),
    email: text('email').notNull(),
    role: orgRole('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdById: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_org_idx').on(t.organizationId)],
);

export const serviceAccounts = pgTable(
  'service_accounts',
  {
    id: id(),
    organizationId: organizationId('cascade'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    role: orgRole('role').notNull().default('member'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdById: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('service_accounts_org_name_key').on(t.organizationId, t.name),
    // DESIGN.md: a service account is a member or an admin, never an owner.
    check('service_accounts_role_not_owner', sql`${t.role} <> 'owner'`),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    organizationId: organizationId('cascade'),
    serviceAccountId: uuid('service_account_id')
      .notNull()
      .references(() => serviceAccounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Empty means the account's full permissions; otherwise only these (scopes only narrow). */
    scopes: jsonb('scopes').$type<string[]>().notNull().default([]),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdById: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    index('api_tokens_org_idx').on(t.organizationId),
    index('api_tokens_service_account_idx').on(t.serviceAccountId),
  ],
);

/** Failed sign-in counters, in Postgres so limits hold across restarts and replicas. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
});
