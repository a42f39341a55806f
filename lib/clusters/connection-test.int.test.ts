// The connection test against real kube-apiservers: a healthy cluster, each way a connection
// can fail (distinct and clear), missing permissions with RBAC that really fixes them, and a
// control plane without the Flink operator's CRDs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { freePort } from '@/e2e/harness/free-port';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { REQUIRED_RULES, requiredPermissionChecks } from '@/lib/k8s/required-permissions';
import { parseAllDocuments } from 'yaml';
import { runConnectionTest } from './connection-test';

let cp: ControlPlane;
let bare: ControlPlane;
let old: ControlPlane;

beforeAll(async () => {
  [cp, bare, old] = await Promise.all([startControlPlane(), startControlPlane({ installCrds: false }), startControlPlane({ crds: '1.7.0' })]);
}, 300_000);

afterAll(async () => {
  await Promise.all([cp?.stop(), bare?.stop(), old?.stop()]);
});

const token = (t: string) => ({ kind: 'token' as const, token: t });
const conn = (over: Partial<Parameters<typeof runConnectionTest>[0]> = {}) => ({
  apiServerUrl: cp.url,
  caPem: cp.caPem,
  tlsServerName: null,
  insecureSkipTlsVerify: false,
  credentials: token(cp.restrictedToken),
  ...over,
});

