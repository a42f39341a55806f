// The console's shell renders as a person sees it: the sign-in page and the organization
// layout with its navigation and a workspace's tabs.
import { expect, test } from '@playwright/test';

test('the sign-in page is served', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/sign-in.png', fullPage: true });
});

test('the console shell shows the sidebar, breadcrumbs and a workspace area', async ({ page }) => {
  await page.goto('/orgs/acme/workspaces/analytics/applications');
  const nav = page.getByRole('navigation', { name: /main|primary|console/i });
  for (const item of ['Workspaces', 'Clusters', 'Members', 'Service accounts', 'Audit log', 'Settings']) {
    await expect(nav.getByRole('link', { name: item })).toBeVisible();
  }
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs).toContainText('analytics');
  for (const tab of ['Applications', 'Sessions', 'Savepoints', 'Access']) {
    await expect(page.getByRole('link', { name: tab, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Applications', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: 'test-results/screenshots/shell-light.png', fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await page.screenshot({ path: 'test-results/screenshots/shell-dark.png', fullPage: true });
});

test('health endpoints answer without authentication', async ({ request }) => {
  const health = await request.get('/api/healthz');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await request.get('/api/readyz');
  expect(ready.status()).toBe(200);
  expect((await ready.json()).status).toBe('ready');
});
