// What callers see of sessions and session jobs, as zod schemas (API responses, OpenAPI) and
// types (the console). A session job looks like an application without the cluster fields.
// Client-safe.
import { z } from 'zod';
import { ApplicationSchema } from './applications';
import { SessionJobSpec, SessionSpec } from './flink';

const specOf = (what: string) => z.record(z.string(), z.unknown()).meta({ description: `The ${what} as stored, defaults filled in.` });

export const SessionSchema = ApplicationSchema.omit({ job: true, desiredState: true, spec: true })
  .extend({
    spec: specOf('SessionSpec'),
    capacity: z.object({ taskManagers: z.number().int(), slotsPerTaskManager: z.number().int(), slots: z.number().int() }),
    jobs: z.object({ total: z.number().int(), running: z.number().int() }),
  })
  .meta({ id: 'Session' });
export type SessionDto = Omit<z.infer<typeof SessionSchema>, 'spec'> & { spec: SessionSpec };

export const SessionListSchema = z.object({ items: z.array(SessionSchema) });

export const SessionJobSchema = ApplicationSchema.omit({ spec: true, jobManagerDeploymentStatus: true })
  .extend({
    spec: specOf('SessionJobSpec'),
    session: z.string().meta({ description: "The session's name." }),
    inheritedSavepointDir: z.string().nullable().meta({ description: 'The savepoint directory the session gives its jobs, if any.' }),
  })
  .meta({ id: 'SessionJob' });
export type SessionJobDto = Omit<z.infer<typeof SessionJobSchema>, 'spec'> & { spec: SessionJobSpec };

export const SessionJobListSchema = z.object({ items: z.array(SessionJobSchema) });

/** A replacement job spec (PUT): without `state`, the job keeps its desired state. */
export const SessionJobUpdate = SessionJobSpec.omit({ state: true })
  .extend({ state: SessionJobSpec.shape.state.unwrap().optional().meta({ description: 'Desired job state; unchanged when omitted.' }) })
  .meta({ id: 'SessionJobUpdate' });

export const DeleteSessionQuery = z.strictObject({
  jobs: z
    .enum(['delete'])
    .optional()
    .meta({ description: 'Delete its jobs first; without it, a session with jobs is not deleted (409 names them).' }),
  savepoint: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .meta({ description: 'With jobs=delete: take a final savepoint of each running job that can take one.' }),
});
