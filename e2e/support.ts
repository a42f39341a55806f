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
