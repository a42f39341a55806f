// What the session pages may do, as the server actions bound to one session: the page hands
// them to its client components (viewers get none; the services refuse them anyway).
import type { ActionResult } from '@/lib/api/action-result';
import type { SavepointDto } from '@/lib/validation/applications';

export type SessionJobLifecycle = 'suspend' | 'resume' | 'restart' | 'cancel';

export interface SessionHandlers {
  restart: (version: number) => Promise<ActionResult>;
  /** Deletes the session; with `withJobs` its jobs first, after final savepoints where asked and possible. */
  remove: (version: number, withJobs: boolean, finalSavepoints: boolean) => Promise<ActionResult>;
}

export interface SessionJobHandlers {
  lifecycle: (job: string, action: SessionJobLifecycle, version: number) => Promise<ActionResult>;
  savepoint: (job: string) => Promise<ActionResult<{ savepoint: SavepointDto }>>;
  remove: (job: string, version: number, finalSavepoint: boolean) => Promise<ActionResult>;
}
