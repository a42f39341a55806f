// An admin creates a workspace on the registered local cluster through the form and watches it
// turn ready without a reload, while the in-process reconciler provisions its namespace. A member
// granted editor sees and opens it, another member does not; the admin reads its live overview,
// edits its description and quota, and deletes it.
import { expect, test, type Page } from './fixtures';
import { kubeRequest } from './harness/kube-http';
import { createReadyWorkspace, inviteMember, registerCluster, signUpOrganization, uniqueSuffix } from './support';

test('an admin creates a workspace and watches it turn ready', async ({ page, controlPlane: cp }) => {
  test.setTimeout(120_000);
  const { slug } = await signUpOrganization(page);
  await page.goto(`/orgs/${slug}/workspaces`);
  await expect(page.getByRole('heading', { name: 'No workspaces yet' })).toBeVisible();
  await expect(page.getByText('Register a cluster first')).toBeVisible();

  await registerCluster(page, slug, cp);
  await page.goto(`/orgs/${slug}/workspaces`);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByRole('textbox', { name: 'Name (required)' }).fill('Analytics Team');
  await dialog.getByLabel('CPU').fill('4');
  await dialog.getByLabel('Memory').fill('8Gi');
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  // The refusal names the rule at the field and keeps everything else that was typed.
  await expect(dialog.getByRole('textbox', { name: 'Name (required)' })).toHaveAccessibleDescription(/start and end with a letter or digit/i);
  await expect(dialog.getByLabel('CPU')).toHaveValue('4');
  await expect(dialog.getByLabel('Memory')).toHaveValue('8Gi');

  const namespace = `analytics-${slug.slice(-6)}`;
  await dialog.getByRole('textbox', { name: 'Name (required)' }).fill(namespace);
  await expect(dialog.getByRole('textbox', { name: 'Namespace' })).toHaveValue(namespace);
  await page.screenshot({ path: 'test-results/screenshots/workspace-create-light.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Create workspace' }).click();

  const row = page.getByRole('row', { name: new RegExp(namespace) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Ready')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screenshots/workspaces-light.png', fullPage: true });

  // The workspace's own area: its state, namespace, tabs, and who has access and why.
  await row.getByRole('link', { name: namespace }).click();
  await expect(page.getByRole('heading', { level: 1, name: namespace })).toBeVisible();
  for (const tab of ['Overview', 'Applications', 'Sessions', 'Savepoints', 'Access']) {
    await expect(page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: tab })).toBeVisible();
  }
  const workspaceUrl = page.url();

  // Grant a service account editor on the workspace, then revoke it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service accounts' }).click();
  await page.getByRole('button', { name: 'New service account' }).first().click();
  const saDialog = page.getByRole('dialog', { name: 'New service account' });
  await saDialog.getByLabel('Name').fill('deployer');
  await saDialog.getByRole('button', { name: 'Create service account' }).click();
  await expect(page.getByRole('heading', { name: 'deployer' })).toBeVisible();

  await page.goto(`${workspaceUrl}/access`);
  await expect(page.getByRole('row', { name: /Organization owner/ })).toBeVisible();
  await page.getByLabel('Person or service account').selectOption({ label: 'deployer (service account)' });
  await page.getByLabel('Role').selectOption('editor');
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  const granted = page.getByRole('row', { name: /deployer/ });
  await expect(granted).toContainText('editor');
  await expect(granted).toContainText('Granted on this workspace');
  await page.screenshot({ path: 'test-results/screenshots/workspace-access-light.png', fullPage: true });
  await granted.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog', { name: /Revoke deployer/ }).getByRole('button', { name: 'Revoke access' }).click();
  await expect(page.getByRole('row', { name: /deployer/ })).toHaveCount(0);

  const ns = await kubeRequest<{ metadata: { labels: Record<string, string> } }>(cp.admin, 'GET', `/api/v1/namespaces/${namespace}`);
  expect(ns.status).toBe(200);
  expect(ns.body.metadata.labels['app.kubernetes.io/managed-by']).toBe('flotilla');
  expect(ns.body.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  const quota = await kubeRequest<{ spec: { hard: Record<string, string> } }>(cp.admin, 'GET', `/api/v1/namespaces/${namespace}/resourcequotas/flotilla-quota`);
  expect(quota.body.spec.hard['limits.cpu']).toBe('4');
});

