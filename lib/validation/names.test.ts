import { describe, expect, it } from 'vitest';
import { defaultNamespaceFromName, FlinkResourceName, isFlinkName, isRfc1123Label, NamespaceName, namespaceProblem } from './names';

describe('namespace names', () => {
  it('accepts RFC 1123 labels and refuses everything else', () => {
    for (const ok of ['a', 'data-team', '0abc', 'x'.repeat(63)]) expect(isRfc1123Label(ok), ok).toBe(true);
    for (const bad of ['', 'Data', 'data_team', '-data', 'data-', 'a.b', 'x'.repeat(64)]) expect(isRfc1123Label(bad), bad).toBe(false);
  });

  it("says why at the field, and keeps the cluster's own namespaces out of reach", () => {
    expect(namespaceProblem('Data')).toMatch(/lower-case/);
    expect(namespaceProblem('x'.repeat(64))).toBe('Must be at most 63 characters.');
    expect(namespaceProblem('kube-system')).toMatch(/reserved/);
    expect(namespaceProblem('kube-anything')).toMatch(/reserved/);
    expect(namespaceProblem('default')).toMatch(/reserved/);
    expect(NamespaceName.safeParse(' analytics ').data).toBe('analytics');
    expect(NamespaceName.safeParse('Analytics').success).toBe(false);
  });

  it('derives a namespace from a workspace name', () => {
    expect(defaultNamespaceFromName('Data Team #2')).toBe('data-team-2');
    expect(defaultNamespaceFromName('  Équipe Données  ')).toBe('equipe-donnees');
    expect(defaultNamespaceFromName('a'.repeat(70) + ' b')).toBe('a'.repeat(63));
    expect(defaultNamespaceFromName(`${'a'.repeat(62)}-b`)).toBe('a'.repeat(62));
    expect(defaultNamespaceFromName('!!!')).toBe('');
    expect(defaultNamespaceFromName('Kube System')).toBe('');
  });
});

describe('Flink resource names', () => {
  it("follow the operator's FlinkDeployment rule", () => {
    for (const ok of ['a', 'orders', 'orders-2', 'a'.repeat(45)]) expect(isFlinkName(ok), ok).toBe(true);
    for (const bad of ['', '1orders', 'Orders', 'orders-', 'a'.repeat(46), 'or_ders']) expect(isFlinkName(bad), bad).toBe(false);
    expect(FlinkResourceName.safeParse('a'.repeat(46)).error?.issues[0]?.message).toBe('Must be at most 45 characters.');
    expect(FlinkResourceName.safeParse('9lives').error?.issues[0]?.message).toMatch(/start with a letter/);
  });
});
