// An admin registers a real local Kubernetes control plane through the form, sees it healthy
// with its connection report, and sees it turn unreachable (live, without a reload) when its
// API server stops; it is started again before the test ends, for the specs that follow.
import { expect, test, type Page } from './fixtures';
import { signUpOrganization } from './support';

/** Light and dark screenshots; the theme follows the OS preference when the page loads. */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await page.screenshot({ path: `test-results/screenshots/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
}

test('an admin registers the local control plane, sees it healthy, and sees it turn unreachable', async ({ page, controlPlane: cp }) => {
  test.setTimeout(150_000);
  const { slug } = await signUpOrganization(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clusters' }).click();
  await expect(page.getByRole('heading', { name: 'No clusters registered' })).toBeVisible();
  await page.getByRole('link', { name: 'Register cluster' }).click();
  await expect(page).toHaveURL(`/orgs/${slug}/clusters/new`);

  // A forbidden address is refused at the field, before any connection.
  await page.getByRole('textbox', { name: /^Name/ }).fill('local');
  await page.getByRole('textbox', { name: /^Token/ }).fill(cp.restrictedToken);
  await page.getByRole('textbox', { name: /^API server address/ }).fill('https://169.254.169.254');
  await page.getByRole('button', { name: 'Register and test' }).click();
  await expect(page.getByRole('textbox', { name: /^API server address/ })).toHaveAccessibleDescription(/169\.254\.169\.254 is link-local/);

  // A pasted kubeconfig lists its contexts as data; an exec context is refused with the reason.
  await page.getByText('Paste a kubeconfig').click();
  await page.getByRole('textbox', { name: /^Kubeconfig/ }).fill(
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: sso',
      'clusters: [{name: local, cluster: {server: "https://127.0.0.1:1"}}]',
      'users: [{name: sso, user: {exec: {command: kubelogin}}}]',
      'contexts: [{name: sso, context: {cluster: local, user: sso}}, {name: other, context: {cluster: local, user: sso}}]',
    ].join('\n'),
  );
  await expect(page.getByRole('combobox', { name: 'Context' })).toHaveValue('sso');
  await page.getByRole('button', { name: 'Register and test' }).click();
  await expect(page.getByRole('textbox', { name: /^Kubeconfig/ })).toHaveAccessibleDescription(/running a command \(exec\)/);
  await page.screenshot({ path: 'test-results/screenshots/cluster-register-kubeconfig-light.png', fullPage: true });
  await page.getByText('Bearer token').click();

  await page.getByRole('textbox', { name: /^API server address/ }).fill(cp.url);
  await page.getByRole('textbox', { name: /^CA certificate/ }).fill(cp.caPem);
  await page.screenshot({ path: 'test-results/screenshots/cluster-register-light.png', fullPage: true });
  await page.getByRole('button', { name: 'Register and test' }).click();

  await expect(page).toHaveURL(`/orgs/${slug}/clusters/local`);
  const report = page.getByTestId('connection-report');
  await expect(report).toContainText("Reachable: Kubernetes v1.");
  await expect(report).toContainText('Authenticated as flotilla');
  await expect(report).toContainText('permissions Flotilla needs are granted');
  await expect(page.getByTestId('cluster-health')).toHaveText('Reachable');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('Reachable: Kubernetes');
  await screenshots(page, 'cluster-detail');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clusters' }).click();
  const row = page.getByTestId('cluster-row-local');
  await expect(row).toContainText(cp.url);
  await expect(row.getByTestId('cluster-health')).toHaveText('Reachable');
  await expect(row).toContainText('Flink 1.15 – 1.20');
  await screenshots(page, 'clusters');

  // The background probe notices the outage and the page shows it without a reload.
  await cp.stopApiServer();
  try {
    await expect(row.getByTestId('cluster-health')).toHaveText('Unreachable', { timeout: 60_000 });
    await expect(row).toContainText('Connection refused');
    await page.screenshot({ path: 'test-results/screenshots/clusters-unreachable-light.png', fullPage: true });
  } finally {
    await cp.startApiServer();
  }
  await expect(row.getByTestId('cluster-health')).toHaveText('Reachable', { timeout: 60_000 });
});
