// A newcomer's second start (issue 20): `next dev`, sign up, Ctrl-C, `next dev` again over the same
// build folder and database, as the README's quick start has them do. The page must stay put: an
// endless reload loop after a restart over Turbopack's persistent dev cache made forms unusable.
// Its own dev server, build folder (.next-dev-restart, named in tsconfig.json so Next leaves that
// file alone) and embedded database inside the project, where `.data` lives by default (its writes
// were what kept recompiling the CSS). On 2 cores the first compile dominates: about 3 minutes.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from './harness/free-port';
import { startProcess, waitFor, type Managed } from './harness/processes';
import { PASSWORD, uniqueSuffix } from './support';

const DIST_DIR = '.next-dev-restart';
const DATA_DIR = '.data-dev-restart';
const QUIET_MS = 10_000;

test.describe.configure({ timeout: 480_000 });

function startDev(port: number): Managed {
  process.env.NEXT_DIST_DIR = DIST_DIR;
  process.env.FLOTILLA_DATA_DIR = DATA_DIR;
  process.env.FLOTILLA_PUBLIC_URL = `http://127.0.0.1:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const logFile = path.join('test-results', `dev-restart-${Date.now()}.log`);
  return startProcess('next dev', process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '-p', String(port), '-H', '127.0.0.1'], logFile);
}

async function ready(dev: Managed, url: string) {
  await waitFor('next dev to serve', async () => (await fetch(`${url}/api/healthz`)).ok, 180_000, dev);
}

/** Stops the dev server as a person does, with Ctrl-C (SIGINT), so it writes its cache as usual. */
async function interrupt(dev: Managed) {
  const exited = new Promise((resolve) => dev.child.once('exit', resolve));
  dev.child.kill('SIGINT');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  await dev.stop();
}

/** Counts full page loads (a reload is one) from now on. */
function countLoads(page: Page) {
  const counter = { loads: 0 };
  page.on('load', () => counter.loads++);
  return counter;
}

test('after a restart of next dev over the same build folder, an open page stays put', async ({ page }) => {
  const started = Date.now();
  rmSync(DIST_DIR, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  page.setDefaultNavigationTimeout(180_000);
  let dev = startDev(port);
  try {
    await ready(dev, url);
    // First start: sign up (the database is written), as a newcomer does before restarting. Dev
    // compiles each page on its first visit, so waits here are long.
    await page.goto(`${url}/sign-up`);
    await page.getByLabel('Your name').fill('Dev Newcomer');
    await page.getByLabel('Work email').fill(`dev-${uniqueSuffix()}@example.com`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Organization').fill(`Dev ${uniqueSuffix()}`);
    const slug = await page.getByLabel('Identifier').inputValue();
    await page.getByRole('button', { name: 'Create organization' }).click();
    const home = `${url}/orgs/${slug}`;
    await expect(page).toHaveURL(home, { timeout: 180_000 });
    await interrupt(dev);

    dev = startDev(port);
    await ready(dev, url);
    await page.goto(home);
    await expect(page.getByRole('heading', { name: 'Getting started' })).toBeVisible({ timeout: 120_000 });
    const counter = countLoads(page);
    await page.waitForTimeout(QUIET_MS);
    expect(counter.loads, `the page reloaded itself ${counter.loads} times in ${QUIET_MS / 1000} s`).toBe(0);
    await expect(page).toHaveURL(home);
    console.log(`[dev-restart] took ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await interrupt(dev);
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
});
