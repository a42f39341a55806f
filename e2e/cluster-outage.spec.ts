// While a workspace's cluster does not answer, every page of the workspace says so, live: an
// admin watching a running application sees the notice appear (naming the cluster, since when and
// why, with a link to the cluster) while the application keeps its last observed state; a viewer
// sees the same notice without the link; the workspaces list marks the cluster; a quota changed
// meanwhile waits, pending; and the notice goes away and the workspace turns ready by themselves
// once the API server is back (the spec starts it again for the next one).
import { expect, test } from './fixtures';
import { kubeRequest } from './harness/kube-http';
import { writeStatus } from './harness/operator-stand-in';
import { runningApplicationStatus } from './harness/operator-status';
import { createReadyWorkspace, grantRole, inviteMember, registerCluster, screenshots, SHOTS, signUpOrganization, uniqueSuffix } from './support';

test('the workspace says when its cluster does not answer, keeps the last observed state, and clears when it answers again', async ({ page, browser, baseURL, controlPlane: cp }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const { slug } = await signUpOrganization(page);
  await registerCluster(page, slug, cp);
  const ws = `outage-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  const viewer = await inviteMember(page, browser, slug, 'Vera Viewer');
  await grantRole(page, slug, ws, { name: 'Vera Viewer', email: viewer.email }, 'viewer');

  // An application, created through the API with the admin's session, reported running by the
  // operator stand-in.
  const name = 'orders';
  const created = await page.request.post(`/api/v1/orgs/${slug}/workspaces/${ws}/applications`, {
    headers: { origin: baseURL! },
    data: { name, image: 'flink:1.20', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar' },
  });
  expect(created.status()).toBe(201);
  const ref = { kind: 'FlinkDeployment' as const, namespace: ws, name };
  await expect.poll(async () => (await kubeRequest(cp.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${ws}/flinkdeployments/${name}`)).status, { timeout: 30_000 }).toBe(200);
  await writeStatus(cp.admin, ref, runningApplicationStatus());

  await page.goto(`/orgs/${slug}/workspaces/${ws}/applications/${name}`);
  const state = page.getByRole('status', { name: /^State:/ });
  await expect(state).toHaveAccessibleName('State: Running', { timeout: 20_000 });
  const notice = page.getByTestId('cluster-notice');
  await expect(notice).toBeEmpty();

  await cp.stopApiServer();
  try {
    // The health probe notices within its 15 s interval; the notice follows without a reload.
    await expect(notice).toContainText('Cluster local has not answered since', { timeout: 60_000 });
    await expect(notice).toContainText(`Connection refused by ${cp.url}`);
    await expect(notice).toContainText('What you see here is the last status observed; changes you make are kept and applied when the cluster answers again.');
    await expect(notice.getByRole('link', { name: 'Open the cluster' })).toHaveAttribute('href', `/orgs/${slug}/clusters/local`);
    // Nothing is invented: the application keeps the state last observed.
    await expect(state).toHaveAccessibleName('State: Running');
    await expect(page.getByText(/Last observed/).first()).toBeVisible();
    await screenshots(page, 'cluster-outage-application');

    // A viewer sees the same on the workspace's overview, without the link to a page they may not open.
    await viewer.page.setViewportSize({ width: 1366, height: 900 });
    await viewer.page.goto(`/orgs/${slug}/workspaces/${ws}`);
    const viewerNotice = viewer.page.getByTestId('cluster-notice');
    await expect(viewerNotice).toContainText('Cluster local has not answered since');
    await expect(viewerNotice.getByRole('link')).toHaveCount(0);
    await expect(viewer.page.getByRole('heading', { level: 1, name: ws })).toBeVisible();
    await viewer.page.screenshot({ path: `${SHOTS}/cluster-outage-viewer-overview-light.png`, fullPage: true });

    // The workspaces list marks the workspace whose cluster does not answer.
    await page.goto(`/orgs/${slug}/workspaces`);
    await expect(page.getByRole('row', { name: new RegExp(ws) }).getByTestId('workspace-cluster-health')).toHaveText('Unreachable');
    await screenshots(page, 'cluster-outage-workspaces');

    // A change made meanwhile is kept: the workspace waits, pending, in its header.
    await page.goto(`/orgs/${slug}/workspaces/${ws}/settings`);
    await expect(notice).toContainText('Cluster local has not answered since');
    await page.getByLabel('CPU').fill('3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Settings saved: applying them to the namespace.')).toBeVisible();
    await expect(page.getByTestId('workspace-state')).toHaveText('Pending');
  } finally {
    await cp.startApiServer();
  }
  // The probe backs off while failing, so the first success may take up to a minute; the header
  // and the notice follow without a reload once the cluster has the change.
  await expect(notice).toBeEmpty({ timeout: 90_000 });
  await expect(page.getByTestId('workspace-state')).toHaveText('Ready', { timeout: 60_000 });
  await page.goto(`/orgs/${slug}/workspaces/${ws}/applications/${name}`);
  await expect(state).toHaveAccessibleName('State: Running');
});
