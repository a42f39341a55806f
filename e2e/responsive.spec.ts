// Every main page from phone to wide screen (issue 20): at 390, 768 and 1366 px each is
// screenshotted (test-results/screenshots/responsive-<page>-<width>.png, for a person to look at)
// and fails if the document scrolls sideways. Below 768 px the sidebar is a drawer behind a menu
// button. Also the smaller things a newcomer met: the service account's breadcrumb names it, the
// API reference is in the navigation, the checklist leads on to deploying an application, the
// preview never shows a refused value, and Restart is not offered on what never started.
import { expect, test, type Page } from './fixtures';
import { createReadyWorkspace, registerCluster, SHOTS, signUpOrganization, uniqueSuffix } from './support';

const WIDTHS = [390, 768, 1366] as const;

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The elements that reach past the window's right edge, not clipped by a scrolling frame, to name in a failure. */
async function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return false;
        return true;
      })
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right)}px`),
  );
}

/** Opens `path` at each width, waits for `ready`, screenshots it and fails on sideways scrolling. */
async function checkAtEveryWidth(page: Page, name: string, path: string, ready: (page: Page) => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(path);
    await ready(page);
    await page.screenshot({ path: `${SHOTS}/responsive-${name}-${width}.png`, fullPage: true });
    const overflow = await horizontalOverflow(page);
    expect.soft(overflow, `${name} at ${width} px scrolls sideways by ${overflow}px: ${overflow > 0 ? (await widestElements(page)).join(', ') : ''}`).toBeLessThanOrEqual(0);
  }
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { name }).first()).toBeVisible();
};

test('every main page fits from 390 to 1366 px, with a navigation drawer on narrow screens', async ({ page, browser, controlPlane: cp }) => {
  test.setTimeout(420_000);
  // Signed out: sign in and sign up.
  const visitor = await (await browser.newContext()).newPage();
  await checkAtEveryWidth(visitor, 'sign-in', '/sign-in', async (p) => expect(p.getByLabel('Email')).toBeVisible());
  await checkAtEveryWidth(visitor, 'sign-up', '/sign-up', async (p) => expect(p.getByLabel('Work email')).toBeVisible());
  await visitor.context().close();

  const { slug } = await signUpOrganization(page);
  const org = `/orgs/${slug}`;
  await registerCluster(page, slug, cp);
  const ws = `fit-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  const base = `${org}/workspaces/${ws}`;

  // A service account, for its page and its breadcrumb.
  await page.goto(`${org}/service-accounts`);
  await page.getByRole('button', { name: 'New service account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New service account' });
  await dialog.getByLabel('Name').fill('ci-deployer');
  await dialog.getByRole('button', { name: 'Create service account' }).click();
  await expect(page).toHaveURL(new RegExp(`${org}/service-accounts/[0-9a-f-]{36}$`));
  const accountPath = new URL(page.url()).pathname;
  // The breadcrumb names it, never shows its id.
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs).toContainText('ci-deployer');
  await expect(crumbs).not.toContainText(accountPath.split('/').at(-1)!);

  // An application, deployed through the form. Nothing runs an operator here, so it never starts.
  await page.goto(`${base}/applications/new`);
  await page.getByRole('textbox', { name: 'Name (required)' }).fill('orders');
  await page.getByRole('textbox', { name: 'Image (required)' }).fill('flink:1.20');
  await page.getByRole('textbox', { name: 'Jar URI (required)' }).fill('local:///opt/flink/examples/streaming/StateMachineExample.jar');
  const preview = page.getByRole('region', { name: 'FlinkDeployment preview' });
  await expect(preview).toContainText('jarURI: local:///opt/flink/examples');
  // A credential in the configuration is refused at its field, and the preview never shows it.
  await page.getByText('Configuration and advanced').click();
  await page.getByRole('textbox', { name: 'Configuration key 1' }).fill('s3.secret-key');
  await page.getByRole('textbox', { name: 'Configuration value 1' }).fill('hunter2');
  await page.getByRole('textbox', { name: 'Configuration value 1' }).blur();
  await expect(page.getByText('Showing the last valid spec: fix the marked fields.')).toBeVisible();
  await expect(preview).not.toContainText('hunter2');
  await page.screenshot({ path: `${SHOTS}/preview-refused-value.png` });
  await page.getByRole('textbox', { name: 'Configuration key 1' }).fill('');
  await page.getByRole('textbox', { name: 'Configuration value 1' }).fill('');
  await page.getByRole('button', { name: 'Create application' }).click();
  await expect(page).toHaveURL(`${base}/applications/orders`);
  // Restart is not offered on what never started, and says why.
  const restart = page.getByRole('button', { name: 'Restart' });
  await expect(restart).toHaveAttribute('aria-disabled', 'true');
  await expect(restart).toHaveAccessibleDescription('It has not started yet: there is nothing to restart.');

  // The shell at phone width: a menu button opens the navigation as a drawer.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(org);
  const menu = page.getByRole('button', { name: 'Open navigation' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('dialog', { name: 'Navigation' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'API reference' })).toBeVisible();
  // Focus moved into the drawer (and Tab keeps it there).
  const focusInDrawer = () => page.evaluate(() => document.getElementById('console-navigation')!.contains(document.activeElement));
  await expect.poll(focusInDrawer).toBe(true);
  for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
  expect(await focusInDrawer()).toBe(true);
  await page.screenshot({ path: `${SHOTS}/responsive-drawer-390.png` });
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await nav.getByRole('link', { name: 'Clusters' }).click();
  await expect(page).toHaveURL(`${org}/clusters`);
  await expect(nav).toBeHidden();

  // The checklist leads on to deploying an application, and its steps are links.
  await page.goto(org);
  const checklist = page.getByRole('list', { name: 'Getting started' });
  await expect(checklist.getByRole('link', { name: /Deploy an application/ })).toHaveAttribute('href', `${base}/applications/new`);

  const pages: [string, string, (page: Page) => Promise<void>][] = [
    ['org-home', org, heading('Getting started')],
    ['members', `${org}/members`, heading('Members')],
    ['service-accounts', `${org}/service-accounts`, heading('Service accounts')],
    ['service-account', accountPath, heading('ci-deployer')],
    ['clusters', `${org}/clusters`, heading('Clusters')],
    ['cluster', `${org}/clusters/local`, async (p) => expect(p.getByTestId('cluster-health')).toHaveText('Reachable')],
    ['workspaces', `${org}/workspaces`, heading('Workspaces')],
    ['workspace', base, heading(ws)],
    ['workspace-access', `${base}/access`, heading('Access')],
    ['workspace-settings', `${base}/settings`, heading('Settings')],
    ['applications', `${base}/applications`, async (p) => expect(p.getByRole('link', { name: 'orders' })).toBeVisible()],
    ['application-form', `${base}/applications/new`, heading('New application')],
    ['application', `${base}/applications/orders`, heading('orders')],
    ['sessions', `${base}/sessions`, heading(/sessions/i)],
    ['audit', `${org}/audit`, heading('Audit log')],
    ['api-reference', `${org}/api`, heading('API reference')],
  ];
  for (const [name, path, ready] of pages) await checkAtEveryWidth(page, name, path, ready);

  // Wide: the sidebar is simply there, and no menu button.
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(org);
  await expect(nav.getByRole('link', { name: 'API reference' })).toBeVisible();
  await expect(menu).toBeHidden();
});
