// The pod policy through /api/v1 against real PostgreSQL: each class of pod template and Flink
// configuration that would escape the workspace is a 422 naming the field, for applications,
// sessions and session jobs, on create and on update, and nothing is stored or queued to be
// applied. A baseline workspace allows what baseline allows; turning it restricted leaves stored
// specs alone but checks their next change.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, createTestWorkspace, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, operations, sessionJobs, workspaces } from '@/lib/db/schema';
import { CRD_FLINK_VERSIONS, minimalApplicationInput, sessionInput, sessionJobInput } from '@/lib/k8s/flink/fixtures';
import * as applications from './orgs/[org]/workspaces/[ws]/applications/route';
import * as application from './orgs/[org]/workspaces/[ws]/applications/[app]/route';
import * as sessions from './orgs/[org]/workspaces/[ws]/sessions/route';
import * as session from './orgs/[org]/workspaces/[ws]/sessions/[session]/route';
import * as jobs from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/route';
import * as job from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/route';

let org: TestOrg;
let admin: string;
let ws: { id: string; name: string };

beforeAll(async () => {
  org = await createTestOrg();
  ws = await createTestWorkspace(org, CRD_FLINK_VERSIONS);
  admin = (await createTestToken(org, { role: 'admin' })).token;
});

const params = (extra: Record<string, string> = {}, workspace = ws) => ({ org: org.slug, ws: workspace.name, ...extra });

/** One member of each class: [pod template, the field path the 422 names]. */
const TEMPLATES: [unknown, string][] = [
  [{ spec: { hostNetwork: true } }, 'podTemplate.spec.hostNetwork'],
  [{ spec: { hostPID: true } }, 'podTemplate.spec.hostPID'],
  [{ spec: { volumes: [{ name: 'root', hostPath: { path: '/' } }] } }, 'podTemplate.spec.volumes.0.hostPath'],
  [{ spec: { volumes: [{ name: 'nfs', nfs: { server: 'nas', path: '/' } }] } }, 'podTemplate.spec.volumes.0.nfs'],
  ['spec:\n  containers:\n    - name: flink-main-container\n      securityContext:\n        privileged: true\n', 'podTemplate.spec.containers.0.securityContext.privileged'],
  [{ spec: { containers: [{ name: 'x', securityContext: { allowPrivilegeEscalation: true } }] } }, 'podTemplate.spec.containers.0.securityContext.allowPrivilegeEscalation'],
  [{ spec: { initContainers: [{ name: 'x', securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }] } }, 'podTemplate.spec.initContainers.0.securityContext.capabilities.add.0'],
  [{ spec: { securityContext: { runAsUser: 0 } } }, 'podTemplate.spec.securityContext.runAsUser'],
  [{ spec: { containers: [{ name: 'x', ports: [{ containerPort: 80, hostPort: 80 }] }] } }, 'podTemplate.spec.containers.0.ports.0.hostPort'],
  [{ spec: { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }] } } }, 'podTemplate.spec.securityContext.sysctls.0'],
  [{ spec: { containers: [{ name: 'x', securityContext: { seccompProfile: { type: 'Unconfined' } } }] } }, 'podTemplate.spec.containers.0.securityContext.seccompProfile.type'],
  [{ spec: { serviceAccountName: 'default' } }, 'podTemplate.spec.serviceAccountName'],
  [{ spec: { nodeName: 'node-1' } }, 'podTemplate.spec.nodeName'],
  [{ metadata: { namespace: 'kube-system' } }, 'podTemplate.metadata.namespace'],
];

/** [Flink configuration, the field path the 422 names]. */
const CONFIGS: [Record<string, string>, string][] = [
  [{ 'kubernetes.hostnetwork.enabled': 'true' }, 'flinkConfiguration.kubernetes.hostnetwork.enabled'],
  [{ 'kubernetes.jobmanager.service-account': 'default' }, 'flinkConfiguration.kubernetes.jobmanager.service-account'],
  [{ 'kubernetes.pod-template-file.taskmanager': '/etc/passwd' }, 'flinkConfiguration.kubernetes.pod-template-file.taskmanager'],
  [{ 'kubernetes.config.file': '/root/.kube/config' }, 'flinkConfiguration.kubernetes.config.file'],
  [{ 'security.kerberos.krb5-conf.path': '/etc/krb5.conf' }, 'flinkConfiguration.security.kerberos.krb5-conf.path'],
];

async function counts() {
  const db = await getDb();
  const [deployments] = await db.select({ n: sql<number>`count(*)::int` }).from(flinkDeployments).where(eq(flinkDeployments.workspaceId, ws.id));
  const [jobRows] = await db.select({ n: sql<number>`count(*)::int` }).from(sessionJobs).where(eq(sessionJobs.workspaceId, ws.id));
  const [ops] = await db.select({ n: sql<number>`count(*)::int` }).from(operations).where(eq(operations.organizationId, org.id));
  const [versions] = await db.select({ v: sql<number>`coalesce(sum(${flinkDeployments.version}), 0)::int` }).from(flinkDeployments).where(eq(flinkDeployments.workspaceId, ws.id));
  return { deployments: deployments!.n, jobs: jobRows!.n, operations: ops!.n, versions: versions!.v };
}

