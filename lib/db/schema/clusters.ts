// Registered Kubernetes clusters and the workspaces (namespaces) carved out of them.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, id, organizationId, updatedAt } from './columns';
import { serviceAccounts, users } from './identity';

export const clusterCredentialKind = pgEnum('cluster_credential_kind', ['token', 'client_certificate']);
export const clusterHealth = pgEnum('cluster_health', [
  'unknown',
  'reachable',
  'auth_failed',
  'unreachable',
  'crds_missing',
]);

export const clusters = pgTable(
  'clusters',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    apiServerUrl: text('api_server_url').notNull(),
    caPem: text('ca_pem'),
    tlsServerName: text('tls_server_name'),
    /** Audited opt-out of TLS verification; shown as "insecure" everywhere. */
    insecureSkipTlsVerify: boolean('insecure_skip_tls_verify').notNull().default(false),
    credentialKind: clusterCredentialKind('credential_kind').notNull(),
    /** AES-256-GCM ciphertext of the credentials; organization and cluster ids are its associated data. */
    credentialsCiphertext: text('credentials_ciphertext').notNull(),
    credentialsKeyId: text('credentials_key_id').notNull(),
    health: clusterHealth('health').notNull().default('unknown'),
    healthMessage: text('health_message'),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    kubernetesVersion: text('kubernetes_version'),
    flinkVersions: jsonb('flink_versions').$type<string[]>().notNull().default([]),
    /** The last full connection test's report (never holds credentials). */
    connectionReport: jsonb('connection_report').$type<Record<string, unknown>>(),
    createdById: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('clusters_org_name_key').on(t.organizationId, t.name),
    check('clusters_https_only', sql`${t.apiServerUrl} like 'https://%'`),
  ],
);

export const workspaceState = pgEnum('workspace_state', ['pending', 'ready', 'error', 'deleting']);
/** The Pod Security Admission level enforced on a workspace's namespace (DESIGN.md). */
export const podSecurityLevel = pgEnum('pod_security_level', ['restricted', 'baseline']);

export const workspaces = pgTable(
  'workspaces',
  {
    id: id(),
    organizationId: organizationId('restrict'),
    // A cluster with workspaces cannot be deleted (DESIGN.md): restrict, never cascade.
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    namespace: text('namespace').notNull(),
    description: text('description').notNull().default(''),
    quotaCpu: text('quota_cpu'),
    quotaMemory: text('quota_memory'),
    quotaMaxDeployments: integer('quota_max_deployments'),
    /** Explicit, audited choice to take over a namespace Flotilla did not create. */
    adoptNamespace: boolean('adopt_namespace').notNull().default(false),
    /** `restricted` unless an org admin chose `baseline` for this workspace. */
    podSecurityLevel: podSecurityLevel('pod_security_level').notNull().default('restricted'),
    state: workspaceState('state').notNull().default('pending'),
    stateMessage: text('state_message'),
    generation: integer('generation').notNull().default(1),
    observedGeneration: integer('observed_generation').notNull().default(0),
    lastObservedAt: timestamp('last_observed_at', { withTimezone: true }),
    createdById: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('workspaces_org_name_key').on(t.organizationId, t.name),
    uniqueIndex('workspaces_cluster_namespace_key').on(t.clusterId, t.namespace),
    index('workspaces_org_idx').on(t.organizationId),
  ],
);

export const workspaceRole = pgEnum('workspace_role', ['viewer', 'editor', 'admin']);

/** A role of exactly one user or one service account on one workspace. */
export const workspaceGrants = pgTable(
  'workspace_grants',
  {
    id: id(),
    organizationId: organizationId('cascade'),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    serviceAccountId: uuid('service_account_id').references(() => serviceAccounts.id, { onDelete: 'cascade' }),
    role: workspaceRole('role').notNull(),
    createdById: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('workspace_grants_one_principal', sql`num_nonnulls(${t.userId}, ${t.serviceAccountId}) = 1`),
    uniqueIndex('workspace_grants_ws_user_key').on(t.workspaceId, t.userId),
    uniqueIndex('workspace_grants_ws_sa_key').on(t.workspaceId, t.serviceAccountId),
    index('workspace_grants_org_idx').on(t.organizationId),
  ],
);
