// The savepoints the Flink operator takes by itself show in the console: a periodic one while it
// runs and once completed, and an upgrade one, on the application's page and in the workspace's
// Savepoints tab, with their trigger. The snapshots are created and completed the way operator
// 1.10+ does (e2e/harness/operator-snapshots.ts); Flotilla never asked for them.
import { expect, test } from './fixtures';
import { kubeRequest } from './harness/kube-http';
import { writeStatus } from './harness/operator-stand-in';
import { createOperatorSnapshot, reconcileOperatorSnapshot } from './harness/operator-snapshots';
import { runningApplicationStatus, snapshotStatus } from './harness/operator-status';
import { createReadyWorkspace, registerCluster, screenshots, signUpOrganization, uniqueSuffix } from './support';

test('periodic and upgrade savepoints taken by the operator are listed with their trigger', async ({ page, baseURL, controlPlane: cp }) => {
  test.setTimeout(180_000);
  const { slug } = await signUpOrganization(page);
  await registerCluster(page, slug, cp);
  const ws = `opsnap-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  const name = 'orders';
  const created = await page.request.post(`/api/v1/orgs/${slug}/workspaces/${ws}/applications`, {
    headers: { origin: new URL(baseURL!).origin },
    data: { name, image: 'flink:1.20', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar', upgradeMode: 'savepoint', checkpointDir: 's3://bucket/checkpoints', savepointDir: 's3://bucket/savepoints' },
  });
  expect(created.status()).toBe(201);
  const deploymentPath = `/apis/flink.apache.org/v1beta1/namespaces/${ws}/flinkdeployments/${name}`;
  await expect.poll(async () => (await kubeRequest(cp.admin, 'GET', deploymentPath)).status, { timeout: 30_000 }).toBe(200);
  await writeStatus(cp.admin, { kind: 'FlinkDeployment', namespace: ws, name }, runningApplicationStatus());

  await page.goto(`/orgs/${slug}/workspaces/${ws}/applications/${name}`);
  await expect(page.getByRole('status', { name: /^State:/ })).toHaveAccessibleName('State: Running', { timeout: 20_000 });
  await page.getByRole('tab', { name: 'Savepoints' }).click();
  const job = { namespace: ws, kind: 'FlinkDeployment' as const, name };
  const periodic = await createOperatorSnapshot(cp.admin, job, 'PERIODIC');
  const savepoints = page.getByRole('table', { name: 'Savepoints' });
  const periodicRow = savepoints.getByRole('row', { name: new RegExp(periodic) });
  await expect(periodicRow).toContainText('Periodic', { timeout: 20_000 });
  await reconcileOperatorSnapshot(cp.admin, job, periodic, snapshotStatus('IN_PROGRESS'));
  await expect(periodicRow).toContainText('In progress', { timeout: 20_000 });
  await reconcileOperatorSnapshot(cp.admin, job, periodic, snapshotStatus('COMPLETED', { path: 's3://bucket/savepoints/savepoint-7c1d2e-9f0a1b2c' }));
  await expect(periodicRow).toContainText('Completed', { timeout: 20_000 });
  await expect(periodicRow).toContainText('s3://bucket/savepoints/savepoint-7c1d2e-9f0a1b2c');

  const upgrade = await createOperatorSnapshot(cp.admin, job, 'UPGRADE', 's3://bucket/savepoints/savepoint-4e5f6a-1b2c3d4e');
  await reconcileOperatorSnapshot(cp.admin, job, upgrade, snapshotStatus('COMPLETED', { path: 's3://bucket/savepoints/savepoint-4e5f6a-1b2c3d4e' }));
  const upgradeRow = savepoints.getByRole('row', { name: new RegExp(upgrade) });
  await expect(upgradeRow).toContainText('Upgrade', { timeout: 20_000 });
  await expect(upgradeRow).toContainText('Completed');
  await screenshots(page, 'application-operator-savepoints');

  await page.goto(`/orgs/${slug}/workspaces/${ws}/savepoints`);
  const all = page.getByRole('table', { name: 'Savepoints' });
  await expect(all.getByRole('row', { name: new RegExp(periodic) })).toContainText('Periodic');
  await expect(all.getByRole('row', { name: new RegExp(upgrade) })).toContainText('Upgrade');
  await screenshots(page, 'workspace-operator-savepoints');
});
