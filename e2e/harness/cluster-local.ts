// `npm run cluster:local`: the tests' control plane in the foreground, for trying the console
// without any other Kubernetes. Prints what to paste into the cluster registration form.
// Run by node with tsx as a loader: tsx's own runner would cut the cleanup on Ctrl-C short.
import { startControlPlane } from './control-plane';

async function main() {
  const started = Date.now();
  console.log('Starting a local Kubernetes control plane (etcd, kube-apiserver, kube-controller-manager, Flink CRDs)…');
  const cp = await startControlPlane({ log: (line) => console.log(`  ${line}`) });
  console.log(`\nServing in ${((Date.now() - started) / 1000).toFixed(1)} s. Paste these into Flotilla's cluster registration form:\n`);
  console.log(`API server address:\n  ${cp.url}\n`);
  console.log(`CA certificate (PEM):\n${cp.caPem}`);
  console.log(`Bearer token (identity "flotilla", holding exactly the permissions Flotilla needs):\n  ${cp.restrictedToken}\n`);
  console.log(`Admin kubeconfig for your own tools: ${cp.adminKubeconfigPath}`);
  console.log('The address is on loopback: start the console with FLOTILLA_CLUSTER_ADDRESSES=loopback.');
  console.log('Press Ctrl-C to stop; everything it started and wrote is removed.');
  // The harness stops itself on SIGINT/SIGTERM; keep the process alive until then.
  setInterval(() => {}, 1 << 30);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
