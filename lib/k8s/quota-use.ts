// What a ResourceQuota says about use: its `status.hard` and `status.used`, per resource Flotilla
// limits (CPU, memory, FlinkDeployments). Only the status counts: it is what Kubernetes enforces
// and has counted, while `spec.hard` is merely what was asked. Pure.
import { quantityValue } from '@/lib/validation/quantities';
import type { QuotaUse } from '@/lib/validation/workspaces';

export interface ResourceQuotaObject {
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

// Flotilla sets the same hard value on requests and limits, and a pod's limit is never below its
// request, so the limits key is the one that runs out first; the others are fallbacks for a
// quota someone else wrote.
const KEYS: [QuotaUse['resource'], string[]][] = [
  ['cpu', ['limits.cpu', 'requests.cpu', 'cpu']],
  ['memory', ['limits.memory', 'requests.memory', 'memory']],
  ['flinkdeployments', ['count/flinkdeployments.flink.apache.org']],
];

export function quotaUseOf(quota: ResourceQuotaObject): QuotaUse[] {
  const hard = quota.status?.hard ?? {};
  const used = quota.status?.used ?? {};
  const out: QuotaUse[] = [];
  for (const [resource, keys] of KEYS) {
    const key = keys.find((k) => hard[k] !== undefined);
    if (!key) continue;
    const u = used[key] ?? null;
    const h = quantityValue(hard[key]!);
    const ratio = u === null || !(h > 0) ? null : quantityValue(u) / h;
    out.push({ resource, key, hard: hard[key]!, used: u, ratio: ratio === null || Number.isNaN(ratio) ? null : ratio });
  }
  return out;
}
