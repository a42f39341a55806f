// How the console words an application's facts: Flink versions, resources, spec values. Pure.
import type { ApplicationSpec } from '@/lib/validation/flink';

/** "v1_20" → "1.20"; anything else as it is. */
export function flinkVersionLabel(version: string | undefined | null): string {
  const match = /^v(\d+)_(\d+)$/.exec(version ?? '');
  return match ? `${match[1]}.${match[2]}` : (version ?? '—');
}

const cores = (cpu: number) => `${cpu} CPU`;

export function jobManagerResources(spec: ApplicationSpec): string {
  return `${cores(spec.jobManager.cpu)} · ${spec.jobManager.memory}`;
}

export function taskManagerResources(spec: ApplicationSpec): string {
  const slots = spec.taskManager.slots === 1 ? '1 slot' : `${spec.taskManager.slots} slots`;
  return `${cores(spec.taskManager.cpu)} · ${spec.taskManager.memory} · ${slots}`;
}

/** A spec value in a diff or a revision: text as it is, nothing as "not set", the rest as JSON. */
export function specValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not set';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
