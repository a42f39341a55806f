// What a workspace is in its cluster (DESIGN.md, "The Kubernetes contract"): its Namespace
// (labelled for Pod Security Admission at the workspace's level), the ServiceAccount `flink`
// that every FlinkDeployment runs as, a RoleBinding of it to the ClusterRole the cluster admin
// installed with Flotilla's manifest (what the Flink JobManager needs to start TaskManagers) and,
// when the workspace sets limits, a ResourceQuota. Pure: the reconciler applies them in this order.
import { FLINK_CLUSTER_ROLE } from '@/lib/k8s/required-permissions';
import type { PodSecurityLevel } from '@/lib/validation/workspaces';
import { flotillaLabels } from './labels';

export interface WorkspaceQuota {
  /** CPU cores as a Kubernetes quantity; caps both requests and limits. */
  cpu?: string | null;
  /** Memory as a Kubernetes quantity; caps both requests and limits. */
  memory?: string | null;
  /** How many FlinkDeployments (applications and sessions) the namespace may hold. */
  maxDeployments?: number | null;
}

export interface WorkspaceTarget {
  id: string;
  namespace: string;
  quota?: WorkspaceQuota | null;
  /** The Pod Security Standard the namespace enforces; `restricted` when not given. */
  podSecurityLevel?: PodSecurityLevel;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels: Record<string, string> };
  [field: string]: unknown;
}

/** The names the Flink side relies on: FlinkDeployments say `serviceAccount: flink`. */
export const FLINK_SERVICE_ACCOUNT = 'flink';
export const WORKSPACE_QUOTA_NAME = 'flotilla-quota';

/**
 * Pod Security Admission labels: `enforce` at the workspace's level; `warn` and `audit` always at
 * `restricted`, so a `baseline` workspace still tells its users what `restricted` would refuse.
 */
export function podSecurityLabels(level: PodSecurityLevel = 'restricted'): Record<string, string> {
  return {
    'pod-security.kubernetes.io/enforce': level,
    'pod-security.kubernetes.io/enforce-version': 'latest',
    'pod-security.kubernetes.io/warn': 'restricted',
    'pod-security.kubernetes.io/warn-version': 'latest',
    'pod-security.kubernetes.io/audit': 'restricted',
    'pod-security.kubernetes.io/audit-version': 'latest',
  };
}

/** What the `flink` RoleBinding grants: immutable in Kubernetes, so a binding with another is replaced. */
export const FLINK_ROLE_REF = { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: FLINK_CLUSTER_ROLE };

/** The quota's `spec.hard`, or null when the workspace sets no limit (then no ResourceQuota exists). */
export function quotaHard(quota: WorkspaceQuota | null | undefined): Record<string, string> | null {
  const hard: Record<string, string> = {};
  if (quota?.cpu) Object.assign(hard, { 'requests.cpu': quota.cpu, 'limits.cpu': quota.cpu });
  if (quota?.memory) Object.assign(hard, { 'requests.memory': quota.memory, 'limits.memory': quota.memory });
  if (quota?.maxDeployments != null) hard['count/flinkdeployments.flink.apache.org'] = String(quota.maxDeployments);
  return Object.keys(hard).length > 0 ? hard : null;
}

/**
 * Every object of the workspace, in apply order (the Namespace first). Deleting the workspace
 * deletes the Namespace; a quota that was removed must be deleted by name (WORKSPACE_QUOTA_NAME).
 */
export function buildWorkspaceObjects(ws: WorkspaceTarget): KubeObject[] {
  const labels = flotillaLabels(ws.id);
  const meta = (name: string) => ({ name, namespace: ws.namespace, labels });
  const objects: KubeObject[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ws.namespace, labels: { ...labels, ...podSecurityLabels(ws.podSecurityLevel) } } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(FLINK_SERVICE_ACCOUNT) },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(FLINK_SERVICE_ACCOUNT),
      roleRef: FLINK_ROLE_REF,
      subjects: [{ kind: 'ServiceAccount', name: FLINK_SERVICE_ACCOUNT, namespace: ws.namespace }],
    },
  ];
  const hard = quotaHard(ws.quota);
  if (hard) objects.push({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta(WORKSPACE_QUOTA_NAME), spec: { hard } });
  return objects;
}
