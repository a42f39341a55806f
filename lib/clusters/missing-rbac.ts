// The RBAC that grants an identity exactly the permissions a connection test found missing: a
// ClusterRole of those rules and a binding to the identity the cluster reported. Pure.
import { stringify } from 'yaml';
import type { PermissionCheck, PolicyRule } from '@/lib/k8s/required-permissions';

/** Groups checks back into rules: one rule per (group, verbs, resource name), listing its resources. */
export function rulesFor(missing: PermissionCheck[]): PolicyRule[] {
  const verbsByResource = new Map<string, { group: string; resource: string; name?: string; verbs: string[] }>();
  for (const c of missing) {
    const resource = c.subresource ? `${c.resource}/${c.subresource}` : c.resource;
    const key = `${c.group}\u0000${resource}\u0000${c.name ?? ''}`;
    const entry = verbsByResource.get(key) ?? { group: c.group, resource, ...(c.name ? { name: c.name } : {}), verbs: [] };
    entry.verbs.push(c.verb);
    verbsByResource.set(key, entry);
  }
  const rules = new Map<string, PolicyRule>();
  for (const { group, resource, name, verbs } of verbsByResource.values()) {
    const key = `${group}\u0000${verbs.join(',')}\u0000${name ?? ''}`;
    const rule = rules.get(key) ?? { apiGroups: [group], resources: [], ...(name ? { resourceNames: [name] } : {}), verbs };
    rule.resources.push(resource);
    rules.set(key, rule);
  }
  return [...rules.values()];
}

function subjectOf(username: string | null) {
  const sa = username?.match(/^system:serviceaccount:([^:]+):([^:]+)$/);
  if (sa) return { kind: 'ServiceAccount', name: sa[2]!, namespace: sa[1]! };
  return { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: username ?? '<the identity Flotilla uses>' };
}

export function renderMissingRbac(missing: PermissionCheck[], username: string | null): string | null {
  if (missing.length === 0) return null;
  const name = 'flotilla-missing-permissions';
  return [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules: rulesFor(missing) },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [subjectOf(username)],
    },
  ]
    .map((d) => stringify(d))
    .join('---\n');
}