const SHOTS = 'test-results/screenshots';

/** Light and dark full-page screenshots at the configured laptop width (1366). */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
}

test('a granted member sees the workspace and another does not; the admin edits its settings and deletes it', async ({ page, browser, controlPlane: cp }) => {
  test.setTimeout(240_000);
  const { slug } = await signUpOrganization(page);
  await registerCluster(page, slug, cp);
  const name = `orders-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, name, { description: 'Orders pipelines', cpu: '2', deployments: '2' });
  const workspaceUrl = `/orgs/${slug}/workspaces/${name}`;

  const mia = await inviteMember(page, browser, slug, 'Mia Member');
  const noah = await inviteMember(page, browser, slug, 'Noah Nogrant');
  await page.goto(`${workspaceUrl}/access`);
  await page.getByLabel('Person or service account').selectOption({ label: `Mia Member (${mia.email})` });
  await page.getByLabel('Role').selectOption('editor');
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(page.getByRole('row', { name: /Mia Member|mia-/ })).toContainText('editor');

  // The editor sees the workspace in the list, opens it, and may read but not change its settings.
  await mia.page.goto(`/orgs/${slug}/workspaces`);
  await mia.page.getByRole('row', { name: new RegExp(name) }).getByRole('link', { name }).click();
  await expect(mia.page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(mia.page.getByText('your role: editor')).toBeVisible();
  await expect(mia.page.getByRole('meter', { name: 'CPU' })).toHaveAttribute('aria-valuetext', '0 of 2 used');
  await mia.page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Settings' }).click();
  await expect(mia.page.getByText('Only workspace admins can change these settings')).toBeVisible();
  await expect(mia.page.getByRole('definition').filter({ hasText: /^restricted$/ })).toBeVisible();
  await expect(mia.page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(mia.page.getByRole('button', { name: 'Delete workspace' })).toHaveCount(0);
  await mia.page.screenshot({ path: `${SHOTS}/workspace-settings-read-only-light.png`, fullPage: true });

  // A member without a grant neither sees it nor reaches it.
  await noah.page.goto(`/orgs/${slug}/workspaces`);
  await expect(noah.page.getByRole('heading', { name: 'No workspaces yet' })).toBeVisible();
  await expect(noah.page.getByText(name)).toHaveCount(0);
  await noah.page.goto(workspaceUrl);
  await expect(noah.page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(noah.page.getByText(name)).toHaveCount(0);

  // The overview: status, where it lives, quota use, and Events as the cluster writes them.
  await page.goto(workspaceUrl);
  await expect(page.getByRole('meter', { name: 'CPU' })).toHaveAttribute('aria-valuetext', '0 of 2 used');
  await expect(page.getByRole('meter', { name: 'Flink deployments' })).toHaveAttribute('aria-valuetext', '0 of 2 used');
  await expect(page.getByRole('heading', { name: 'No recent events' })).toBeVisible();
  const event = (reason: string, type: string, message: string, minutesAgo: number) => ({
    metadata: { name: `${name}.${uniqueSuffix()}` },
    involvedObject: { apiVersion: 'v1', kind: 'Pod', name: 'orders-taskmanager-1-1', namespace: name },
    reason,
    message,
    type,
    count: type === 'Warning' ? 3 : 1,
    source: { component: 'kubelet' },
    firstTimestamp: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    lastTimestamp: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  });
  for (const e of [
    event('Scheduled', 'Normal', `Successfully assigned ${name}/orders-taskmanager-1-1 to node-a`, 3),
    event('Pulled', 'Normal', 'Container image "flink:1.20" already present on machine', 2),
    event('FailedCreate', 'Warning', 'exceeded quota: flotilla-quota, requested: limits.cpu=4, used: limits.cpu=0, limited: limits.cpu=2', 1),
  ]) {
    expect((await kubeRequest(cp.admin, 'POST', `/api/v1/namespaces/${name}/events`, e)).status).toBe(201);
  }
  // Live: the events appear without a reload, newest first.
  const timeline = page.getByRole('list', { name: 'Recent events' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByRole('listitem').first()).toContainText('FailedCreate');
  await expect(timeline.getByRole('listitem').first()).toContainText('×3');
  await screenshots(page, 'workspace-overview');

  // With the API server down, the overview says so with the reason and keeps the last reading.
  await cp.stopApiServer();
  const banner = page.getByRole('status').filter({ hasText: 'cannot be read right now' });
  await expect(banner).toContainText(`Connection refused by ${cp.url}`);
  await expect(banner).toContainText('as last read, at');
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await screenshots(page, 'workspace-overview-unreachable');
  // After a reload nothing was read yet: no figures are shown rather than invented ones.
  await expect(page.getByRole('heading', { name: 'Quota use unavailable' })).toBeVisible();
  await expect(page.getByRole('meter')).toHaveCount(0);
  await cp.startApiServer();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('meter', { name: 'CPU' })).toBeVisible();

  // The admin edits the description and the quota; a bad value is named at its field and kept.
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Description').fill('Orders and payments pipelines');
  await page.getByLabel('CPU').fill('lots');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('CPU')).toHaveAccessibleDescription('Use a Kubernetes quantity such as 2 or 500m.');
  await expect(page.getByLabel('CPU')).toHaveValue('lots');
  await expect(page.getByLabel('Description')).toHaveValue('Orders and payments pipelines');
  await page.screenshot({ path: `${SHOTS}/workspace-settings-error-light.png`, fullPage: true });
  await page.getByLabel('Description').fill('Orders and payments pipelines');
  await page.getByLabel('CPU').fill('3');
  await page.getByLabel('Memory').fill('6Gi');
  await page.getByLabel('Flink deployments').fill('4');
  // The organization's owner may lower the Pod Security level; the namespace is relabelled.
  await expect(page.getByLabel('Pod Security level')).toHaveValue('restricted');
  await page.getByLabel('Pod Security level').selectOption('baseline');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByLabel('Pod Security level')).toHaveValue('baseline');
  await screenshots(page, 'workspace-settings');
  await expect
    .poll(async () => (await kubeRequest<{ metadata: { labels: Record<string, string> } }>(cp.admin, 'GET', `/api/v1/namespaces/${name}`)).body.metadata.labels['pod-security.kubernetes.io/enforce'], { timeout: 60_000 })
    .toBe('baseline');

  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('Orders and payments pipelines')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^baseline$/ })).toBeVisible();
  await expect(page.getByRole('meter', { name: 'CPU' })).toHaveAttribute('aria-valuetext', '0 of 3 used', { timeout: 60_000 });
  await expect(page.getByRole('meter', { name: 'Memory' })).toHaveAttribute('aria-valuetext', '0 of 6Gi used');
  await expect(page.getByRole('meter', { name: 'Flink deployments' })).toHaveAttribute('aria-valuetext', '0 of 4 used');

  // Deleting asks for the name, then the list shows it deleting until the cluster lets go.
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete workspace' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete workspace ${name}?` });
  await expect(confirm.getByRole('button', { name: 'Delete workspace' })).toBeDisabled();
  await confirm.getByLabel(`Type ${name} to confirm`).fill(name);
  await page.screenshot({ path: `${SHOTS}/workspace-delete-light.png` });
  await confirm.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page).toHaveURL(`/orgs/${slug}/workspaces`);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Deleting');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0, { timeout: 90_000 });
  expect((await kubeRequest(cp.admin, 'GET', `/api/v1/namespaces/${name}`)).status).toBe(404);
});
