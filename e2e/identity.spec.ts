// Identity in the browser: a new person signs up an organization and lands on its home; the
// owner invites a second person, who creates an account from the link in another browser and
// sees only what a member may see; role changes and removal take effect on the next request.
import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, signUpOrganization, uniqueSuffix } from './support';

const SHOTS = 'test-results/screenshots';
const ADMIN_SECTIONS = ['Clusters', 'Members', 'Service accounts', 'Audit log'];

async function expectNav(page: Page, visible: string[], hidden: string[]) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of visible) await expect(nav.getByRole('link', { name: item })).toBeVisible();
  for (const item of hidden) await expect(nav.getByRole('link', { name: item })).toHaveCount(0);
}

test('an owner signs up, invites a member who joins with a new account and sees only what a member may see', async ({ page, browser, baseURL }) => {
  const { slug, organization } = await signUpOrganization(page, { name: 'Olivia Owner' });
  await expect(page.getByRole('heading', { name: 'Getting started' })).toBeVisible();
  await expect(page.getByText('0 of 5 steps')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/identity-home.png`, fullPage: true });

  // Invite a second person; the link is shown once, to copy.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('cell', { name: /Olivia Owner/ })).toBeVisible();
  const inviteeEmail = `morgan-${uniqueSuffix()}@example.com`;
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('Email').fill('not an email');
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  await expect(dialog.getByText('Enter an email address.')).toBeVisible();
  await dialog.getByLabel('Email').fill(inviteeEmail);
  await dialog.getByLabel('Role').selectOption('member');
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const linkField = dialog.getByLabel('Invitation link');
  await expect(linkField).toHaveValue(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
  const link = await linkField.inputValue();
  await page.screenshot({ path: `${SHOTS}/identity-invite-link.png` });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('cell', { name: inviteeEmail })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/identity-members.png`, fullPage: true });

  // The invitee opens the link in their own browser and creates an account.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { name: `Join ${organization}` })).toBeVisible();
  await expect(invitee.getByLabel('Email')).toHaveValue(inviteeEmail);
  await invitee.getByLabel('Your name').fill('Morgan Member');
  await invitee.getByLabel('Password').fill('password1234');
  await invitee.getByRole('button', { name: 'Create account and join' }).click();
  await expect(invitee.getByText('This password is too common: choose another.')).toBeVisible();
  await expect(invitee.getByLabel('Your name')).toHaveValue('Morgan Member');
  await invitee.screenshot({ path: `${SHOTS}/identity-accept.png`, fullPage: true });
  await invitee.getByLabel('Password').fill(PASSWORD);
  await invitee.getByRole('button', { name: 'Create account and join' }).click();
  await expect(invitee).toHaveURL(new RegExp(`/orgs/${slug}$`));

  // A member sees the organization and workspaces, not the admin sections.
  await expect(invitee.getByRole('heading', { name: 'Your work lives in workspaces' })).toBeVisible();
  await expectNav(invitee, ['Workspaces', 'Settings'], ADMIN_SECTIONS);
  await invitee.screenshot({ path: `${SHOTS}/identity-member-home.png`, fullPage: true });
  await invitee.goto(`/orgs/${slug}/members`);
  await expect(invitee.getByRole('heading', { name: "You don't have access" })).toBeVisible();
  await expect(invitee.getByText('Olivia Owner')).toHaveCount(0);
  await invitee.screenshot({ path: `${SHOTS}/identity-member-no-access.png`, fullPage: true });

  // The used link cannot be used again.
  await invitee.goto(link);
  await expect(invitee.getByText('This invitation has already been used.')).toBeVisible();

  // The owner sees the new member; the last owner cannot demote themselves.
  await page.reload();
  await expect(page.getByRole('cell', { name: /Morgan Member/ })).toBeVisible();
  await expect(page.getByText('No open invitations.')).toBeVisible();
  await page.getByLabel('Role of Olivia Owner').selectOption('admin');
  await expect(page.getByRole('status')).toContainText('at least one owner');
  await expect(page.getByLabel('Role of Olivia Owner')).toHaveValue('owner');

  // Promoting the member to admin shows them the admin sections on their next request.
  await page.getByLabel('Role of Morgan Member').selectOption('admin');
  await expect(page.getByRole('status')).toContainText('Morgan Member is now admin.');
  await invitee.goto(`/orgs/${slug}`);
  await expectNav(invitee, ['Workspaces', ...ADMIN_SECTIONS], []);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await page.screenshot({ path: `${SHOTS}/identity-members-dark.png`, fullPage: true });

  // Removing them takes effect on their next request.
  await page.getByRole('row', { name: /Morgan Member/ }).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog', { name: 'Remove Morgan Member?' }).getByRole('button', { name: 'Remove member' }).click();
  await expect(page.getByRole('cell', { name: /Morgan Member/ })).toHaveCount(0);
  await invitee.goto(`/orgs/${slug}`);
  await expect(invitee.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await inviteeContext.close();

  // Signing out ends the session: its cookie, replayed, no longer opens the console.
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().addCookies(cookies);
  await page.goto(`/orgs/${slug}/members`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test('a signed-in owner creates a second organization and switches between them', async ({ page }) => {
  const first = await signUpOrganization(page);
  await page.locator('summary').filter({ hasText: 'Switch organization' }).click();
  await page.getByRole('link', { name: '+ Create organization' }).click();
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const name = `Second ${uniqueSuffix()}`;
  await page.getByLabel('Organization').fill(name);
  await page.getByLabel('Identifier').fill(first.slug);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByText('This identifier is taken: choose another.')).toBeVisible();
  await expect(page.getByLabel('Organization')).toHaveValue(name);
  await page.getByLabel('Identifier').fill(`${first.slug}-two`);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${first.slug}-two$`));
  await page.locator('summary').filter({ hasText: 'Switch organization' }).click();
  await page.getByRole('link', { name: first.organization }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${first.slug}$`));
});