describe('a connection test', () => {
  it('reports a healthy cluster: identity, version, CRDs, flinkVersions, every permission', async () => {
    const report = await runConnectionTest(conn());
    expect(report).toMatchObject({ health: 'reachable', problem: null, identity: { username: 'flotilla' } });
    expect(report.kubernetesVersion).toMatch(/^v1\.\d+/);
    expect(report.crds).toMatchObject({ installed: ['flinkdeployments', 'flinksessionjobs', 'flinkstatesnapshots'], missing: [] });
    expect(report.crds!.flinkVersions).toContain('v1_20');
    expect(report.crds!.served).toEqual({ flinkdeployments: ['v1beta1'], flinksessionjobs: ['v1beta1'], flinkstatesnapshots: ['v1beta1'] });
    expect(report.crds!.operator).toMatchObject({ version: null, source: 'crds', savepoints: 'snapshot' });
    expect(report.crds!.operator!.detail).toContain('1.10 or later');
    expect(report.permissions).toEqual({ checked: requiredPermissionChecks().length, missing: [], rbac: null });
  });

  it('takes a 1.7-era cluster without FlinkStateSnapshot as usable, with savepoints through the trigger nonce', async () => {
    const report = await runConnectionTest({ ...conn(), apiServerUrl: old.url, caPem: old.caPem, credentials: token(old.restrictedToken) });
    expect(report).toMatchObject({ health: 'reachable', problem: null });
    expect(report.crds).toMatchObject({ installed: ['flinkdeployments', 'flinksessionjobs'], missing: ['flinkstatesnapshots'] });
    expect(report.crds!.operator).toMatchObject({ version: null, source: 'crds', savepoints: 'trigger_nonce' });
    expect(report.crds!.operator!.detail).toMatch(/older than 1\.10.*no observedGeneration/);
    expect(report.steps.find((s) => s.name === 'Flink operator')?.detail).toContain('savepointTriggerNonce');
  });

  it("reads the operator's version from its Helm-installed Deployment", async () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'flink-operator-system' } };
    expect((await kubeRequest(old.admin, 'POST', '/api/v1/namespaces', ns)).status).toBe(201);
    const labels = { 'app.kubernetes.io/name': 'flink-kubernetes-operator', 'app.kubernetes.io/version': '1.7.0' };
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'flink-kubernetes-operator', labels },
      spec: {
        selector: { matchLabels: { 'app.kubernetes.io/name': 'flink-kubernetes-operator' } },
        template: { metadata: { labels }, spec: { containers: [{ name: 'flink-kubernetes-operator', image: 'apache/flink-kubernetes-operator:1.7.0' }] } },
      },
    };
    expect((await kubeRequest(old.admin, 'POST', '/apis/apps/v1/namespaces/flink-operator-system/deployments', deployment)).status).toBe(201);
    const report = await runConnectionTest({ ...conn(), apiServerUrl: old.url, caPem: old.caPem, credentials: token(old.restrictedToken) });
    expect(report.crds!.operator).toMatchObject({ version: '1.7.0', source: 'deployment', savepoints: 'trigger_nonce' });
  });

  it('authenticates with a client certificate signed by the cluster CA', async () => {
    const { certPem, keyPem } = cp.issueClientCertificate('flotilla');
    const report = await runConnectionTest(conn({ credentials: { kind: 'client_certificate', certPem, keyPem } }));
    expect(report).toMatchObject({ health: 'reachable', problem: null, identity: { username: 'flotilla' } });
  });

  it('explains a client certificate whose key does not match it', async () => {
    const a = cp.issueClientCertificate('flotilla');
    const b = cp.issueClientCertificate('someone-else');
    const report = await runConnectionTest(conn({ credentials: { kind: 'client_certificate', certPem: a.certPem, keyPem: b.keyPem } }));
    expect(report).toMatchObject({ health: 'unreachable', problem: 'tls_failed' });
    expect(report.summary).toContain('client certificate and key cannot be used');
    expect(report.summary).not.toContain('PRIVATE KEY');
  });

  it('tells a wrong CA, a wrong token and an unreachable address apart', async () => {
    const wrongCa = await runConnectionTest(conn({ caPem: bare.caPem }));
    expect(wrongCa).toMatchObject({ health: 'unreachable', problem: 'tls_failed' });
    expect(wrongCa.summary).toMatch(/^TLS verification failed/);

    const wrongToken = await runConnectionTest(conn({ credentials: token('not-a-valid-token') }));
    expect(wrongToken).toMatchObject({ health: 'auth_failed', problem: 'auth_failed' });
    expect(wrongToken.summary).toMatch(/Authentication failed.*token/);

    const nothing = `https://127.0.0.1:${await freePort()}`;
    const unreachable = await runConnectionTest(conn({ apiServerUrl: nothing }));
    expect(unreachable).toMatchObject({ health: 'unreachable', problem: 'unreachable' });
    expect(unreachable.summary).toContain(`Connection refused by ${nothing}`);

    const wrongName = await runConnectionTest(conn({ tlsServerName: 'not-the-server.example.com' }));
    expect(wrongName).toMatchObject({ problem: 'tls_failed' });
  });

  it('checks the address each connection actually resolves to (a custom resolver)', async () => {
    let answer = '127.0.0.1';
    const resolver = async () => [{ address: answer, family: 4 }];
    const named = conn({ apiServerUrl: `https://cluster.flotilla.test:${new URL(cp.url).port}`, tlsServerName: 'localhost' });
    expect((await runConnectionTest(named, { resolver, permissions: false })).health).toBe('reachable');
    answer = '169.254.169.254';
    const refused = await runConnectionTest(named, { resolver, permissions: false });
    expect(refused).toMatchObject({ health: 'unreachable', problem: 'address_refused' });
    expect(refused.summary).toContain('cluster.flotilla.test resolves to a refused address: 169.254.169.254 is link-local');
    answer = '127.0.0.1';
    expect((await runConnectionTest(named, { resolver, permissions: false, policy: () => 'private' })).problem).toBe('address_refused');
  });

  it('connects without verification only when insecure is chosen, and says so', async () => {
    const report = await runConnectionTest(conn({ caPem: null, insecureSkipTlsVerify: true }));
    expect(report.problem).toBeNull();
    expect(report.steps[0]!.detail).toContain('TLS verification is OFF');
    expect((await runConnectionTest(conn({ caPem: null }))).problem).toBe('tls_failed');
  });

  it('lists missing permissions with RBAC that grants exactly them', async () => {
    const partial = cp.issueClientCertificate('partial-identity');
    const role = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'partial' }, rules: REQUIRED_RULES.slice(0, 3) };
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'partial' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'partial' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'partial-identity' }],
    };
    expect((await kubeRequest(cp.admin, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterroles', role)).status).toBe(201);
    expect((await kubeRequest(cp.admin, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', binding)).status).toBe(201);
    const partialConn = conn({ credentials: { kind: 'client_certificate', certPem: partial.certPem, keyPem: partial.keyPem } });

    const report = await runConnectionTest(partialConn);
    expect(report).toMatchObject({ health: 'reachable', problem: 'permissions_missing' });
    const missing = report.permissions!.missing;
    expect(missing).toContainEqual({ group: 'flink.apache.org', resource: 'flinkdeployments', verb: 'create' });
    expect(missing).toContainEqual({ group: '', resource: 'pods', subresource: 'log', verb: 'get' });
    expect(missing).not.toContainEqual({ group: '', resource: 'namespaces', verb: 'create' });
    expect(report.summary).toContain(`${missing.length} permissions Flotilla needs are missing`);

    for (const doc of parseAllDocuments(report.permissions!.rbac!).map((d) => d.toJS())) {
      const kind = doc.kind === 'ClusterRole' ? 'clusterroles' : 'clusterrolebindings';
      expect((await kubeRequest(cp.admin, 'POST', `/apis/rbac.authorization.k8s.io/v1/${kind}`, doc)).status).toBe(201);
    }
    const fixed = await runConnectionTest(partialConn);
    expect(fixed.permissions!.missing).toEqual([]);
    expect(fixed.problem).toBeNull();
  });

  it('reports exactly the rule that was removed from the manifest', async () => {
    for (const removed of REQUIRED_RULES.filter((r) => r.verbs.includes('bind') || r.resources.includes('namespaces'))) {
      const user = `without-${removed.resources[0]}`;
      const id = cp.issueClientCertificate(user);
      const role = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: user }, rules: REQUIRED_RULES.filter((r) => r !== removed) };
      const binding = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: user },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: user },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
      };
      expect((await kubeRequest(cp.admin, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterroles', role)).status).toBe(201);
      expect((await kubeRequest(cp.admin, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', binding)).status).toBe(201);
      const report = await runConnectionTest(conn({ credentials: { kind: 'client_certificate', certPem: id.certPem, keyPem: id.keyPem } }));
      expect(report.problem).toBe('permissions_missing');
      expect(report.permissions!.missing).toEqual(requiredPermissionChecks([removed]));
    }
  });

  it("lists every permission of an identity granted nothing", async () => {
    const report = await runConnectionTest(conn({ credentials: token(cp.unprivilegedToken) }));
    expect(report.identity?.username).toBe('nobody');
    expect(report.permissions!.missing.length).toBeGreaterThan(50);
    expect(report.crds!.missing).toEqual([]);
    // Without the right to read the CRD, its flinkVersion values are unknown, not invented.
    expect(report.crds!.flinkVersions).toEqual([]);
  });

  it('detects the missing CRDs of a control plane without the operator', async () => {
    const report = await runConnectionTest({ ...conn(), apiServerUrl: bare.url, caPem: bare.caPem, credentials: token(bare.adminToken) });
    expect(report).toMatchObject({ health: 'crds_missing', problem: 'crds_missing', crds: { installed: [], missing: ['flinkdeployments', 'flinksessionjobs', 'flinkstatesnapshots'] } });
    expect(report.steps.find((s) => s.name === 'Flink operator CRDs')?.detail).toContain('Install the Apache Flink Kubernetes Operator');
  });
});
