// Flink applications, sessions, session jobs, their applied revisions and savepoints.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, id, organizationId, updatedAt } from './columns';
import { workspaces } from './clusters';

export const deploymentMode = pgEnum('deployment_mode', ['application', 'session']);
export const desiredJobState = pgEnum('desired_job_state', ['running', 'suspended']);

/**
 * What every reconciled Flink object carries: the desired spec, its versions and what the
 * cluster last reported. `version` changes on every write (If-Match); `generation` only when
 * the objects to apply change; `observedGeneration` is the generation the cluster confirmed.
 */
const reconciledColumns = () => ({
  spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
  desiredState: desiredJobState('desired_state').notNull().default('running'),
  version: integer('version').notNull().default(1),
  generation: integer('generation').notNull().default(1),
  observedGeneration: integer('observed_generation').notNull().default(0),
  /** Flotilla's summary of the observed status: pending, deploying, running, suspended, failed, deleting… */
  state: text('state').notNull().default('pending'),
  /** Why it is in that state, in a sentence: the operator's or the reconciler's reason. */
  stateMessage: text('state_message'),
  /** The generation the reconciler last applied to the cluster. */
  appliedGeneration: integer('applied_generation').notNull().default(0),
  /** spec.restartNonce: bumped to restart, repeated by every later apply. */
  restartNonce: integer('restart_nonce'),
  /** The custom resource's `status` as last read, and when. Never invented when unreadable. */
  observedStatus: jsonb('observed_status').$type<Record<string, unknown>>(),
  lastObservedAt: timestamp('last_observed_at', { withTimezone: true }),
  deletionRequestedAt: timestamp('deletion_requested_at', { withTimezone: true }),
  createdById: createdBy(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Applications (with `spec.job`) and sessions (without) share one table: both are
 * FlinkDeployments, so their names share one namespace and one unique index.
 */
export const flinkDeployments = pgTable(
  'flink_deployments',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'restrict' }),
    mode: deploymentMode('mode').notNull(),
    name: text('name').notNull(),
    ...reconciledColumns(),
  },
  (t) => [
    uniqueIndex('flink_deployments_ws_name_key').on(t.workspaceId, t.name),
    index('flink_deployments_org_idx').on(t.organizationId),
  ],
);

export const sessionJobs = pgTable(
  'session_jobs',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'restrict' }),
    // A session is deleted only after its jobs (DESIGN.md).
    sessionId: uuid('session_id')
      .notNull()
      .references(() => flinkDeployments.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    ...reconciledColumns(),
  },
  (t) => [
    uniqueIndex('session_jobs_ws_name_key').on(t.workspaceId, t.name),
    index('session_jobs_org_idx').on(t.organizationId),
    index('session_jobs_session_idx').on(t.sessionId),
  ],
);

/** Each spec Flotilla applied: who, when, what. Kept with its resource. */
export const specRevisions = pgTable(
  'spec_revisions',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    deploymentId: uuid('deployment_id').references(() => flinkDeployments.id, { onDelete: 'cascade' }),
    sessionJobId: uuid('session_job_id').references(() => sessionJobs.id, { onDelete: 'cascade' }),
    generation: integer('generation').notNull(),
    spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
    createdById: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    check('spec_revisions_one_target', sql`num_nonnulls(${t.deploymentId}, ${t.sessionJobId}) = 1`),
    uniqueIndex('spec_revisions_deployment_gen_key').on(t.deploymentId, t.generation),
    uniqueIndex('spec_revisions_session_job_gen_key').on(t.sessionJobId, t.generation),
    index('spec_revisions_org_idx').on(t.organizationId),
  ],
);

export const savepointTrigger = pgEnum('savepoint_trigger', ['manual', 'upgrade', 'periodic', 'delete']);
export const savepointState = pgEnum('savepoint_state', ['pending', 'in_progress', 'completed', 'failed', 'abandoned']);
/** Who created the FlinkStateSnapshot: Flotilla (asked for it), or the operator by itself (periodic, upgrade). */
export const savepointOrigin = pgEnum('savepoint_origin', ['flotilla', 'operator']);

/**
 * A FlinkStateSnapshot mirrored in Postgres. It outlives its application or job (the path is
 * what a new deployment starts from), so the target's name is kept and the reference is nulled.
 * Those the operator takes by itself are mirrored too, for as long as the operator keeps them.
 */
export const savepoints = pgTable(
  'savepoints',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'restrict' }),
    deploymentId: uuid('deployment_id').references(() => flinkDeployments.id, { onDelete: 'set null' }),
    sessionJobId: uuid('session_job_id').references(() => sessionJobs.id, { onDelete: 'set null' }),
    targetName: text('target_name').notNull(),
    /** The FlinkStateSnapshot's name in the workspace namespace. */
    name: text('name').notNull(),
    trigger: savepointTrigger('trigger').notNull(),
    // The operator's snapshots are only read: Flotilla never changes or deletes them.
    origin: savepointOrigin('origin').notNull().default('flotilla'),
    state: savepointState('state').notNull().default('pending'),
    path: text('path'),
    error: text('error'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    lastObservedAt: timestamp('last_observed_at', { withTimezone: true }),
    createdById: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('savepoints_at_most_one_target', sql`num_nonnulls(${t.deploymentId}, ${t.sessionJobId}) <= 1`),
    uniqueIndex('savepoints_ws_name_key').on(t.workspaceId, t.name),
    index('savepoints_org_idx').on(t.organizationId),
  ],
);
