// Workspace inputs, shared by the console's forms and the REST API. Client-safe.
import { z } from 'zod';
import { DESCRIPTION_MAX, DNS_LABEL_MAX } from './limits';
import { safeText } from './text';
import { CLUSTER_HEALTH } from './clusters';
import { NamespaceName } from './names';
import { CpuQuantity, MemoryQuantity } from './quantities';

export const WorkspaceName = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(DNS_LABEL_MAX, `Must be at most ${DNS_LABEL_MAX} characters.`)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'Use lower-case letters, digits and dashes; start and end with a letter or digit.')
  .meta({ description: "The workspace's name, unique in the organization; used in URLs.", example: 'analytics' });

export const WorkspaceQuotaInput = z
  .strictObject({
    cpu: CpuQuantity.nullish(),
    memory: MemoryQuantity.nullish(),
    maxDeployments: z.coerce.number({ error: 'Must be a whole number.' }).int('Must be a whole number.').min(1, 'At least 1.').max(1000, 'At most 1000.').nullish(),
  })
  .meta({ description: 'Limits for the namespace, applied as a ResourceQuota. Omit a field for no limit.' });

export const POD_SECURITY_LEVELS = ['restricted', 'baseline'] as const;
export type PodSecurityLevel = (typeof POD_SECURITY_LEVELS)[number];

export const PodSecurityLevelInput = z.enum(POD_SECURITY_LEVELS).meta({
  description:
    "The Pod Security Standard the workspace's namespace enforces (`restricted` by default; `baseline` is weaker). Only organization owners and admins may choose `baseline` or change it.",
});

export const CreateWorkspaceInput = z.strictObject({
  name: WorkspaceName,
  cluster: z.string().trim().min(1, 'Choose a cluster.').max(DNS_LABEL_MAX).meta({ description: 'The name of a registered cluster.' }),
  /** Defaults to the name. */
  namespace: NamespaceName.optional(),
  description: safeText(DESCRIPTION_MAX, { multiline: true }).default(''),
  quota: WorkspaceQuotaInput.nullish(),
  /** Take over a namespace that exists without Flotilla's labels: explicit and audited. */
  adoptNamespace: z.boolean().default(false),
  podSecurityLevel: PodSecurityLevelInput.default('restricted'),
});
export type CreateWorkspaceInput = z.input<typeof CreateWorkspaceInput>;

export const UpdateWorkspaceInput = z.strictObject({
  description: safeText(DESCRIPTION_MAX, { multiline: true }).optional(),
  quota: WorkspaceQuotaInput.nullish(),
  podSecurityLevel: PodSecurityLevelInput.optional(),
});
export type UpdateWorkspaceInput = z.input<typeof UpdateWorkspaceInput>;

/**
 * What a workspace's readers may know of its cluster: its name and health, never its address or
 * credentials. The message is the health probe's own summary, written to be shown.
 */
export const WorkspaceClusterSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    health: z.object({
      status: z.enum(CLUSTER_HEALTH).meta({ description: 'Never healthier than the last success allows: a stale success reads unknown.' }),
      message: z.string().nullable(),
      lastCheckedAt: z.string().nullable(),
      lastSuccessAt: z.string().nullable().meta({ description: 'When the cluster last answered a health check; null if it never has.' }),
    }),
  })
  .meta({ id: 'WorkspaceCluster' });
export type WorkspaceCluster = z.infer<typeof WorkspaceClusterSchema>;

export const WorkspaceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    cluster: WorkspaceClusterSchema,
    namespace: z.string(),
    description: z.string(),
    quota: z.object({ cpu: z.string().nullable(), memory: z.string().nullable(), maxDeployments: z.number().int().nullable() }),
    adoptNamespace: z.boolean(),
    podSecurityLevel: z.enum(POD_SECURITY_LEVELS),
    state: z.enum(['pending', 'ready', 'error', 'deleting']),
    stateMessage: z.string().nullable(),
    generation: z.number().int(),
    observedGeneration: z.number().int(),
    lastObservedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Workspace' });

/** A workspace as one reader sees it: with the caller's own role in it. */
export const WorkspaceWithRoleSchema = WorkspaceSchema.extend({ role: z.enum(['viewer', 'editor', 'admin']) }).meta({ id: 'WorkspaceWithRole' });
export type WorkspaceWithRole = z.infer<typeof WorkspaceWithRoleSchema>;

export const WorkspaceListSchema = z.object({
  items: z.array(WorkspaceSchema.extend({ applications: z.number().int(), sessions: z.number().int() })),
});

export const AccessEntrySchema = z
  .object({
    principal: z.object({ type: z.enum(['user', 'service_account']), id: z.uuid(), label: z.string() }),
    role: z.enum(['viewer', 'editor', 'admin']),
    source: z.enum(['grant', 'org_owner', 'org_admin']),
  })
  .meta({ id: 'AccessEntry' });

// The overview: the workspace plus what its cluster says right now (quota use, recent Events).
export const QuotaUseSchema = z
  .object({
    resource: z.enum(['cpu', 'memory', 'flinkdeployments']),
    /** The ResourceQuota key the figures come from, e.g. `limits.cpu`. */
    key: z.string(),
    hard: z.string(),
    /** Null until Kubernetes has counted the use. */
    used: z.string().nullable(),
    /** used / hard, 0…1 (more when over); null when either cannot be read as a number. */
    ratio: z.number().nullable(),
  })
  .meta({ id: 'QuotaUse' });
export type QuotaUse = z.infer<typeof QuotaUseSchema>;

export const KubeEventSchema = z
  .object({
    type: z.string().meta({ example: 'Warning' }),
    reason: z.string(),
    message: z.string(),
    object: z.object({ kind: z.string(), name: z.string() }),
    count: z.number().int(),
    lastTime: z.string().nullable(),
  })
  .meta({ id: 'KubeEvent' });
export type KubeEvent = z.infer<typeof KubeEventSchema>;

export const WorkspaceOverviewSchema = z
  .object({
    workspace: WorkspaceWithRoleSchema,
    live: z
      .discriminatedUnion('ok', [
        z.object({
          ok: z.literal(true),
          observedAt: z.string(),
          /** Null when the namespace holds no ResourceQuota of Flotilla's (none set, or not applied yet). */
          quota: z.array(QuotaUseSchema).nullable(),
          /** The namespace's Events, newest first, at most 20. */
          events: z.array(KubeEventSchema),
        }),
        z.object({ ok: z.literal(false), observedAt: z.string(), message: z.string() }),
      ])
      .meta({ description: 'Read from the cluster on each request. When it cannot be read, `message` says why; nothing is guessed.' }),
  })
  .meta({ id: 'WorkspaceOverview' });
export type WorkspaceOverview = z.infer<typeof WorkspaceOverviewSchema>;
