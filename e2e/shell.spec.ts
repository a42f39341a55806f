// The console as a person first meets it: sign up an organization, land on its home, move
// around the shell, sign out and back in.
import { expect, test } from '@playwright/test';
import { PASSWORD, signUpOrganization } from './support';

test('a signed-out visitor is sent to sign in', async ({ page }) => {
  await page.goto('/orgs/anything/workspaces');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByLabel('Email')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/sign-in.png', fullPage: true });
});

test('a new person signs up an organization, lands on its home and finds the shell', async ({ page }) => {
  await page.goto('/sign-up');
  await page.screenshot({ path: 'test-results/screenshots/sign-up.png', fullPage: true });
  const { slug, email, organization } = await signUpOrganization(page);
  await expect(page.getByRole('heading', { name: 'Getting started' })).toBeVisible();
  await expect(page.getByText(organization).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/org-home.png', fullPage: true });

  await page.goto(`/orgs/${slug}/workspaces`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of ['Workspaces', 'Clusters', 'Members', 'Service accounts', 'Audit log', 'Settings']) {
    await expect(nav.getByRole('link', { name: item })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Workspaces' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Workspaces');
  await page.screenshot({ path: 'test-results/screenshots/shell-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await page.screenshot({ path: 'test-results/screenshots/shell-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // A workspace that does not exist (or is not shared with you) is a 404.
  await page.goto(`/orgs/${slug}/workspaces/analytics/applications`);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();

  // Another organization's console is a 404, not a glimpse.
  await page.goto('/orgs/not-mine-at-all');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();

  await page.goto(`/orgs/${slug}`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}$`));
});

test('sign-up explains what is wrong at the field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Sam');
  await page.getByLabel('Work email').fill('sam@example.com');
  await page.getByLabel('Password').fill('password1234');
  await page.getByLabel('Organization').fill('Sam Co');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByText('This password is too common: choose another.')).toBeVisible();
  await expect(page.getByLabel('Work email')).toHaveValue('sam@example.com');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
});

test('health endpoints answer without authentication', async ({ request }) => {
  const health = await request.get('/api/healthz');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await request.get('/api/readyz');
  expect(ready.status()).toBe(200);
  expect((await ready.json()).status).toBe('ready');
});
