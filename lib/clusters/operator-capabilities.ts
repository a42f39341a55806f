// What a cluster's Flink operator offers, read without any right Flotilla does not already hold:
// which Flink kinds are served in which API versions (discovery), which flinkVersion values the
// FlinkDeployment CRD accepts, and the operator's version where it can be known. The version is
// read from the operator's Deployment (the Helm chart's `app.kubernetes.io/version` label, or its
// image tag) when one is found by the chart's labels; an operator run otherwise (or one Flotilla
// cannot list) leaves only what the CRDs say, which bounds the version but never names it.
import 'server-only';
import type { ClusterClient } from '@/lib/k8s/cluster-client';
import type { ConnectionReport } from '@/lib/validation/clusters';

export const FLINK_CRDS = ['flinkdeployments', 'flinksessionjobs', 'flinkstatesnapshots'] as const;
/** Without these Flotilla cannot run anything; FlinkStateSnapshot is optional (1.10+). */
export const REQUIRED_FLINK_CRDS = ['flinkdeployments', 'flinksessionjobs'] as const;
const FLINK_GROUP = '/apis/flink.apache.org';
const OPERATOR_SELECTOR = 'app.kubernetes.io/name=flink-kubernetes-operator';

type Crds = NonNullable<ConnectionReport['crds']>;

export interface CrdBody {
  spec?: { versions?: { name: string; schema?: { openAPIV3Schema?: { properties?: Record<string, SchemaNode> } } }[] };
}
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
}

interface OperatorDeployment {
  metadata?: { namespace?: string; labels?: Record<string, string> };
  spec?: { template?: { spec?: { containers?: { name?: string; image?: string }[] } } };
}

export async function detectFlinkCrds(client: ClusterClient): Promise<Crds> {
  // Discovery is open to every authenticated identity, so presence never depends on RBAC.
  const group = await client.get<{ versions?: { version: string }[] }>(FLINK_GROUP);
  const apiVersions = group.status === 200 ? (group.body.versions ?? []).map((v) => v.version) : [];
  const served: Record<string, string[]> = {};
  for (const v of apiVersions) {
    const res = await client.get<{ resources?: { name: string }[] }>(`${FLINK_GROUP}/${v}`);
    for (const r of res.status === 200 ? (res.body.resources ?? []) : []) if (!r.name.includes('/')) (served[r.name] ??= []).push(v);
  }
  // Flotilla speaks v1beta1: a kind served only in another version is as good as missing.
  const has = (kind: string) => served[kind]?.includes('v1beta1') ?? false;
  let crd: CrdBody | null = null;
  if (has('flinkdeployments')) {
    const res = await client.get<CrdBody>('/apis/apiextensions.k8s.io/v1/customresourcedefinitions/flinkdeployments.flink.apache.org');
    if (res.status === 200) crd = res.body;
  }
  const deployment = await readOperatorDeployment(client);
  return {
    installed: FLINK_CRDS.filter(has),
    missing: FLINK_CRDS.filter((k) => !has(k)),
    flinkVersions: crd ? flinkVersionsOf(crd) : [],
    served,
    operator: describeOperator(has('flinkstatesnapshots'), crd, deployment),
  };
}

/** The operator's Deployment found by the Helm chart's labels, if Flotilla may list it (it may, cluster-wide, read-only). */
async function readOperatorDeployment(client: ClusterClient): Promise<OperatorDeployment | null> {
  const res = await client.get<{ items?: OperatorDeployment[] }>(`/apis/apps/v1/deployments?labelSelector=${encodeURIComponent(OPERATOR_SELECTOR)}&limit=5`);
  return res.status === 200 ? (res.body.items?.[0] ?? null) : null;
}

/** The flinkVersion enum of the FlinkDeployment CRD's v1beta1 schema. */
export function flinkVersionsOf(crd: CrdBody): string[] {
  const values = v1beta1(crd)?.spec?.properties?.flinkVersion?.enum ?? [];
  return values.filter((v): v is string => typeof v === 'string');
}

function v1beta1(crd: CrdBody): Record<string, SchemaNode> | undefined {
  return crd.spec?.versions?.find((v) => v.name === 'v1beta1')?.schema?.openAPIV3Schema?.properties;
}

/** Pure: what can honestly be said of the operator from its Deployment (if found) and its CRDs. */
export function describeOperator(snapshots: boolean, crd: CrdBody | null, deployment: OperatorDeployment | null): NonNullable<Crds['operator']> {
  const savepoints = snapshots ? 'snapshot' : 'trigger_nonce';
  const labels = deployment?.metadata?.labels ?? {};
  const image = deployment?.spec?.template?.spec?.containers?.find((c) => c.name === 'flink-kubernetes-operator')?.image ?? deployment?.spec?.template?.spec?.containers?.[0]?.image;
  const tag = image?.match(/:([0-9]+\.[0-9]+[^@]*)(@.*)?$/)?.[1];
  const version = labels['app.kubernetes.io/version'] ?? tag ?? null;
  if (deployment && version) {
    return { version, source: 'deployment', savepoints, detail: `Operator ${version} (its Deployment in ${deployment.metadata?.namespace ?? '?'}).` };
  }
  const status = crd ? v1beta1(crd)?.status?.properties : undefined;
  const writesObservedGeneration = status ? 'observedGeneration' in status : null;
  const range = snapshots ? '1.10 or later (FlinkStateSnapshot is served)' : 'older than 1.10 (no FlinkStateSnapshot)';
  const generation =
    writesObservedGeneration === null ? '' : writesObservedGeneration ? '; its status has observedGeneration' : '; its status has no observedGeneration (the reconciled generation is read from lastReconciledSpec)';
  return { version: null, source: 'crds', savepoints, detail: `Operator version not readable (no Deployment with the Helm chart's labels); its CRDs say ${range}${generation}.` };
}
