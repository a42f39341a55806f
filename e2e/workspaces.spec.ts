// An admin creates a workspace on the registered local cluster through the form and watches it
// turn ready without a reload, while the in-process reconciler provisions its namespace.
import { expect, test } from '@playwright/test';
import { startControlPlane, type ControlPlane } from './harness/control-plane';
import { kubeRequest } from './harness/kube-http';
import { registerCluster, signUpOrganization } from './support';

let cp: ControlPlane;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cp = await startControlPlane();
});

test.afterAll(async () => {
  await cp?.stop();
});

test('an admin creates a workspace and watches it turn ready', async ({ page }) => {
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
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name (required)' })).toHaveAccessibleDescription(/lower-case letters/i);

  const namespace = `analytics-${slug.slice(-6)}`;
  await dialog.getByRole('textbox', { name: 'Name (required)' }).fill(namespace);
  await expect(dialog.getByRole('textbox', { name: 'Namespace' })).toHaveValue(namespace);
  await dialog.getByLabel('CPU').fill('4');
  await dialog.getByLabel('Memory').fill('8Gi');
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
  const quota = await kubeRequest<{ spec: { hard: Record<string, string> } }>(cp.admin, 'GET', `/api/v1/namespaces/${namespace}/resourcequotas/flotilla-quota`);
  expect(quota.body.spec.hard['limits.cpu']).toBe('4');
});
