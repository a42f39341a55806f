// Shared steps of the browser suites.
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';

export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Signs up a new organization through the form and waits for its home page; returns its slug. */
export async function signUpOrganization(page: Page, opts: { name?: string; email?: string; organization?: string } = {}) {
  const suffix = uniqueSuffix();
  const email = opts.email ?? `owner-${suffix}@example.com`;
  const organization = opts.organization ?? `Acme ${suffix}`;
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(opts.name ?? 'Olivia Owner');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Organization').fill(organization);
  const slug = await page.getByLabel('Identifier').inputValue();
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}$`));
  return { slug, email, organization };
}

/** Registers a control plane as cluster `name` through the form, with Flotilla's restricted token. */
export async function registerCluster(page: Page, slug: string, cp: { url: string; caPem: string; restrictedToken: string }, name = 'local') {
  await page.goto(`/orgs/${slug}/clusters/new`);
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: /^API server address/ }).fill(cp.url);
  await page.getByRole('textbox', { name: /^CA certificate/ }).fill(cp.caPem);
  await page.getByRole('textbox', { name: /^Token/ }).fill(cp.restrictedToken);
  await page.getByRole('button', { name: 'Register and test' }).click();
  await expect(page).toHaveURL(`/orgs/${slug}/clusters/${name}`);
}
