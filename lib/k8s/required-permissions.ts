// What Flotilla's own identity needs in a registered cluster (DESIGN.md, "The Kubernetes
// contract"), as data: the connection test asks a SelfSubjectAccessReview for each entry, the
// console renders the least-privilege manifest from it, and the test control plane installs
// exactly that manifest for its restricted identity. Never `*`, never secrets, impersonate or
// escalate; `bind` only on the one ClusterRole the workspace's `flink` ServiceAccount is bound to.
// What RBAC cannot say (only Flotilla's own namespaces) the manifest's admission policy does.
import { stringify } from 'yaml';
import { FLOTILLA_LABELS, MANAGED_BY_FLOTILLA } from '@/lib/k8s/manifests/labels';

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  resourceNames?: string[];
  verbs: string[];
}

/** The ClusterRole the manifest installs for every workspace's `flink` ServiceAccount (bound per namespace). */
export const FLINK_CLUSTER_ROLE = 'flotilla-flink';

/** What the Flink JobManager needs to start its TaskManagers (native Kubernetes mode). */
export const FLINK_RULES: PolicyRule[] = [
  { apiGroups: [''], resources: ['pods', 'configmaps'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroups: ['apps'], resources: ['deployments', 'deployments/finalizers'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
];

const READ = ['get', 'list', 'watch'];
const WRITE = ['get', 'list', 'create', 'patch', 'delete'];

export const REQUIRED_RULES: PolicyRule[] = [
  { apiGroups: [''], resources: ['namespaces'], verbs: [...READ, 'create', 'patch', 'delete'] },
  { apiGroups: [''], resources: ['serviceaccounts', 'resourcequotas'], verbs: WRITE },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings'], verbs: WRITE },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], resourceNames: [FLINK_CLUSTER_ROLE], verbs: ['bind'] },
  { apiGroups: [''], resources: ['pods', 'services', 'events'], verbs: READ },
  { apiGroups: [''], resources: ['pods/log', 'services/proxy'], verbs: ['get'] },
  { apiGroups: ['apps'], resources: ['deployments'], verbs: READ },
  { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: READ },
  {
    apiGroups: ['flink.apache.org'],
    resources: ['flinkdeployments', 'flinksessionjobs', 'flinkstatesnapshots'],
    verbs: [...READ, 'create', 'update', 'patch', 'delete', 'deletecollection'],
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

/** One (group, resource, verb[, name]) check per line, as a SelfSubjectAccessReview asks it. */
export interface PermissionCheck {
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  verb: string;
}

export function requiredPermissionChecks(rules: PolicyRule[] = REQUIRED_RULES): PermissionCheck[] {
  return rules.flatMap((rule) =>
    rule.apiGroups.flatMap((group) =>
      rule.resources.flatMap((full) => {
        const [resource, subresource] = full.split('/') as [string, string | undefined];
        return (rule.resourceNames ?? [undefined]).flatMap((name) =>
          rule.verbs.map((verb) => ({ group, resource, ...(subresource ? { subresource } : {}), ...(name ? { name } : {}), verb })),
        );
      }),
    ),
  );
}

export const DEFAULT_IDENTITY = { namespace: 'flotilla-system', serviceAccount: 'flotilla', clusterRole: 'flotilla' };

/** Who Flotilla is in the cluster: the RBAC subject to bind, and the user name requests carry. */
export interface FlotillaSubject {
  subject: { kind: 'ServiceAccount'; name: string; namespace: string } | { kind: 'User'; apiGroup: 'rbac.authorization.k8s.io'; name: string };
  username: string;
}

export const WORKSPACE_GUARD_POLICY = 'flotilla-own-namespaces-only';

const RBAC = 'rbac.authorization.k8s.io/v1';
const ADMISSION = 'admissionregistration.k8s.io/v1';
const labelled = (obj: string) =>
  `has(${obj}.metadata.labels) && '${FLOTILLA_LABELS.managedBy}' in ${obj}.metadata.labels && ${obj}.metadata.labels['${FLOTILLA_LABELS.managedBy}'] == '${MANAGED_BY_FLOTILLA}'`;

/**
 * RBAC cannot select namespaces by label, so this policy does, for Flotilla's requests only:
 * it deletes only namespaces labelled as Flotilla's and writes workspace objects only into
 * them. Namespace creation and patches stay open (adoption labels an existing namespace), but
 * never on the protected system namespaces: the worst a stolen Flotilla credential can do to a
 * namespace it did not create is to label it, which cluster admins can see and audit.
 */
export function workspaceGuardPolicy(username: string, ownNamespace = DEFAULT_IDENTITY.namespace): object[] {
  const isNamespace = "request.resource.group == '' && request.resource.resource == 'namespaces'";
  // Never changed, even by adoption: the cluster's own namespaces and the one Flotilla's identity lives in.
  const untouchable = `request.name in ['default', '${ownNamespace}'] || request.name.startsWith('kube-')`;
  return [
    {
      apiVersion: ADMISSION,
      kind: 'ValidatingAdmissionPolicy',
      metadata: { name: WORKSPACE_GUARD_POLICY },
      spec: {
        failurePolicy: 'Fail',
        matchConstraints: {
          resourceRules: [
            { apiGroups: [''], apiVersions: ['*'], operations: ['UPDATE', 'DELETE'], resources: ['namespaces'] },
            { apiGroups: [''], apiVersions: ['*'], operations: ['CREATE', 'UPDATE', 'DELETE'], resources: ['serviceaccounts', 'resourcequotas'] },
            { apiGroups: ['rbac.authorization.k8s.io'], apiVersions: ['*'], operations: ['CREATE', 'UPDATE', 'DELETE'], resources: ['rolebindings'] },
            {
              apiGroups: ['flink.apache.org'],
              apiVersions: ['*'],
              operations: ['CREATE', 'UPDATE', 'DELETE'],
              resources: ['flinkdeployments', 'flinksessionjobs', 'flinkstatesnapshots'],
            },
          ],
        },
        matchConditions: [{ name: 'flotilla-identity', expression: `request.userInfo.username == '${username}'` }],
        validations: [
          {
            expression: `!(${isNamespace}) || request.operation != 'DELETE' || (${labelled('oldObject')})`,
            message: `Flotilla may delete only namespaces labelled ${FLOTILLA_LABELS.managedBy}=${MANAGED_BY_FLOTILLA}.`,
            reason: 'Forbidden',
          },
          {
            expression: `!(${isNamespace}) || !(${untouchable})`,
            message: 'Flotilla may not change a system namespace.',
            reason: 'Forbidden',
          },
          {
            expression: `${isNamespace} || (namespaceObject != null && ${labelled('namespaceObject')})`,
            message: `Flotilla may write only into namespaces labelled ${FLOTILLA_LABELS.managedBy}=${MANAGED_BY_FLOTILLA}.`,
            reason: 'Forbidden',
          },
        ],
      },
    },
    {
      apiVersion: ADMISSION,
      kind: 'ValidatingAdmissionPolicyBinding',
      metadata: { name: WORKSPACE_GUARD_POLICY },
      spec: { policyName: WORKSPACE_GUARD_POLICY, validationActions: ['Deny'] },
    },
  ];
}

/** The cluster-wide objects of the manifest: Flotilla's ClusterRole and binding, the Flink ClusterRole, the guard policy. */
export function flotillaClusterObjects(who: FlotillaSubject, identity = DEFAULT_IDENTITY): object[] {
  const { clusterRole } = identity;
  return [
    { apiVersion: RBAC, kind: 'ClusterRole', metadata: { name: clusterRole }, rules: REQUIRED_RULES },
    {
      apiVersion: RBAC,
      kind: 'ClusterRoleBinding',
      metadata: { name: clusterRole },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
      subjects: [who.subject],
    },
    { apiVersion: RBAC, kind: 'ClusterRole', metadata: { name: FLINK_CLUSTER_ROLE }, rules: FLINK_RULES },
    ...workspaceGuardPolicy(who.username, identity.namespace),
  ];
}

/** The least-privilege manifest a cluster owner applies: a ServiceAccount, its rights, the guard policy and a token. */
export function renderLeastPrivilegeManifest(identity = DEFAULT_IDENTITY): string {
  const { namespace, serviceAccount } = identity;
  const who: FlotillaSubject = {
    subject: { kind: 'ServiceAccount', name: serviceAccount, namespace },
    username: `system:serviceaccount:${namespace}:${serviceAccount}`,
  };
  const docs = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: serviceAccount, namespace } },
    ...flotillaClusterObjects(who, identity),
    {
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/service-account-token',
      metadata: { name: `${serviceAccount}-token`, namespace, annotations: { 'kubernetes.io/service-account.name': serviceAccount } },
    },
  ];
  return docs.map((d) => stringify(d)).join('---\n');
}
