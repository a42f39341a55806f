import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REQUIRED_RULES, renderLeastPrivilegeManifest, requiredPermissionChecks } from './required-permissions';

describe('the permissions Flotilla needs in a cluster', () => {
  it('never asks for wildcards, secrets, impersonation, escalation or binding', () => {
    for (const rule of REQUIRED_RULES) {
      expect(rule.verbs).not.toContain('*');
      expect(rule.resources).not.toContain('*');
      expect(rule.apiGroups).not.toContain('*');
      expect(rule.resources).not.toContain('secrets');
      for (const verb of ['impersonate', 'escalate', 'bind']) expect(rule.verbs).not.toContain(verb);
    }
  });

  it('holds everything the flink Role grants, so it may create that Role', () => {
    const checks = requiredPermissionChecks();
    for (const [group, resource] of [['', 'pods'], ['', 'configmaps'], ['apps', 'deployments']] as const) {
      for (const verb of ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']) {
        expect(checks).toContainEqual({ group, resource, verb });
      }
    }
    expect(checks).toContainEqual({ group: 'apps', resource: 'deployments', subresource: 'finalizers', verb: 'update' });
  });

  it('renders a manifest that binds exactly these rules to a service account', () => {
    const docs = parseAllDocuments(renderLeastPrivilegeManifest()).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['Namespace', 'ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Secret']);
    expect(docs[2].rules).toEqual(REQUIRED_RULES);
    expect(docs[3].subjects).toEqual([{ kind: 'ServiceAccount', name: 'flotilla', namespace: 'flotilla-system' }]);
  });
});
