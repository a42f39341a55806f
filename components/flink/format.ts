// How the console words the facts of any Flink resource (application, session, session job):
// Flink versions, pod resources, spec values. Pure.
import { supportedFlinkVersions } from '@/lib/k8s/flink/validate';
import type { ApplicationSpec } from '@/lib/validation/flink';

type Pod = { cpu: number; memory: string };

/**
 * The Flink version choices: every version the cluster's CRD accepts, newest first, so the form
 * and the cluster's page list the same ones; those the operator no longer runs (before 1.15) are
 * shown but cannot be chosen, and a stored version the CRD no longer lists stays, marked.
 */
export function flinkVersionOptions(crdVersions: readonly string[], current?: string): { value: string; label: string; disabled?: boolean }[] {
  const supported = new Set(supportedFlinkVersions(crdVersions));
  const options = [...crdVersions].reverse().map((v) => (supported.has(v) ? { value: v, label: `Flink ${flinkVersionLabel(v)}` } : { value: v, label: `Flink ${flinkVersionLabel(v)} (no longer run by the operator)`, disabled: true }));
  if (current && !crdVersions.includes(current)) options.unshift({ value: current, label: `Flink ${flinkVersionLabel(current)} (not in the cluster's CRD)`, disabled: true });
  return options;
}

/**
 * A cluster's Flink versions in one line: "1.15 – 1.20" for those the operator runs, and the older
 * ones its CRD still lists apart, so a row stays one line however many versions the CRD has.
 */
export function flinkVersionSummary(crdVersions: readonly string[]): { runs: string | null; older: string[] } {
  const supported = supportedFlinkVersions(crdVersions);
  const labels = supported.map(flinkVersionLabel);
  const runs = labels.length === 0 ? null : labels.length === 1 ? labels[0]! : `${labels[0]} – ${labels.at(-1)}`;
  return { runs, older: crdVersions.filter((v) => !supported.includes(v)).map(flinkVersionLabel) };
}

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
