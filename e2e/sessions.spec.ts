// A workspace editor (the organization's owner) starts a Flink session through the form, sees it
// pending, then running when the operator stand-in reports it, all without a reload; submits two
// jobs to it, which run; suspends one while the other keeps running (each FlinkSessionJob's
// job.state in the cluster says so); takes a savepoint of the other, which the workspace's
// Savepoints tab lists; and deletes the session with its jobs, after a final savepoint where
// possible: the jobs go first, then the session, and their objects are gone from the cluster.
// Another editor grows a session through the edit form (reviewed diff) and restarts it; a viewer
// of the workspace sees the session and no way to change it.
import { expect, test, type Page } from './fixtures';
import { kubeRequest } from './harness/kube-http';
import { writeStatus } from './harness/operator-stand-in';
import { completedSnapshotStatus, flinkJobId, readySessionStatus, runningSessionJobStatus } from './harness/operator-status';
import { createReadyWorkspace, dismissToasts, grantRole, inviteMember, registerCluster, screenshots, SHOTS, signUpOrganization, uniqueSuffix } from './support';

const FLINK = '/apis/flink.apache.org/v1beta1/namespaces';

type FlinkDeployment = { spec: { job?: unknown; restartNonce?: number; taskManager: { replicas: number }; flinkConfiguration: Record<string, string> } };
type FlinkSessionJob = { spec: { deploymentName: string; job: { jarURI: string; state: string; parallelism: number } } };

