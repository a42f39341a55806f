// The Flink object a stored row becomes: the one place that turns an application or session row
// (spec, desired state, restart nonce) into the FlinkDeployment the reconciler applies, the API's
// manifest endpoint shows and the revisions record. Pure.
import { buildApplicationDeployment, buildSessionDeployment, type FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { ApplicationSpec, SessionSpec } from '@/lib/validation/flink';

export interface DeploymentRowLike {
  id: string;
  workspaceId: string;
  mode: 'application' | 'session';
  spec: Record<string, unknown>;
  desiredState: 'running' | 'suspended';
  restartNonce: number | null;
}

export function deploymentManifest(row: DeploymentRowLike, namespace: string): FlinkDeploymentObject {
  const target = { id: row.id, workspaceId: row.workspaceId, namespace, restartNonce: row.restartNonce };
  if (row.mode === 'application') {
    // The desired state is the row's; the stored spec keeps it in step, but the row decides.
    const spec = { ...(row.spec as unknown as ApplicationSpec), state: row.desiredState };
    return buildApplicationDeployment({ ...target, spec });
  }
  return buildSessionDeployment({ ...target, spec: row.spec as unknown as SessionSpec });
}
