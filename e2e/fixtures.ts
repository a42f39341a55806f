// The browser suites' `test`: Playwright's, plus `controlPlane`, a real etcd + kube-apiserver with
// the Flink operator's CRDs. It is worker-scoped: started once for the specs a worker runs and
// stopped after them (a worker restarted after a failure starts a fresh one). Specs keep apart by
// their own organizations and workspace names; one that stops the API server starts it again.
import { test as base } from '@playwright/test';
import { startControlPlane, type ControlPlane } from './harness/control-plane';

export const test = base.extend<object, { controlPlane: ControlPlane }>({
  controlPlane: [
    async ({}, use) => {
      const cp = await startControlPlane();
      await use(cp);
      await cp.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export { expect, type Page } from '@playwright/test';
