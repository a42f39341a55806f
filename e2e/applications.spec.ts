// A workspace editor (the organization's owner) submits a Flink application through the form,
// sees it pending, then running when the operator stand-in reports it, all without a reload;
// suspends and resumes it (the FlinkDeployment's job.state follows in the cluster), takes a
// savepoint whose completion appears with its path, and deletes it, after which the
// FlinkDeployment is gone from the cluster.
import { expect, test } from './fixtures';
import { kubeRequest } from './harness/kube-http';
import { writeStatus } from './harness/operator-stand-in';
import { completedSnapshotStatus, runningApplicationStatus } from './harness/operator-status';
import { createReadyWorkspace, grantRole, inviteMember, registerCluster, screenshots, SHOTS, signUpOrganization, uniqueSuffix } from './support';

const JAR = 'local:///opt/flink/examples/streaming/StateMachineExample.jar';

type FlinkDeployment = { spec: { job: { state: string; jarURI: string; upgradeMode: string; parallelism: number }; image: string; flinkConfiguration: Record<string, string> } };

test('an editor deploys an application through the form, operates it and deletes it; a viewer only reads', async ({ page, browser, controlPlane: cp }) => {
  test.setTimeout(240_000);
  const { slug } = await signUpOrganization(page);
  await registerCluster(page, slug, cp);
  const ws = `apps-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  const name = 'state-machine';
  const deploymentPath = `/apis/flink.apache.org/v1beta1/namespaces/${ws}/flinkdeployments/${name}`;
  const ref = { kind: 'FlinkDeployment' as const, namespace: ws, name };
  const readDeployment = async () => kubeRequest<FlinkDeployment>(cp.admin, 'GET', deploymentPath);

  // An empty workspace offers the form.
  await page.goto(`/orgs/${slug}/workspaces/${ws}/applications`);
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await page.getByRole('link', { name: 'New application' }).click();
  await expect(page.getByRole('heading', { name: 'New application' })).toBeVisible();

  // The operator's rules are checked as one types, at the field, once it was left.
  const nameField = page.getByRole('textbox', { name: 'Name (required)' });
  await nameField.fill('State Machine');
  await nameField.blur();
  await expect(nameField).toHaveAccessibleDescription(/start with a letter and end/);
  await nameField.fill(name);
  await expect(nameField).toHaveAccessibleDescription(/at most 45/);
  await page.getByRole('textbox', { name: 'Image (required)' }).fill('flink:1.20');
  await page.getByRole('textbox', { name: 'Jar URI (required)' }).fill(JAR);
  await page.getByRole('radio', { name: 'Savepoint', exact: true }).check();
  await page.getByRole('button', { name: 'Create application' }).click();
  // The savepoint upgrade mode needs both directories: said at the fields, nothing sent.
  const checkpointDir = page.getByRole('textbox', { name: 'Checkpoint directory' });
  await expect(checkpointDir).toHaveAccessibleDescription('A checkpoint directory is required for the savepoint upgrade mode.');
  await expect(checkpointDir).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/application-form-errors-light.png` });
  await page.getByRole('radio', { name: 'Stateless', exact: true }).check();
  await page.getByRole('textbox', { name: 'Savepoint directory' }).fill('s3://bucket/savepoints');
  await expect(checkpointDir).not.toHaveAttribute('aria-invalid', 'true');

  // Configuration as rows, switched to raw YAML and back; a label.
  await page.getByText('Configuration and advanced').click();
  await page.getByRole('textbox', { name: 'Configuration key 1' }).fill('execution.checkpointing.interval');
  await page.getByRole('textbox', { name: 'Configuration value 1' }).fill('60s');
  await page.getByRole('button', { name: 'Edit as YAML' }).click();
  await expect(page.getByRole('textbox', { name: 'Flink configuration as YAML' })).toHaveValue('execution.checkpointing.interval: 60s\n');
  await page.getByRole('button', { name: 'Edit as rows' }).click();
  await expect(page.getByRole('textbox', { name: 'Configuration value 1' })).toHaveValue('60s');
  await page.getByRole('textbox', { name: 'Label key 1' }).fill('team');
  await page.getByRole('textbox', { name: 'Label value 1' }).fill('payments');

  // The preview is the FlinkDeployment as it will be applied.
  const preview = page.getByRole('region', { name: 'FlinkDeployment preview' });
  await expect(preview).toContainText('team: payments');
  await expect(preview).toContainText('execution.checkpointing.interval: 60s');
  await expect(preview).toContainText(`jarURI: ${JAR}`);
  await expect(preview).toContainText('execution.checkpointing.savepoint-dir: s3://bucket/savepoints');
  await expect(preview).toContainText('flinkVersion: v1_20');
  await screenshots(page, 'application-form');

  await page.getByRole('button', { name: 'Create application' }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${name}$`));
  const detailUrl = page.url();
  const state = page.getByRole('status', { name: /^State:/ });
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(state).toHaveAccessibleName(/State: (Pending|Deploying)/);

  // The reconciler applies it; the operator stand-in reports it running; the page follows.
  await expect.poll(async () => (await readDeployment()).status, { timeout: 30_000 }).toBe(200);
  const applied = (await readDeployment()).body;
  expect(applied.spec).toMatchObject({ image: 'flink:1.20', job: { jarURI: JAR, state: 'running', upgradeMode: 'stateless' } });
  expect(applied.spec.flinkConfiguration).toMatchObject({ 'execution.checkpointing.interval': '60s', 'execution.checkpointing.savepoint-dir': 's3://bucket/savepoints' });
  const jobId = '3f1c0ffee0ddba11c0ffee0ddba11abc';
  await writeStatus(cp.admin, ref, runningApplicationStatus(jobId), { reason: 'JobStatusChanged', message: 'Job status changed from RECONCILING to RUNNING', component: 'Job' });
  await expect(state).toHaveAccessibleName('State: Running', { timeout: 20_000 });
  await expect(page.getByText(jobId)).toBeVisible();
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.getByRole('list', { name: 'Recent events' })).toContainText('JobStatusChanged');
  await page.screenshot({ path: `${SHOTS}/application-events-light.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Overview' }).click();
  await screenshots(page, 'application-detail');

  // Suspend: confirmed, then job.state in the cluster, then the reported state.
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  const suspendDialog = page.getByRole('dialog', { name: `Suspend ${name}?` });
  await expect(suspendDialog).toContainText('starts with empty state');
  await suspendDialog.getByRole('button', { name: 'Suspend' }).click();
  await expect.poll(async () => (await readDeployment()).body.spec.job.state, { timeout: 30_000 }).toBe('suspended');
  await writeStatus(cp.admin, ref, { lifecycleState: 'SUSPENDED', jobManagerDeploymentStatus: 'MISSING', jobStatus: { state: 'SUSPENDED', jobId } });
  await expect(state).toHaveAccessibleName('State: Suspended', { timeout: 20_000 });
  // A suspended job takes no savepoint: the button says why.
  await expect(page.getByRole('button', { name: 'Savepoint', exact: true })).toHaveAccessibleDescription(/suspended/);

  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect.poll(async () => (await readDeployment()).body.spec.job.state, { timeout: 30_000 }).toBe('running');
  await writeStatus(cp.admin, ref, runningApplicationStatus(jobId));
  await expect(state).toHaveAccessibleName('State: Running', { timeout: 20_000 });

  // Edit: two tabs open the form; the first to apply wins (after a look at the diff and the
  // warning), the other is told its version is stale and reloads to the current spec.
  const other = await page.context().newPage();
  await other.goto(`${detailUrl}/edit`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Jar URI (required)' })).toHaveValue(JAR);
  await page.getByRole('textbox', { name: 'Parallelism' }).fill('2');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: `Apply 1 change to ${name}?` });
  await expect(review.getByRole('row', { name: /parallelism/ }).getByRole('cell')).toHaveText(['parallelism', '1', '2']);
  await expect(review.getByRole('alert')).toContainText('restarts the job with empty state');
  await page.screenshot({ path: `${SHOTS}/application-edit-review-light.png` });
  await review.getByRole('button', { name: 'Apply changes' }).click();
  await expect(page).toHaveURL(detailUrl);
  await expect.poll(async () => (await readDeployment()).body.spec.job.parallelism, { timeout: 30_000 }).toBe(2);
  expect((await readDeployment()).body.spec.job.state).toBe('running');
  await other.getByRole('textbox', { name: 'Entry class' }).fill('org.apache.flink.streaming.examples.statemachine.StateMachineExample');
  await other.getByRole('button', { name: 'Review changes' }).click();
  await other.getByRole('dialog', { name: `Apply 1 change to ${name}?` }).getByRole('button', { name: 'Apply changes' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'changed since you opened it' })).toBeVisible();
  await other.getByRole('button', { name: 'Reload' }).click();
  await expect(other.getByRole('textbox', { name: 'Parallelism' })).toHaveValue('2');
  await expect(other.getByRole('textbox', { name: 'Entry class' })).toHaveValue('');
  await other.close();
  await writeStatus(cp.admin, ref, runningApplicationStatus(jobId));
  await page.getByRole('tab', { name: 'Revisions' }).click();
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem').first()).toContainText('job.parallelism');
  await page.screenshot({ path: `${SHOTS}/application-revisions-light.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Manifest' }).click();
  await expect(page.getByRole('region', { name: 'FlinkDeployment manifest' })).toContainText('parallelism: 2');
  await page.screenshot({ path: `${SHOTS}/application-manifest-light.png`, fullPage: true });

  // A savepoint: requested, applied as a FlinkStateSnapshot, completed by the operator.
  await page.getByRole('button', { name: 'Savepoint', exact: true }).click();
  const savepoints = page.getByRole('table', { name: 'Savepoints' });
  await expect(savepoints.getByRole('row')).toHaveCount(2);
  const snapshots = async () =>
    (await kubeRequest<{ items: { metadata: { name: string } }[] }>(cp.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${ws}/flinkstatesnapshots`)).body.items ?? [];
  await expect.poll(async () => (await snapshots()).length, { timeout: 30_000 }).toBe(1);
  const [snapshot] = await snapshots();
  await expect(savepoints).toContainText(snapshot!.metadata.name);
  await writeStatus(cp.admin, { kind: 'FlinkStateSnapshot', namespace: ws, name: snapshot!.metadata.name }, completedSnapshotStatus('s3://bucket/savepoints/savepoint-3f1c0f-2a4b6c8d'));
  await expect(savepoints.getByRole('row').nth(1)).toContainText('Completed', { timeout: 20_000 });
  await expect(savepoints).toContainText('s3://bucket/savepoints/savepoint-3f1c0f-2a4b6c8d');
  await expect(savepoints).toContainText('On request');
  await page.screenshot({ path: `${SHOTS}/application-savepoints-light.png`, fullPage: true });

  // The list shows it with its state, job state, version, parallelism and resources.
  await page.getByRole('link', { name: '← Applications' }).click();
  const row = page.getByRole('table', { name: 'Applications' }).getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Running');
  await expect(row).toContainText('RUNNING');
  await expect(row).toContainText('1 CPU · 2048m · 1 slot');
  await expect(row.getByRole('cell').nth(4)).toHaveText('2');
  await screenshots(page, 'applications-list');
  await row.getByRole('link', { name }).click();

  // A viewer sees the application and its state, and no way to change it.
  const vera = await inviteMember(page, browser, slug, 'Vera Viewer');
  await grantRole(page, slug, ws, { name: 'Vera Viewer', email: vera.email }, 'viewer');
  await vera.page.goto(`/orgs/${slug}/workspaces/${ws}/applications/${name}`);
  await expect(vera.page.getByRole('heading', { name })).toBeVisible();
  await expect(vera.page.getByText('Running', { exact: true }).first()).toBeVisible();
  for (const action of ['Suspend', 'Restart', 'Savepoint', 'Edit', 'Delete']) {
    await expect(vera.page.getByRole('button', { name: action, exact: true })).toHaveCount(0);
    await expect(vera.page.getByRole('link', { name: action, exact: true })).toHaveCount(0);
  }
  await vera.page.goto(`/orgs/${slug}/workspaces/${ws}/applications/new`);
  await expect(vera.page.getByText('Only editors and admins of this workspace can')).toBeVisible();
  await expect(vera.page.getByRole('button', { name: 'Create application' })).toHaveCount(0);
  await vera.page.context().close();
  await page.goto(`/orgs/${slug}/workspaces/${ws}/applications/${name}`);

  // Delete: the name typed to confirm; the list shows it until the cluster lets go.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const deleteDialog = page.getByRole('dialog', { name: `Delete application ${name}?` });
  await expect(deleteDialog.getByRole('checkbox', { name: 'Take a final savepoint first' })).toBeEnabled();
  await expect(deleteDialog.getByRole('button', { name: 'Delete application' })).toBeDisabled();
  await deleteDialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await page.screenshot({ path: `${SHOTS}/application-delete-light.png` });
  await deleteDialog.getByRole('button', { name: 'Delete application' }).click();
  await expect(page).toHaveURL(new RegExp(`/workspaces/${ws}/applications$`));
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible({ timeout: 60_000 });
  expect((await readDeployment()).status).toBe(404);
});
