// What callers see of Flink applications, their savepoints, revisions and events, as zod schemas
// (the API's responses and the OpenAPI document) and types (the console). Client-safe.
import { z } from 'zod';
import { FLINK_STATES, SAVEPOINT_STATES } from '@/lib/k8s/flink/status';
import { ApplicationSpec } from './flink';
import { KubeEventSchema } from './workspaces';

export const ApplicationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    workspace: z.string(),
    // Described, not re-declared: ApplicationSpec transforms input, which an output schema cannot.
    spec: z.record(z.string(), z.unknown()).meta({ description: 'The ApplicationSpec as stored, defaults filled in.' }),
    desiredState: z.enum(['running', 'suspended']),
    /** Changes on every write: send it back in If-Match. */
    version: z.number().int().meta({ description: 'Changes on every write; send it back in If-Match.' }),
    generation: z.number().int().meta({ description: 'Bumped whenever the objects to apply change.' }),
    appliedGeneration: z.number().int().meta({ description: 'The generation the reconciler last applied to the cluster.' }),
    observedGeneration: z.number().int().meta({ description: 'The generation the operator has confirmed.' }),
    state: z.enum(FLINK_STATES),
    stateMessage: z.string().nullable(),
    /** The operator's error, readable, when it reports one. */
    error: z.string().nullable(),
    job: z
      .object({ id: z.string().nullable(), state: z.string().nullable(), startTime: z.string().nullable(), updateTime: z.string().nullable() })
      .nullable(),
    lifecycleState: z.string().nullable(),
    jobManagerDeploymentStatus: z.string().nullable(),
    lastObservedAt: z.string().nullable().meta({ description: 'When the cluster last reported; null until it has.' }),
    deletionRequestedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Application' });
export type ApplicationDto = Omit<z.infer<typeof ApplicationSchema>, 'spec'> & { spec: ApplicationSpec };

export const ApplicationListSchema = z.object({ items: z.array(ApplicationSchema) });

export const SavepointSchema = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ description: "The FlinkStateSnapshot's name." }),
    targetName: z.string(),
    targetKind: z.enum(['application', 'session_job']).nullable().meta({ description: 'What it was taken of; null once that was deleted (the savepoint stays).' }),
    trigger: z.enum(['manual', 'upgrade', 'periodic', 'delete']).meta({
      description: 'manual: on request; delete: the final one before a deletion; periodic and upgrade: taken by the Flink operator itself (periodic savepoint interval; upgrade or suspend with the savepoint upgrade mode).',
    }),
    state: z.enum(SAVEPOINT_STATES),
    path: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    lastObservedAt: z.string().nullable(),
  })
  .meta({ id: 'Savepoint' });
export type SavepointDto = z.infer<typeof SavepointSchema>;

export const SavepointListSchema = z.object({ items: z.array(SavepointSchema) });

export const SpecRevisionSchema = z
  .object({
    generation: z.number().int(),
    createdAt: z.string(),
    createdBy: z.string().nullable().meta({ description: 'Who made the change, when known.' }),
    changes: z.array(
      z.object({
        path: z.string(),
        // JSON leaves out an undefined value: a field that was added has no `before`, one removed no `after`.
        before: z.unknown().optional().meta({ description: 'The value before; absent when the field was added.' }),
        after: z.unknown().optional().meta({ description: 'The value after; absent when the field was removed.' }),
      }),
    ),
  })
  .meta({ id: 'SpecRevision' });
export type SpecRevisionDto = z.infer<typeof SpecRevisionSchema>;

export const SpecRevisionListSchema = z.object({ items: z.array(SpecRevisionSchema) });

/** Events are read live from the cluster; when it cannot be read, `ok` is false and says why. */
export const EventListSchema = z.object({
  ok: z.boolean(),
  message: z.string().nullable(),
  items: z.array(KubeEventSchema),
});
export type EventListDto = z.infer<typeof EventListSchema>;

export const DeleteApplicationQuery = z.strictObject({
  savepoint: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .meta({ description: 'Take a final savepoint first; the application is deleted once it completes.' }),
});

/** A replacement spec (PUT): without `state`, the application keeps its desired state. */
export const ApplicationUpdate = ApplicationSpec.omit({ state: true })
  .extend({ state: ApplicationSpec.shape.state.unwrap().optional().meta({ description: 'Desired job state; unchanged when omitted.' }) })
  .meta({ id: 'ApplicationUpdate' });
