import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FLINK_CLUSTER_ROLE, FLINK_RULES, REQUIRED_RULES, renderLeastPrivilegeManifest, requiredPermissionChecks } from './required-permissions';

describe('the permissions Flotilla needs in a cluster', () => {
  it('never asks for wildcards, secrets, impersonation or escalation, and binds only the Flink ClusterRole', () => {
    for (const rule of [...REQUIRED_RULES, ...FLINK_RULES]) {
      for (const list of [rule.verbs, rule.resources, rule.apiGroups]) expect(list).not.toContain('*');
      expect(rule.resources).not.toContain('secrets');
      for (const verb of ['impersonate', 'escalate']) expect(rule.verbs).not.toContain(verb);
    }
    const binding = REQUIRED_RULES.filter((r) => r.verbs.includes('bind'));
    expect(binding).toEqual([{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], resourceNames: [FLINK_CLUSTER_ROLE], verbs: ['bind'] }]);
    expect(REQUIRED_RULES.flatMap((r) => r.resources)).not.toContain('roles');
  });

  it('holds no cluster-wide write on pods, deployments or configmaps: only reads', () => {
    const checks = requiredPermissionChecks();
    for (const verb of ['create', 'update', 'patch', 'delete']) {
      expect(checks).not.toContainEqual({ group: '', resource: 'pods', verb });
      expect(checks).not.toContainEqual({ group: 'apps', resource: 'deployments', verb });
    }
    expect(checks.filter((c) => c.resource === 'configmaps')).toEqual([]);
    for (const verb of ['get', 'list', 'watch']) {
      expect(checks).toContainEqual({ group: '', resource: 'pods', verb });
      expect(checks).toContainEqual({ group: 'apps', resource: 'deployments', verb });
    }
    expect(checks).toContainEqual({ group: '', resource: 'services', subresource: 'proxy', verb: 'get' });
    expect(checks).toContainEqual({ group: 'rbac.authorization.k8s.io', resource: 'clusterroles', name: FLINK_CLUSTER_ROLE, verb: 'bind' });
  });

  it('renders a manifest with Flotilla’s rules, the Flink ClusterRole and the guard policy, bound to a service account', () => {
    const docs = parseAllDocuments(renderLeastPrivilegeManifest()).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'ClusterRole',
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
      'Secret',
    ]);
    expect(docs[2].rules).toEqual(REQUIRED_RULES);
    expect(docs[3].subjects).toEqual([{ kind: 'ServiceAccount', name: 'flotilla', namespace: 'flotilla-system' }]);
    expect(docs[4]).toMatchObject({ metadata: { name: 'flotilla-flink' }, rules: FLINK_RULES });
    const policy = docs[5];
    expect(policy.apiVersion).toBe('admissionregistration.k8s.io/v1');
    expect(policy.spec.matchConditions).toEqual([
      { name: 'flotilla-identity', expression: "request.userInfo.username == 'system:serviceaccount:flotilla-system:flotilla'" },
    ]);
    expect(policy.spec.failurePolicy).toBe('Fail');
    expect(docs[6].spec).toEqual({ policyName: policy.metadata.name, validationActions: ['Deny'] });
  });
});
