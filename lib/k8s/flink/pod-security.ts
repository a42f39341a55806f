// Flink pods must be admitted in a namespace that enforces the `restricted` Pod Security
// Standard (DESIGN.md, "The Kubernetes contract"). The operator builds JobManager and TaskManager
// pods from the pod template, so the template carries what `restricted` asks for. These are
// defaults under the user's template: a value the user set is kept (whether it is allowed is
// decided by the workspace's level and the input policy, not here). Pure and client-safe.
import { MAIN_CONTAINER } from './session-dependencies';

type Obj = Record<string, unknown>;

/** The uid and gid of the `flink` user in the official Flink images, which start as root otherwise. */
export const FLINK_UID = 9999;

const POD_DEFAULTS: Obj = {
  runAsNonRoot: true,
  runAsUser: FLINK_UID,
  runAsGroup: FLINK_UID,
  seccompProfile: { type: 'RuntimeDefault' },
};

function obj(value: unknown): Obj {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

function secureContainer(container: Obj): Obj {
  const context = obj(container.securityContext);
  const capabilities = obj(context.capabilities);
  return {
    ...container,
    securityContext: {
      allowPrivilegeEscalation: false,
      ...context,
      capabilities: { ...capabilities, drop: Array.isArray(capabilities.drop) ? capabilities.drop : ['ALL'] },
    },
  };
}

/** The pod template with the `restricted` defaults merged in, for every container and the main one. */
export function withRestrictedPodSecurity(podTemplate: Obj | undefined): Obj {
  const template = structuredClone(podTemplate ?? {});
  const spec = obj(template.spec);
  const containers = Array.isArray(spec.containers) ? (spec.containers as Obj[]) : [];
  const withMain = containers.some((c) => c.name === MAIN_CONTAINER) ? containers : [...containers, { name: MAIN_CONTAINER }];
  const initContainers = Array.isArray(spec.initContainers) ? { initContainers: (spec.initContainers as Obj[]).map(secureContainer) } : {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    ...template,
    spec: {
      ...spec,
      securityContext: { ...POD_DEFAULTS, ...obj(spec.securityContext) },
      containers: withMain.map(secureContainer),
      ...initContainers,
    },
  };
}
