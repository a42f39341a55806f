import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { requiredPermissionChecks } from '@/lib/k8s/required-permissions';
import { renderMissingRbac, rulesFor } from './missing-rbac';

describe('the RBAC for missing permissions', () => {
  it('grants nothing when nothing is missing', () => {
    expect(renderMissingRbac([], 'flotilla')).toBeNull();
  });

  it('groups missing checks back into rules, subresources included', () => {
    expect(
      rulesFor([
        { group: '', resource: 'namespaces', verb: 'create' },
        { group: '', resource: 'namespaces', verb: 'delete' },
        { group: '', resource: 'serviceaccounts', verb: 'create' },
        { group: '', resource: 'serviceaccounts', verb: 'delete' },
        { group: '', resource: 'pods', subresource: 'log', verb: 'get' },
      ]),
    ).toEqual([
      { apiGroups: [''], resources: ['namespaces', 'serviceaccounts'], verbs: ['create', 'delete'] },
      { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
    ]);
  });

  it('covers every required check when all are missing, bound to the reported service account', () => {
    const all = requiredPermissionChecks();
    const docs = parseAllDocuments(renderMissingRbac(all, 'system:serviceaccount:flotilla-system:flotilla')!).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['ClusterRole', 'ClusterRoleBinding']);
    expect(docs[1].subjects).toEqual([{ kind: 'ServiceAccount', name: 'flotilla', namespace: 'flotilla-system' }]);
    const granted = new Set(
      (docs[0].rules as { apiGroups: string[]; resources: string[]; verbs: string[] }[]).flatMap((r) =>
        r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}|${res}|${v}`))),
      ),
    );
    for (const c of all) expect(granted.has(`${c.group}|${c.subresource ? `${c.resource}/${c.subresource}` : c.resource}|${c.verb}`)).toBe(true);
    expect(JSON.stringify(docs)).not.toContain('"*"');
  });
});
