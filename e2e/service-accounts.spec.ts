// An owner creates a service account and an API token in the browser, copies the token shown
// once, and that token calls GET /api/v1/me.
import { expect, test } from '@playwright/test';

test('an owner creates a service account token in the browser and calls the API with it', async ({ page, context, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const suffix = Date.now().toString(36);
  const orgName = `Tokens ${suffix}`;

  // Sign up an organization (the owner lands on its home).
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Olivia Owner');
  await page.getByLabel('Work email').fill(`olivia-${suffix}@example.com`);
  await page.getByLabel('Password').fill(`a long passphrase ${suffix}`);
  await page.getByLabel(/^Organization/).fill(orgName);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/orgs\/[a-z0-9-]+$/);
  const orgSlug = new URL(page.url()).pathname.split('/')[2]!;

  // Create a service account.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service accounts' }).click();
  await page.getByRole('button', { name: 'New service account' }).first().click();
  const createDialog = page.getByRole('dialog', { name: 'New service account' });
  await createDialog.getByLabel('Name').fill('ci-deployer');
  await createDialog.getByLabel('Description').fill('Deploys from CI');
  await createDialog.getByRole('button', { name: 'Create service account' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgSlug}/service-accounts/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { name: 'ci-deployer' })).toBeVisible();

  // Create a token: "never" warns; scopes are optional.
  await page.getByRole('button', { name: 'Create token' }).click();
  const tokenDialog = page.getByRole('dialog', { name: 'Create API token' });
  await tokenDialog.getByLabel('Name').fill('github-actions');
  await tokenDialog.getByLabel('Expires').selectOption('never');
  await expect(tokenDialog.getByRole('note')).toContainText('never expires');
  await tokenDialog.getByLabel('Expires').selectOption('30');
  await tokenDialog.getByRole('checkbox', { name: 'organization.read' }).check();
  await tokenDialog.getByRole('checkbox', { name: 'service_accounts.read' }).check();
  await tokenDialog.getByRole('button', { name: 'Create token' }).click();

  // The token is shown once, with a copy button and a warning.
  const shown = tokenDialog.getByLabel('Your new API token');
  await expect(shown).toHaveValue(/^flt_[A-Za-z0-9_-]{43}$/);
  await expect(tokenDialog.getByRole('alert')).toContainText('shown only once');
  await tokenDialog.getByRole('button', { name: 'Copy' }).click();
  await expect(tokenDialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  const token = await page.evaluate(() => navigator.clipboard.readText());
  expect(token).toBe(await shown.inputValue());
  await page.screenshot({ path: 'test-results/screenshots/service-account-token-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  // Colors transition on a theme change: let them finish before the picture.
  await page.screenshot({ path: 'test-results/screenshots/service-account-token-dark.png', animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'light' });

  // The copied token works against the API.
  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({
    type: 'service_account',
    name: 'ci-deployer',
    organizations: [{ slug: orgSlug, name: orgName, role: 'member' }],
    token: { name: 'github-actions', scopes: ['organization.read', 'service_accounts.read'] },
  });
  const list = await request.get(`/api/v1/orgs/${orgSlug}/service-accounts`, { headers: { Authorization: `Bearer ${token}` } });
  expect(list.status()).toBe(403); // a member-role account, whatever its scopes say

  // Closing the dialog never shows the token again: the list has its prefix only.
  await tokenDialog.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('row', { name: /github-actions/ });
  await expect(row).toContainText(`${token.slice(0, 10)}…`);
  await expect(page.locator('body')).not.toContainText(token);
  await expect(row).not.toContainText('Never'); // it has been used, and it expires
  await page.screenshot({ path: 'test-results/screenshots/service-account-detail.png', fullPage: true });

  // Revoked, it stops working at once.
  await row.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog', { name: /Revoke the token/ }).getByRole('button', { name: 'Revoke token' }).click();
  await expect(row).toContainText('Revoked');
  expect((await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

  // The audit log shows what happened.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'api_token.revoke' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'api_token.create' })).toBeVisible();
  await page.getByLabel('Action').fill('service_account');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=service_account/);
  await expect(page.getByRole('cell', { name: 'service_account.create' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'api_token.create' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/audit-log.png', fullPage: true });

  // The API reference renders the OpenAPI document.
  await page.goto(`/orgs/${orgSlug}/api`);
  await expect(page.getByRole('heading', { name: 'Service accounts', exact: true })).toBeVisible();
  await page.getByText('/orgs/{org}/service-accounts/{id}/tokens').first().click();
  await page.screenshot({ path: 'test-results/screenshots/api-reference.png', fullPage: true });
});
