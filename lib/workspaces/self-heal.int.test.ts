// Status keeps coming back after a workspace is ready: a namespace deleted behind Flotilla's
// back is noticed by the status poller, shown pending with the reason, and created again.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets } from '@/e2e/harness/kube-test-target';
import { getDb } from '@/lib/db/client';
import { workspaces } from '@/lib/db/schema';

const kube = kubeTargets();
let env: FlinkWorkspace;

beforeAll(async () => {
  env = await startFlinkWorkspace('heal');
});
afterAll(() => env?.stop());

it('creates a namespace deleted outside Flotilla again, saying so meanwhile', async () => {
  const db = await getDb();
  const row = async () => (await db.select().from(workspaces).where(eq(workspaces.name, env.ws)))[0]!;
  const observed = await until('observed', row, (w) => w.lastObservedAt !== null);
  expect(observed.state).toBe('ready');
  const before = (await kubeRequest<{ metadata: { uid: string } }>(kube.admin, 'GET', `/api/v1/namespaces/${env.namespace}`)).body.metadata.uid;

  expect((await kubeRequest(kube.admin, 'DELETE', `/api/v1/namespaces/${env.namespace}`)).status).toBe(200);
  const noticed = await until('noticed', row, (w) => w.state === 'pending');
  // The poller's words, or, once the re-apply has started, the reconciler's while it waits.
  expect(noticed.stateMessage).toMatch(new RegExp(`Namespace ${env.namespace} (is being deleted outside Flotilla|disappeared from the cluster|is still being deleted)`));

  await until('ready again', row, (w) => w.state === 'ready', 90_000);
  const again = await kubeRequest<{ metadata: { uid: string; labels: Record<string, string> } }>(kube.admin, 'GET', `/api/v1/namespaces/${env.namespace}`);
  expect(again.status).toBe(200);
  expect(again.body.metadata.uid).not.toBe(before);
  expect(again.body.metadata.labels['app.kubernetes.io/managed-by']).toBe('flotilla');
});
