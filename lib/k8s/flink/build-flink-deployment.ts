// Application → FlinkDeployment with `spec.job`; session → FlinkDeployment without it (DESIGN.md,
// "The Kubernetes contract"). Both run as the workspace's ServiceAccount `flink`, carry
// Flotilla's labels and a pod template that the `restricted` Pod Security Standard admits.
// Pure: the reconciler applies the result, the form previews it.
import { FLINK_SERVICE_ACCOUNT } from '@/lib/k8s/manifests/workspace';
import type { ApplicationSpec, SessionSpec } from '@/lib/validation/flink';
import { buildJobSpec, FLINK_API_VERSION, flinkMetadata, type FlinkMetadata, type FlinkTarget } from './common';
import { buildFlinkConfiguration } from './flink-configuration';
import { withRestrictedPodSecurity } from './pod-security';
import { withSessionDependencies } from './session-dependencies';

export interface FlinkDeploymentObject {
  apiVersion: typeof FLINK_API_VERSION;
  kind: 'FlinkDeployment';
  metadata: FlinkMetadata;
  spec: Record<string, unknown>;
}

interface BuildOptions {
  /** Bumped to restart (nextRestartNonce); the caller keeps it so that later applies repeat it. */
  restartNonce?: number | null;
}

type ClusterSpec = Pick<ApplicationSpec, 'flinkVersion' | 'image' | 'imagePullPolicy' | 'jobManager' | 'logConfiguration' | 'podTemplate'> & {
  taskManager: { cpu?: number; memory: string; replicas?: number };
};

function clusterSpec(spec: ClusterSpec, flinkConfiguration: Record<string, string>, podTemplate: Record<string, unknown> | undefined) {
  const resource = (r: { cpu?: number; memory: string }) => ({ ...(r.cpu !== undefined ? { cpu: r.cpu } : {}), memory: r.memory });
  return {
    image: spec.image,
    ...(spec.imagePullPolicy ? { imagePullPolicy: spec.imagePullPolicy } : {}),
    ...(spec.flinkVersion ? { flinkVersion: spec.flinkVersion } : {}),
    serviceAccount: FLINK_SERVICE_ACCOUNT,
    flinkConfiguration,
    jobManager: { resource: resource(spec.jobManager) },
    taskManager: {
      resource: resource(spec.taskManager),
      ...(spec.taskManager.replicas !== undefined ? { replicas: spec.taskManager.replicas } : {}),
    },
    podTemplate: withRestrictedPodSecurity(podTemplate),
    ...(Object.keys(spec.logConfiguration).length > 0 ? { logConfiguration: spec.logConfiguration } : {}),
  };
}

export function buildApplicationDeployment(target: FlinkTarget & { spec: ApplicationSpec } & BuildOptions): FlinkDeploymentObject {
  const { spec } = target;
  return {
    apiVersion: FLINK_API_VERSION,
    kind: 'FlinkDeployment',
    metadata: flinkMetadata(target, spec.name, spec.labels),
    spec: {
      ...clusterSpec(spec, buildFlinkConfiguration(spec, spec.flinkVersion), spec.podTemplate),
      job: buildJobSpec(spec),
      ...(target.restartNonce != null ? { restartNonce: target.restartNonce } : {}),
    },
  };
}

export function buildSessionDeployment(target: FlinkTarget & { spec: SessionSpec } & BuildOptions): FlinkDeploymentObject {
  const { spec } = target;
  return {
    apiVersion: FLINK_API_VERSION,
    kind: 'FlinkDeployment',
    metadata: flinkMetadata(target, spec.name, spec.labels),
    spec: {
      ...clusterSpec(spec, buildFlinkConfiguration(spec, spec.flinkVersion), withSessionDependencies(spec)),
      ...(target.restartNonce != null ? { restartNonce: target.restartNonce } : {}),
    },
  };
}
