// The Flink object a stored row becomes: the one place that turns an application, session or
// session job row (spec, desired state, restart nonce) into the FlinkDeployment or
// FlinkSessionJob the reconciler applies, the API's manifest shows and the revisions record. Pure.
import { buildApplicationDeployment, buildSessionDeployment, type FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import { buildSessionJob, type FlinkSessionJobObject } from '@/lib/k8s/flink/build-flink-session-job';
import type { ApplicationSpec, SessionJobSpec, SessionSpec } from '@/lib/validation/flink';

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

export interface SessionJobRowLike {
  id: string;
  workspaceId: string;
  spec: Record<string, unknown>;
  desiredState: 'running' | 'suspended';
  restartNonce: number | null;
}

/** The session's spec decides the configuration keys (its Flink version runs the job). */
export function sessionJobManifest(row: SessionJobRowLike, session: { name: string; spec: Record<string, unknown> }, namespace: string): FlinkSessionJobObject {
  const spec = { ...(row.spec as unknown as SessionJobSpec), state: row.desiredState };
  const sessionFlinkVersion = (session.spec as { flinkVersion?: string }).flinkVersion;
  return buildSessionJob({ id: row.id, workspaceId: row.workspaceId, namespace, spec, sessionName: session.name, sessionFlinkVersion, restartNonce: row.restartNonce });
}
