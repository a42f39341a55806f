// Why a session takes no new job now, or null when it does: the words of the service's
// sessionNotReady (lib/session-jobs/write.ts), which the browser cannot import (server-only).
// Pure.
import type { SessionDto } from '@/lib/validation/sessions';

export function submitRefusal(session: Pick<SessionDto, 'name' | 'state' | 'appliedGeneration' | 'deletionRequestedAt'>): string | null {
  if (session.deletionRequestedAt) return `The session ${session.name} is being deleted.`;
  if (session.state !== 'running' || session.appliedGeneration === 0) {
    return `The session ${session.name} is not ready (${session.state.replace('_', ' ')}): submit the job once it is running.`;
  }
  return null;
}