function expectRefusedAt(res: { status: number; body: { error: { fieldErrors: Record<string, string[]> } } }, path: string) {
  expect(res.status, path).toBe(422);
  expect(Object.keys(res.body.error.fieldErrors), path).toContain(path);
  expect(res.body.error.fieldErrors[path]![0]!.length).toBeGreaterThan(10);
}

async function readySession(): Promise<string> {
  const name = randomSlug('s');
  expect((await call(sessions.POST, 'POST', '', { token: admin, body: { ...sessionInput, name }, params: params() })).status).toBe(201);
  await (await getDb()).update(flinkDeployments).set({ state: 'running', appliedGeneration: 1, observedGeneration: 1 }).where(and(eq(flinkDeployments.workspaceId, ws.id), eq(flinkDeployments.name, name)));
  return name;
}

describe('the pod policy through the API (restricted workspace)', () => {
  it('refuses each class in applications and sessions, created or updated, storing and applying nothing', async () => {
    const app = randomSlug('app');
    expect((await call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: app }, params: params() })).status).toBe(201);
    const sess = await readySession();
    const before = await counts();
    for (const [podTemplate, path] of TEMPLATES) {
      expectRefusedAt(await call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: randomSlug('bad'), podTemplate }, params: params() }), path);
      expectRefusedAt(await call(application.PUT, 'PUT', '', { token: admin, body: { ...minimalApplicationInput, name: app, podTemplate }, params: params({ app }) }), path);
      expectRefusedAt(await call(sessions.POST, 'POST', '', { token: admin, body: { ...sessionInput, name: randomSlug('bad'), podTemplate }, params: params() }), path);
      expectRefusedAt(await call(session.PUT, 'PUT', '', { token: admin, body: { ...sessionInput, name: sess, podTemplate }, params: params({ session: sess }) }), path);
    }
    for (const [flinkConfiguration, path] of CONFIGS) {
      expectRefusedAt(await call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: randomSlug('bad'), flinkConfiguration }, params: params() }), path);
      expectRefusedAt(await call(session.PUT, 'PUT', '', { token: admin, body: { ...sessionInput, name: sess, flinkConfiguration }, params: params({ session: sess }) }), path);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses session jobs whose configuration escapes, submitted or upgraded', async () => {
    const sess = await readySession();
    const name = randomSlug('j');
    expect((await call(jobs.POST, 'POST', '', { token: admin, body: { ...sessionJobInput, name, savepointDir: 's3://b/sp' }, params: params({ session: sess }) })).status).toBe(201);
    const before = await counts();
    for (const [flinkConfiguration, path] of CONFIGS) {
      expectRefusedAt(await call(jobs.POST, 'POST', '', { token: admin, body: { ...sessionJobInput, name: randomSlug('bad'), savepointDir: 's3://b/sp', flinkConfiguration }, params: params({ session: sess }) }), path);
      expectRefusedAt(await call(job.PUT, 'PUT', '', { token: admin, body: { ...sessionJobInput, name, savepointDir: 's3://b/sp', flinkConfiguration }, params: params({ session: sess, job: name }) }), path);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('a baseline workspace', () => {
  it('allows what baseline allows, refuses what it refuses, and a later restricted level checks the next change', async () => {
    const baseline = await createTestWorkspace(org, CRD_FLINK_VERSIONS);
    const db = await getDb();
    await db.update(workspaces).set({ podSecurityLevel: 'baseline' }).where(eq(workspaces.id, baseline.id));
    const asRoot = { spec: { securityContext: { runAsUser: 0 }, volumes: [{ name: 'nfs', nfs: { server: 'nas', path: '/' } }] } };
    const name = randomSlug('app');
    const created = await call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name, podTemplate: asRoot }, params: params({}, baseline) });
    expect(created.status).toBe(201);
    expectRefusedAt(
      await call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: randomSlug('bad'), podTemplate: { spec: { hostNetwork: true } } }, params: params({}, baseline) }),
      'podTemplate.spec.hostNetwork',
    );

    await db.update(workspaces).set({ podSecurityLevel: 'restricted' }).where(eq(workspaces.id, baseline.id));
    const [stored] = await db.select().from(flinkDeployments).where(and(eq(flinkDeployments.workspaceId, baseline.id), eq(flinkDeployments.name, name)));
    expect((stored!.spec as { podTemplate: unknown }).podTemplate).toEqual(asRoot);
    const again = await call(application.PUT, 'PUT', '', { token: admin, body: { ...minimalApplicationInput, name, podTemplate: asRoot, parallelism: 2 }, params: params({ app: name }, baseline) });
    expectRefusedAt(again, 'podTemplate.spec.securityContext.runAsUser');
    expectRefusedAt(again, 'podTemplate.spec.volumes.0.nfs');
    const [unchanged] = await db.select().from(flinkDeployments).where(eq(flinkDeployments.id, stored!.id));
    expect(unchanged!.version).toBe(stored!.version);
  });
});
