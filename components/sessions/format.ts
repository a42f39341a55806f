// How the session pages word a session's facts. Pure.
import type { SessionSpec } from '@/lib/validation/flink';
import type { SessionDto } from '@/lib/validation/sessions';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The operator's JobManagerDeploymentStatus ("DEPLOYED_NOT_READY") as words. */
export function jobManagerStatusLabel(status: string | null): string {
  if (!status) return 'Not reported';
  if (status === 'DEPLOYED_NOT_READY') return 'Deployed, not ready';
  const words = status.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "8 slots" and "2 TaskManagers × 4 slots". */
export function capacityLabel(capacity: SessionDto['capacity']): { slots: string; detail: string } {
  return { slots: plural(capacity.slots, 'slot'), detail: `${plural(capacity.taskManagers, 'TaskManager')} × ${plural(capacity.slotsPerTaskManager, 'slot')}` };
}

export function podResources(r: { cpu: number; memory: string }): string {
  return `${r.cpu} CPU · ${r.memory}`;
}

export function taskManagerLabel(spec: SessionSpec): string {
  return `${plural(spec.taskManager.replicas, 'pod')} × ${podResources(spec.taskManager)} · ${plural(spec.taskManager.slots, 'slot')} each`;
}