async function submitJob(page: Page, name: string, parallelism: string, opts: { firstJob?: boolean; savepointDir?: string } = {}) {
  await page.getByRole('link', { name: 'Submit job' }).click();
  await expect(page.getByRole('heading', { name: /^Submit a job to/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name (required)' }).fill(name);
  const jar = page.getByRole('textbox', { name: 'Jar URI (required)' });
  if (opts.firstJob) {
    // The operator's rule for session jobs is said at the field, before and after typing.
    await expect(jar).toHaveAccessibleDescription(/only https:\/\/ jar URLs for session jobs/);
    await jar.fill('local:///opt/flink/usrlib/job.jar');
    await jar.blur();
    await expect(jar).toHaveAccessibleDescription('The operator accepts only https:// jar URLs for session jobs.');
  }
  await jar.fill(`https://artifacts.example.com/jobs/${name}.jar`);
  await page.getByRole('textbox', { name: 'Parallelism' }).fill(parallelism);
  if (opts.savepointDir) await page.getByRole('textbox', { name: 'Savepoint directory' }).fill(opts.savepointDir);
  const preview = page.getByRole('region', { name: 'FlinkSessionJob preview' });
  await expect(preview).toContainText('deploymentName: analytics');
  await expect(preview).toContainText(`parallelism: ${parallelism}`);
  if (opts.firstJob) {
    await dismissToasts(page);
    await page.screenshot({ path: `${SHOTS}/session-job-form-light.png`, fullPage: true });
  }
  await page.getByRole('button', { name: 'Submit job' }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${name}$`));
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await page.getByRole('link', { name: /^← Session/ }).click();
}

test('an editor starts a session, runs two jobs in it, suspends one and deletes the session with its jobs', async ({ page, controlPlane: cp }) => {
  test.setTimeout(300_000);
  const { slug } = await signUpOrganization(page);
  await registerCluster(page, slug, cp);
  const ws = `sess-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  const session = 'analytics';
  const deploymentPath = `${FLINK}/${ws}/flinkdeployments/${session}`;
  const jobPath = (job: string) => `${FLINK}/${ws}/flinksessionjobs/${job}`;
  const readJob = (job: string) => kubeRequest<FlinkSessionJob>(cp.admin, 'GET', jobPath(job));

  // An empty workspace offers the form.
  await page.goto(`/orgs/${slug}/workspaces/${ws}/sessions`);
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  await page.getByRole('link', { name: 'New session' }).click();
  await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();

  // Name, image and a session of 2 TaskManagers with 2 slots each; an extra jar every job shares.
  await page.getByRole('textbox', { name: 'Name (required)' }).fill(session);
  await page.getByRole('textbox', { name: 'Image (required)' }).fill('flink:1.20');
  await page.getByRole('textbox', { name: 'Slots' }).fill('2');
  await page.getByRole('textbox', { name: 'Replicas' }).fill('2');
  await expect(page.getByText('2 TaskManagers × 2 slots = 4 slots for jobs')).toBeVisible();
  await page.getByText('Shared dependencies').click();
  const jars = page.getByRole('textbox', { name: 'Extra jars' });
  await jars.fill('http://artifacts.example.com/libs/kafka.jar');
  await jars.blur();
  await expect(jars).toHaveAccessibleDescription('Use an https:// URL of a .jar.');
  await jars.fill('https://artifacts.example.com/libs/kafka.jar');
  await expect(jars).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByText('State, configuration and advanced').click();
  await page.getByRole('textbox', { name: 'Savepoint directory' }).fill('s3://bucket/savepoints');
  await page.getByRole('textbox', { name: 'Configuration key 1' }).fill('state.backend.type');
  await page.getByRole('textbox', { name: 'Configuration value 1' }).fill('rocksdb');

  // The preview is the session's FlinkDeployment: no job, the slots, the jar fetched at start.
  const preview = page.getByRole('region', { name: 'FlinkDeployment preview' });
  await expect(preview).toContainText('taskmanager.numberOfTaskSlots: "2"');
  await expect(preview).toContainText('replicas: 2');
  await expect(preview).toContainText('https://artifacts.example.com/libs/kafka.jar');
  await expect(preview).not.toContainText('jarURI');
  await screenshots(page, 'session-form');

  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${session}$`));
  const state = page.getByRole('status', { name: /^State:/ });
  await expect(page.getByRole('heading', { level: 2, name: session })).toBeVisible();
  await expect(state).toHaveAccessibleName(/State: (Pending|Deploying)/);
  // Until it runs, no job can be submitted, and the button says why.
  await expect(page.getByRole('button', { name: 'Submit job' })).toHaveAccessibleDescription(/is not ready/);

  // The reconciler applies it (a FlinkDeployment without a job); the operator stand-in reports it ready.
  await expect.poll(async () => (await kubeRequest(cp.admin, 'GET', deploymentPath)).status, { timeout: 30_000 }).toBe(200);
  const applied = (await kubeRequest<FlinkDeployment>(cp.admin, 'GET', deploymentPath)).body;
  expect(applied.spec.job).toBeUndefined();
  expect(applied.spec.taskManager.replicas).toBe(2);
  expect(applied.spec.flinkConfiguration).toMatchObject({ 'taskmanager.numberOfTaskSlots': '2', 'state.backend.type': 'rocksdb' });
  await writeStatus(cp.admin, { kind: 'FlinkDeployment', namespace: ws, name: session }, readySessionStatus(), {
    reason: 'StatusChanged',
    message: 'JobManager deployment status changed from DEPLOYING to READY',
    component: 'JobManagerDeployment',
  });
  await expect(state).toHaveAccessibleName('State: Running', { timeout: 20_000 });
  const summary = page.getByRole('group', { name: 'Summary' });
  await expect(summary).toContainText('Ready');
  await expect(summary).toContainText('4 slots');

  // Two jobs, each its own FlinkSessionJob naming the session; both reported running.
  await submitJob(page, 'clicks', '2', { firstJob: true });
  await submitJob(page, 'orders', '1', { savepointDir: 's3://bucket/savepoints/orders' });
  const jobs = page.getByRole('table', { name: 'Jobs' });
  await expect(jobs.getByRole('row')).toHaveCount(3);
  for (const job of ['clicks', 'orders']) {
    await expect.poll(async () => (await readJob(job)).status, { timeout: 30_000 }).toBe(200);
    const object = (await readJob(job)).body;
    expect(object.spec).toMatchObject({ deploymentName: session, job: { jarURI: `https://artifacts.example.com/jobs/${job}.jar`, state: 'running' } });
  }
  const clicksId = flinkJobId();
  await writeStatus(cp.admin, { kind: 'FlinkSessionJob', namespace: ws, name: 'clicks' }, runningSessionJobStatus(clicksId));
  await writeStatus(cp.admin, { kind: 'FlinkSessionJob', namespace: ws, name: 'orders' }, runningSessionJobStatus());
  const row = (job: string) => jobs.getByRole('row', { name: new RegExp(`^${job}`) });
  await expect(row('clicks')).toContainText('Running', { timeout: 20_000 });
  await expect(row('orders')).toContainText('Running', { timeout: 20_000 });
  await expect(summary).toContainText('2 running');
  await screenshots(page, 'session-detail');

  // Suspend one job: only its FlinkSessionJob changes; the other keeps running.
  await row('clicks').getByRole('button', { name: 'Suspend' }).click();
  const suspendDialog = page.getByRole('dialog', { name: 'Suspend clicks?' });
  await expect(suspendDialog).toContainText('starts with empty state');
  await suspendDialog.getByRole('button', { name: 'Suspend' }).click();
  await expect.poll(async () => (await readJob('clicks')).body.spec.job.state, { timeout: 30_000 }).toBe('suspended');
  expect((await readJob('orders')).body.spec.job.state).toBe('running');
  await writeStatus(cp.admin, { kind: 'FlinkSessionJob', namespace: ws, name: 'clicks' }, { lifecycleState: 'SUSPENDED', jobStatus: { state: 'SUSPENDED', jobId: clicksId } });
  await expect(row('clicks')).toContainText('Suspended', { timeout: 20_000 });
  await expect(row('clicks').getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(row('orders')).toContainText('Running');
  expect((await readJob('orders')).body.spec.job.state).toBe('running');

  // The list shows the session's capacity and how many of its jobs run.
  await page.getByRole('link', { name: '← Sessions' }).click();
  const listRow = page.getByRole('table', { name: 'Sessions' }).getByRole('row', { name: new RegExp(`^${session}`) });
  await expect(listRow).toContainText('Running');
  await expect(listRow).toContainText('4 slots');
  await expect(listRow).toContainText('1 running');
  await screenshots(page, 'sessions-list');
  await listRow.getByRole('link', { name: session }).click();

  // A job's page, like an application's, with a savepoint taken on request.
  await row('orders').getByRole('link', { name: 'orders' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'orders' })).toBeVisible();
  await expect(page.getByRole('status', { name: /^State:/ })).toHaveAccessibleName('State: Running');
  await expect(page.getByText('RUNNING', { exact: true })).toBeVisible();
  await screenshots(page, 'session-job-detail');
  await page.getByRole('button', { name: 'Savepoint', exact: true }).click();
  const savepoints = page.getByRole('table', { name: 'Savepoints' });
  await expect(savepoints.getByRole('row')).toHaveCount(2);
  const snapshots = async () => (await kubeRequest<{ items: { metadata: { name: string } }[] }>(cp.admin, 'GET', `${FLINK}/${ws}/flinkstatesnapshots`)).body.items ?? [];
  await expect.poll(async () => (await snapshots()).length, { timeout: 30_000 }).toBe(1);
  const [snapshot] = await snapshots();
  const savepointPath = 's3://bucket/savepoints/orders/savepoint-d1e0be-5c4b3a2f';
  await writeStatus(cp.admin, { kind: 'FlinkStateSnapshot', namespace: ws, name: snapshot!.metadata.name }, completedSnapshotStatus(savepointPath));
  await expect(savepoints.getByRole('row').nth(1)).toContainText('Completed', { timeout: 20_000 });
  await expect(savepoints).toContainText(savepointPath);
  await page.getByRole('tab', { name: 'Manifest' }).click();
  await expect(page.getByRole('region', { name: 'FlinkSessionJob manifest' })).toContainText(`deploymentName: ${session}`);
  const sessionUrl = new URL(page.url()).pathname.replace(/\/jobs\/orders$/, '');

  // An upgrade through the edit form: the reviewed change reaches the FlinkSessionJob, the job keeps running.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Jar URI (required)' })).toHaveValue('https://artifacts.example.com/jobs/orders.jar');
  await page.getByRole('textbox', { name: 'Parallelism' }).fill('2');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: 'Apply 1 change to orders?' });
  await expect(review.getByRole('row', { name: /parallelism/ }).getByRole('cell')).toHaveText(['parallelism', '1', '2']);
  await review.getByRole('button', { name: 'Apply changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/orders$`));
  await expect.poll(async () => (await readJob('orders')).body.spec.job.parallelism, { timeout: 30_000 }).toBe(2);
  expect((await readJob('orders')).body.spec.job.state).toBe('running');
  expect((await readJob('clicks')).body.spec.job.state).toBe('suspended');
  await writeStatus(cp.admin, { kind: 'FlinkSessionJob', namespace: ws, name: 'orders' }, runningSessionJobStatus());

  // The workspace's savepoints: what each was taken of, its path to copy.
  await page.getByRole('link', { name: 'Savepoints', exact: true }).click();
  const all = page.getByRole('table', { name: 'Savepoints' });
  await expect(all.getByRole('row').nth(1)).toContainText('Completed');
  await expect(all.getByRole('row').nth(1)).toContainText('orders');
  await expect(all.getByRole('row').nth(1)).toContainText('Session job');
  await expect(all.getByRole('row').nth(1)).toContainText('On request');
  await expect(all.getByRole('button', { name: `Copy the path of ${snapshot!.metadata.name}` })).toBeVisible();
  await screenshots(page, 'workspace-savepoints');
  await page.goto(sessionUrl);

  // Delete the session: it has jobs, so the dialog asks to delete them first.
  await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
  const deleteDialog = page.getByRole('dialog', { name: `Delete session ${session}?` });
  const confirm = deleteDialog.getByRole('button', { name: 'Delete session' });
  await deleteDialog.getByLabel(`Type ${session} to confirm`).fill(session);
  await expect(confirm).toBeDisabled();
  await deleteDialog.getByRole('checkbox', { name: 'Delete its 2 jobs first' }).check();
  // Only orders runs with a savepoint directory: it alone gets a final savepoint.
  const finalSavepoints = deleteDialog.getByRole('checkbox', { name: 'Take a final savepoint of each job first' });
  await expect(finalSavepoints).toHaveAccessibleDescription(/Where possible \(1 of 2\)/);
  await finalSavepoints.check();
  await page.screenshot({ path: `${SHOTS}/session-delete-light.png` });
  await confirm.click();

  // The jobs go first (orders once its final savepoint completes), then the session; the page
  // follows without a reload.
  await expect(row('orders')).toContainText('Taking a final savepoint', { timeout: 20_000 });
  await expect(row('clicks')).toHaveCount(0, { timeout: 30_000 });
  await expect(state).toHaveAccessibleName('State: Deleting');
  await expect.poll(async () => (await snapshots()).length, { timeout: 30_000 }).toBe(2);
  const final = (await snapshots()).find((s) => s.metadata.name !== snapshot!.metadata.name)!;
  await writeStatus(cp.admin, { kind: 'FlinkStateSnapshot', namespace: ws, name: final.metadata.name }, completedSnapshotStatus('s3://bucket/savepoints/orders/savepoint-final'));
  await expect(page.getByRole('heading', { name: 'No jobs' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('alert').filter({ hasText: `${session} was deleted.` })).toBeVisible({ timeout: 60_000 });
  expect((await readJob('clicks')).status).toBe(404);
  expect((await readJob('orders')).status).toBe(404);
  expect((await kubeRequest(cp.admin, 'GET', deploymentPath)).status).toBe(404);
  await page.getByRole('link', { name: 'Back to the sessions' }).click();
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
});

test('an editor edits and restarts a session; a viewer sees it and cannot change it', async ({ page, browser, controlPlane: cp }) => {
  test.setTimeout(180_000);
  const { slug } = await signUpOrganization(page);
  await registerCluster(page, slug, cp);
  const ws = `grow-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  const session = 'shared';
  const deploymentPath = `${FLINK}/${ws}/flinkdeployments/${session}`;
  const readSession = async () => (await kubeRequest<FlinkDeployment>(cp.admin, 'GET', deploymentPath)).body;

  // A minimal session: a name and an image.
  await page.goto(`/orgs/${slug}/workspaces/${ws}/sessions/new`);
  await page.getByRole('textbox', { name: 'Name (required)' }).fill(session);
  await page.getByRole('textbox', { name: 'Image (required)' }).fill('flink:1.20');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${session}$`));
  await expect.poll(async () => (await kubeRequest(cp.admin, 'GET', deploymentPath)).status, { timeout: 30_000 }).toBe(200);
  await writeStatus(cp.admin, { kind: 'FlinkDeployment', namespace: ws, name: session }, readySessionStatus());
  const state = page.getByRole('status', { name: /^State:/ });
  await expect(state).toHaveAccessibleName('State: Running', { timeout: 20_000 });
  const summary = page.getByRole('group', { name: 'Summary' });
  await expect(summary).toContainText('1 slot');

  // Edit: three TaskManagers instead of one; the review names exactly that change.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Image (required)' })).toHaveValue('flink:1.20');
  await page.getByRole('textbox', { name: 'Replicas' }).fill('3');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: `Apply 1 change to ${session}?` });
  await expect(review.getByRole('row', { name: /replicas/ }).getByRole('cell')).toHaveText([/replicas/, '1', '3']);
  await review.getByRole('button', { name: 'Apply changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${session}$`));
  await expect.poll(async () => (await readSession()).spec.taskManager.replicas, { timeout: 30_000 }).toBe(3);
  await expect(summary).toContainText('3 slots');

  // Restart, confirmed: the operator is asked through a new restartNonce.
  const nonceBefore = (await readSession()).spec.restartNonce ?? 0;
  await page.getByRole('button', { name: 'Restart', exact: true }).click();
  const restartDialog = page.getByRole('dialog', { name: `Restart ${session}?` });
  await restartDialog.getByRole('button', { name: 'Restart' }).click();
  await expect(restartDialog).toHaveCount(0);
  await expect.poll(async () => (await readSession()).spec.restartNonce ?? 0, { timeout: 30_000 }).toBeGreaterThan(nonceBefore);
  expect((await readSession()).spec.taskManager.replicas).toBe(3);
  await writeStatus(cp.admin, { kind: 'FlinkDeployment', namespace: ws, name: session }, readySessionStatus());
  await expect(state).toHaveAccessibleName('State: Running', { timeout: 20_000 });

  // A viewer sees the session, its capacity and spec, and no action.
  const vera = await inviteMember(page, browser, slug, 'Vera Viewer');
  await grantRole(page, slug, ws, { name: 'Vera Viewer', email: vera.email }, 'viewer');
  await vera.page.goto(`/orgs/${slug}/workspaces/${ws}/sessions/${session}`);
  await expect(vera.page.getByRole('heading', { level: 2, name: session })).toBeVisible();
  await expect(vera.page.getByRole('status', { name: /^State:/ })).toHaveAccessibleName('State: Running');
  await expect(vera.page.getByRole('group', { name: 'Summary' })).toContainText('3 slots');
  for (const action of ['Restart', 'Edit', 'Delete', 'Submit job']) {
    await expect(vera.page.getByRole('button', { name: action, exact: true })).toHaveCount(0);
    await expect(vera.page.getByRole('link', { name: action, exact: true })).toHaveCount(0);
  }
  await vera.page.getByRole('tab', { name: 'Spec' }).click();
  await expect(vera.page.getByText('flink:1.20').first()).toBeVisible();
  await screenshots(vera.page, 'session-viewer');
  await vera.page.goto(`/orgs/${slug}/workspaces/${ws}/sessions/${session}/edit`);
  await expect(vera.page.getByText('Only editors and admins of this workspace can')).toBeVisible();
  await vera.page.context().close();
});
