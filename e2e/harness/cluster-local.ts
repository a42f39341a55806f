// `npm run cluster:local`: the tests' control plane in the foreground, for trying the console
// without any other Kubernetes. Prints what to paste into the cluster registration form.
// The real Flink operator runs in it (with its own CRD version) unless --no-operator is given.
// Run by node with tsx as a loader: tsx's own runner would cut the cleanup on Ctrl-C short.
import { startControlPlane } from './control-plane';
import { DEFAULT_OPERATOR_VERSION } from './flink-operator';

async function main() {
  const started = Date.now();
  const withOperator = !process.argv.includes('--no-operator');
  const version = withOperator ? DEFAULT_OPERATOR_VERSION : undefined;
  console.log(
    `Starting a local Kubernetes control plane (etcd, kube-apiserver, kube-controller-manager, Flink CRDs${withOperator ? `, Flink operator ${version}` : ''})…`,
  );
  const cp = await startControlPlane({ operator: version, crds: version, log: (line) => console.log(`  ${line}`) });
  console.log(`\nServing in ${((Date.now() - started) / 1000).toFixed(1)} s. Paste these into Flotilla's cluster registration form:\n`);
  console.log(`API server address:\n  ${cp.url}\n`);
  console.log(`CA certificate (PEM):\n${cp.caPem}`);
  console.log(`Bearer token (identity "flotilla", holding exactly the permissions Flotilla needs):\n  ${cp.restrictedToken}\n`);
  console.log(`Admin kubeconfig for your own tools: ${cp.adminKubeconfigPath}`);
  if (cp.operator) {
    console.log(`The Flink Kubernetes Operator ${cp.operator.version} runs (all namespaces; no node runs pods, so JobManagers stay DEPLOYING).`);
    console.log(`  Its log: ${cp.operator.process.logFile}`);
  } else {
    console.log('No Flink operator runs (--no-operator): Flink resources are stored but nobody reconciles them.');
  }
  console.log('The address is on loopback: start the console with FLOTILLA_CLUSTER_ADDRESSES=loopback.');
  console.log('Press Ctrl-C to stop; everything it started and wrote is removed.');
  // The harness stops itself on SIGINT/SIGTERM; keep the process alive until then.
  setInterval(() => {}, 1 << 30);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
