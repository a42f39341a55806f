// How the console words the facts of any Flink resource (application, session, session job):
// Flink versions, pod resources, spec values. Pure.
import type { ApplicationSpec } from '@/lib/validation/flink';

type Pod = { cpu: number; memory: string };

/** "1 slot", "8 slots". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "v1_20" → "1.20"; anything else as it is. */
export function flinkVersionLabel(version: string | undefined | null): string {
  const match = /^v(\d+)_(\d+)$/.exec(version ?? '');
  return match ? `${match[1]}.${match[2]}` : (version ?? '—');
}

/** "1 CPU · 2048m". */
export function podResources(pod: Pod): string {
  return `${pod.cpu} CPU · ${pod.memory}`;
}

export function jobManagerResources(spec: Pick<ApplicationSpec, 'jobManager'>): string {
  return podResources(spec.jobManager);
}

export function taskManagerResources(spec: { taskManager: Pod & { slots: number } }): string {
  return `${podResources(spec.taskManager)} · ${plural(spec.taskManager.slots, 'slot')}`;
}

/** A spec value in a diff or a revision: text as it is, nothing as "not set", the rest as JSON. */
export function specValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not set';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
