import { describe, expect, it } from 'vitest';
import { describeOperator, flinkVersionsOf } from './operator-capabilities';

const crd = (status: Record<string, object>) => ({
  spec: { versions: [{ name: 'v1beta1', schema: { openAPIV3Schema: { properties: { spec: { properties: { flinkVersion: { enum: ['v1_17', 'v1_18'] } } }, status: { properties: status } } } } }] },
});

describe('what can be known of the operator', () => {
  it('names the version only when its Deployment says it (label first, then the image tag)', () => {
    const dep = (labels: Record<string, string>, image: string) => ({ metadata: { namespace: 'ops', labels }, spec: { template: { spec: { containers: [{ name: 'flink-kubernetes-operator', image }] } } } });
    expect(describeOperator(false, null, dep({ 'app.kubernetes.io/version': '1.8.0' }, 'x:1.9.0'))).toMatchObject({ version: '1.8.0', source: 'deployment', savepoints: 'trigger_nonce' });
    expect(describeOperator(true, null, dep({}, 'ghcr.io/apache/flink-kubernetes-operator:1.13.1'))).toMatchObject({ version: '1.13.1', savepoints: 'snapshot' });
    expect(describeOperator(true, null, dep({}, 'registry/operator:latest'))).toMatchObject({ version: null, source: 'crds' });
  });

  it('otherwise bounds it by what the CRDs hold, never inventing a number', () => {
    const old = describeOperator(false, crd({ jobStatus: {} }), null);
    expect(old).toMatchObject({ version: null, source: 'crds', savepoints: 'trigger_nonce' });
    expect(old.detail).toContain('older than 1.10');
    expect(old.detail).toContain('no observedGeneration');
    expect(describeOperator(true, crd({ observedGeneration: {} }), null).detail).toContain('1.10 or later');
  });

  it('reads the flinkVersion values of the v1beta1 schema', () => {
    expect(flinkVersionsOf(crd({}))).toEqual(['v1_17', 'v1_18']);
    expect(flinkVersionsOf({})).toEqual([]);
  });
});
