// Shared steps of the browser suites.
import { expect, type Browser, type Page } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';

export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Signs up a new organization through the form and waits for its home page; returns its slug. */
export async function signUpOrganization(page: Page, opts: { name?: string; email?: string; organization?: string; password?: string; baseUrl?: string } = {}) {
  const suffix = uniqueSuffix();
  const email = opts.email ?? `owner-${suffix}@example.com`;
  const organization = opts.organization ?? `Acme ${suffix}`;
  await page.goto(`${opts.baseUrl ?? ''}/sign-up`);
  await page.getByLabel('Your name').fill(opts.name ?? 'Olivia Owner');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(opts.password ?? PASSWORD);
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

/** Invites `name` as a member; they join from the link in their own browser, signed in. */
export async function inviteMember(page: Page, browser: Browser, slug: string, name: string) {
  const email = `${name.split(' ')[0]!.toLowerCase()}-${uniqueSuffix()}@example.com`;
  await page.goto(`/orgs/${slug}/members`);
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Role').selectOption('member');
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const linkField = dialog.getByLabel('Invitation link');
  await expect(linkField).toHaveValue(/\/invite\//);
  const link = await linkField.inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await member.getByLabel('Your name').fill(name);
  await member.getByLabel('Password').fill(PASSWORD);
  await member.getByRole('button', { name: 'Create account and join' }).click();
  await expect(member).toHaveURL(new RegExp(`/orgs/${slug}$`));
  return { page: member, email };
}

/** Grants a member (by the name and email shown in the Access tab) a role on a workspace. */
export async function grantRole(page: Page, slug: string, ws: string, member: { name: string; email: string }, role: 'viewer' | 'editor' | 'admin') {
  await page.goto(`/orgs/${slug}/workspaces/${ws}/access`);
  await page.getByLabel('Person or service account').selectOption({ label: `${member.name} (${member.email})` });
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(member.email) })).toContainText(role);
}

/** Creates a workspace on the cluster `local` through the dialog and waits until it is ready. */
export async function createReadyWorkspace(page: Page, slug: string, name: string, opts: { description?: string; cpu?: string; deployments?: string } = {}) {
  await page.goto(`/orgs/${slug}/workspaces`);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByRole('textbox', { name: 'Name (required)' }).fill(name);
  if (opts.description) await dialog.getByLabel('Description').fill(opts.description);
  if (opts.cpu) await dialog.getByLabel('CPU').fill(opts.cpu);
  if (opts.deployments) await dialog.getByLabel('Deployments').fill(opts.deployments);
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) }).getByText('Ready')).toBeVisible({ timeout: 60_000 });
}

/** Where the suites write the screenshots a person looks at. */
export const SHOTS = 'test-results/screenshots';

export async function dismissToasts(page: Page) {
  // Toasts also leave by themselves: one may be gone before its button is clicked.
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1_000 }).catch(() => {});
}

/**
 * Full-page screenshots in both themes, switched in place so the page keeps what was typed; from
 * the top (sticky parts stay put), without toasts, after the colors' transitions.
 */
export async function screenshots(page: Page, name: string) {
  await dismissToasts(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}-light.png`, fullPage: true });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true });
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await page.waitForTimeout(400);
}
