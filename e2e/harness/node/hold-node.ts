// For node.int.test.ts: starts a control plane with a node, runs a pod, prints `RUN_DIR=<dir>`
// and waits to be killed, so the test can kill it with SIGKILL and see what a later start
// cleans up.
import { startControlPlane } from '../control-plane';
import { kubeRequest } from '../kube-http';
import { waitFor } from '../processes';

void (async () => {
  const cp = await startControlPlane({ installCrds: false, node: true });
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'held' },
    spec: { automountServiceAccountToken: false, containers: [{ name: 'pause', image: cp.node!.pauseImage, imagePullPolicy: 'Never' }] },
  };
  await waitFor('the default ServiceAccount', async () => (await kubeRequest(cp.admin, 'GET', '/api/v1/namespaces/default/serviceaccounts/default')).status === 200, 30_000);
  await kubeRequest(cp.admin, 'POST', '/api/v1/namespaces/default/pods', pod);
  const running = async () => ((await kubeRequest(cp.admin, 'GET', '/api/v1/namespaces/default/pods/held')).body as { status?: { phase?: string } }).status?.phase === 'Running';
  await waitFor('the pod to run', running, 60_000);
  console.log(`RUN_DIR=${cp.workDir} BRIDGE=${cp.node!.bridge} CGROUP=${cp.node!.cgroupName}`);
  setInterval(() => {}, 60_000);
})();
