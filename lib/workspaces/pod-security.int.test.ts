// Pod Security Admission on real workspace namespaces: provisioned (and adopted) namespaces
// carry the labels of their workspace's level, the API server's admission enforces them (each
// pod is created by the cluster admin with dryRun, so only admission can refuse it), the pods
// the operator would build from Flotilla's FlinkDeployments are admitted under `restricted`, and
// changing the level through the service relabels the namespace.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '@/e2e/harness/flink-workspace';
import { kubeApiFor } from '@/e2e/harness/kube-api-adapter';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { addTestMember, createTestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { clusters, workspaces } from '@/lib/db/schema';
import { buildApplicationDeployment, buildSessionDeployment } from '@/lib/k8s/flink/build-flink-deployment';
import { minimalApplication, session } from '@/lib/k8s/flink/fixtures';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { Worker } from '@/lib/reconciler/worker';
import { workspaceHandlers } from './reconcile';
import { createWorkspace, updateWorkspace } from './write';

const { admin, restricted } = kubeTargets();
let ctx: OrgCtx;
let clusterName: string;
let worker: Worker;

beforeAll(async () => {
  const org = await createTestOrg();
  const orgAdmin = await addTestMember(org, 'admin');
  ctx = await resolveOrgCtx({ requestId: 'psa-test', actor: { type: 'user', id: orgAdmin.id, email: orgAdmin.email, name: orgAdmin.email } }, org.slug);
  const db = await getDb();
  clusterName = uniqueName('local');
  const [cluster] = await db
    .insert(clusters)
    .values({ organizationId: org.id, name: clusterName, apiServerUrl: 'https://127.0.0.1:6443', credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k' })
    .returning();
  // Provisioned as Flotilla's least-privileged identity, through the guard policy.
  worker = new Worker({ db, handlers: workspaceHandlers(async () => kubeApiFor(restricted)), clusterIds: [cluster!.id], pollMs: 100, log: () => {} });
  worker.start();
});
afterAll(() => worker?.stop());

type Labels = Record<string, string>;
const labelsOf = async (ns: string) => (await kubeRequest<{ metadata: { labels?: Labels } }>(admin, 'GET', `/api/v1/namespaces/${ns}`)).body.metadata.labels ?? {};
const rowState = async (id: string) => (await (await getDb()).select().from(workspaces).where(eq(workspaces.id, id)))[0]?.state;

async function readyWorkspace(input: Record<string, unknown> = {}): Promise<{ id: string; name: string; namespace: string }> {
  const ws = await createWorkspace(ctx, { name: uniqueName('psa'), cluster: clusterName, ...input });
  await until('workspace ready', () => rowState(ws.id), (s) => s === 'ready');
  return ws;
}

type PodSpec = Record<string, unknown> & { containers: Record<string, unknown>[] };
const container = { name: 'app', image: 'busybox' };
/** A pod that `restricted` admits; each case below breaks one rule of it. */
const compliant = (): PodSpec => ({
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [{ ...container, securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
});

/** Admission's answer to a pod in `ns`, created by the cluster admin as a dry run: nothing is stored. */
async function admit(ns: string, spec: PodSpec): Promise<{ status: number; message: string }> {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: uniqueName('pod') }, spec };
  const res = await kubeRequest<{ message?: string }>(admin, 'POST', `/api/v1/namespaces/${ns}/pods?dryRun=All`, pod);
  return { status: res.status, message: res.body.message ?? '' };
}

const escapes: [string, (s: PodSpec) => PodSpec][] = [
  ['a privileged container', (s) => ({ ...s, containers: [{ ...container, securityContext: { privileged: true } }] })],
  ['a hostPath volume', (s) => ({ ...s, volumes: [{ name: 'root', hostPath: { path: '/' } }] })],
  ['the host network', (s) => ({ ...s, hostNetwork: true })],
  ['the host PID namespace', (s) => ({ ...s, hostPID: true })],
  ['an added capability', (s) => ({ ...s, containers: [{ ...container, securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }] })],
];

describe('Pod Security Admission in workspace namespaces', () => {
  it('labels a new workspace restricted and refuses every escape from it, and pods without the restricted securityContext', async () => {
    const ws = await readyWorkspace();
    expect(await labelsOf(ws.namespace)).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'app.kubernetes.io/managed-by': 'flotilla',
    });
    expect((await admit(ws.namespace, compliant())).status).toBe(201);
    for (const [what, make] of escapes) {
      const answer = await admit(ws.namespace, make(compliant()));
      expect(answer.status, what).toBe(403);
      expect(answer.message, what).toContain('violates PodSecurity "restricted:latest"');
    }
    const plain = await admit(ws.namespace, { containers: [container] });
    expect(plain.status).toBe(403);
    expect(plain.message).toMatch(/allowPrivilegeEscalation != false.*runAsNonRoot != true/s);
  });

  it('admits under restricted the pods the operator builds from Flotilla’s FlinkDeployments', async () => {
    const ws = await readyWorkspace();
    const target = { id: ws.id, workspaceId: ws.id, namespace: ws.namespace };
    const deployments = [
      buildApplicationDeployment({ ...target, spec: minimalApplication() }),
      buildSessionDeployment({ ...target, spec: session() }), // with an init container fetching jars
    ];
    for (const deployment of deployments) {
      const template = deployment.spec.podTemplate as { spec: PodSpec };
      // As the operator does: the main container gets the image, the pod the ServiceAccount.
      const containers = template.spec.containers.map((c) => (c.name === 'flink-main-container' ? { ...c, image: deployment.spec.image } : c));
      const answer = await admit(ws.namespace, { ...template.spec, containers, serviceAccountName: 'flink' });
      expect(answer, deployment.metadata.name).toMatchObject({ status: 201 });
    }
  });

  it('enforces baseline where an org admin chose it: the escapes are still refused, a plain pod is admitted', async () => {
    const ws = await readyWorkspace({ podSecurityLevel: 'baseline' });
    expect(await labelsOf(ws.namespace)).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/warn': 'restricted' });
    for (const [what, make] of escapes) {
      const answer = await admit(ws.namespace, make({ containers: [container] }));
      expect(answer.status, what).toBe(403);
      expect(answer.message, what).toContain('violates PodSecurity "baseline:latest"');
    }
    expect((await admit(ws.namespace, { containers: [container] })).status).toBe(201);
  });

  it('relabels the namespace when the level changes, and labels an adopted namespace too', async () => {
    const ws = await readyWorkspace();
    expect((await admit(ws.namespace, { containers: [container] })).status).toBe(403);
    await updateWorkspace(ctx, ws.name, { podSecurityLevel: 'baseline' });
    await until('namespace relabelled', () => labelsOf(ws.namespace), (l) => l['pod-security.kubernetes.io/enforce'] === 'baseline');
    expect((await admit(ws.namespace, { containers: [container] })).status).toBe(201);
    await updateWorkspace(ctx, ws.name, { podSecurityLevel: 'restricted' });
    await until('namespace relabelled', () => labelsOf(ws.namespace), (l) => l['pod-security.kubernetes.io/enforce'] === 'restricted');
    expect((await admit(ws.namespace, { containers: [container] })).status).toBe(403);

    // A namespace someone left privileged is restricted once adopted.
    const existing = uniqueName('existing');
    const privileged = { 'pod-security.kubernetes.io/enforce': 'privileged' };
    expect((await kubeRequest(admin, 'POST', '/api/v1/namespaces', { metadata: { name: existing, labels: privileged } })).status).toBe(201);
    expect((await admit(existing, { containers: [{ ...container, securityContext: { privileged: true } }] })).status).toBe(201);
    await readyWorkspace({ namespace: existing, adoptNamespace: true });
    expect(await labelsOf(existing)).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'restricted' });
    expect((await admit(existing, { containers: [{ ...container, securityContext: { privileged: true } }] })).status).toBe(403);
  });
});
