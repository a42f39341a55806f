// What Flotilla's own identity needs in a registered cluster (DESIGN.md, "The Kubernetes
// contract"), as data: the connection test asks a SelfSubjectAccessReview for each entry, the
// console renders the least-privilege manifest from it, and the test control plane grants
// exactly this to its restricted identity. Never `*`, never secrets, impersonate, escalate or bind.
import { stringify } from 'yaml';

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/** The verbs of the `flink` Role Flotilla creates in each workspace: RBAC lets one grant only what one holds. */
export const FLINK_ROLE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

export const REQUIRED_RULES: PolicyRule[] = [
  { apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'list', 'watch', 'create', 'patch', 'delete'] },
  { apiGroups: [''], resources: ['serviceaccounts', 'resourcequotas'], verbs: ['get', 'list', 'create', 'patch', 'delete'] },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: ['get', 'list', 'create', 'patch', 'delete'] },
  { apiGroups: [''], resources: ['pods', 'configmaps'], verbs: FLINK_ROLE_VERBS },
  { apiGroups: ['apps'], resources: ['deployments', 'deployments/finalizers'], verbs: FLINK_ROLE_VERBS },
  { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
  { apiGroups: [''], resources: ['events'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: ['get', 'list', 'watch'] },
  {
    apiGroups: ['flink.apache.org'],
    resources: ['flinkdeployments', 'flinksessionjobs', 'flinkstatesnapshots'],
    verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
  },
  {
    apiGroups: ['flink.apache.org'],
    resources: ['flinkdeployments/status', 'flinksessionjobs/status', 'flinkstatesnapshots/status'],
    verbs: ['get'],
  },
  { apiGroups: ['apiextensions.k8s.io'], resources: ['customresourcedefinitions'], verbs: ['get'] },
  { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] },
  { apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews'], verbs: ['create'] },
];

/** One (group, resource, verb) check per line, as a SelfSubjectAccessReview asks it. */
export interface PermissionCheck {
  group: string;
  resource: string;
  subresource?: string;
  verb: string;
}

export function requiredPermissionChecks(rules: PolicyRule[] = REQUIRED_RULES): PermissionCheck[] {
  return rules.flatMap((rule) =>
    rule.apiGroups.flatMap((group) =>
      rule.resources.flatMap((full) => {
        const [resource, subresource] = full.split('/') as [string, string | undefined];
        return rule.verbs.map((verb) => ({ group, resource, ...(subresource ? { subresource } : {}), verb }));
      }),
    ),
  );
}

export const DEFAULT_IDENTITY = { namespace: 'flotilla-system', serviceAccount: 'flotilla', clusterRole: 'flotilla' };

/** The least-privilege manifest a cluster owner applies: a ServiceAccount bound to a ClusterRole of REQUIRED_RULES. */
export function renderLeastPrivilegeManifest(identity = DEFAULT_IDENTITY): string {
  const docs = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: identity.namespace } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: identity.serviceAccount, namespace: identity.namespace } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: identity.clusterRole },
      rules: REQUIRED_RULES,
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: identity.clusterRole },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: identity.clusterRole },
      subjects: [{ kind: 'ServiceAccount', name: identity.serviceAccount, namespace: identity.namespace }],
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/service-account-token',
      metadata: {
        name: `${identity.serviceAccount}-token`,
        namespace: identity.namespace,
        annotations: { 'kubernetes.io/service-account.name': identity.serviceAccount },
      },
    },
  ];
  return docs.map((d) => stringify(d)).join('---\n');
}
