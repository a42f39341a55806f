// A real local Kubernetes control plane for tests and for people: etcd, kube-apiserver (TLS,
// RBAC, static tokens, service-account signing) and kube-controller-manager (so namespaces
// really finish deleting and quotas count usage), with the Flink operator's CRDs installed.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { flotillaClusterObjects } from '../../lib/k8s/required-permissions';
import { createPki, issueClientCertificate } from './certificates';
import { grantOperatorIdentity, startFlinkOperator, type FlinkOperator } from './flink-operator';
import { freePort } from './free-port';
import { kubeRequest, type KubeTarget } from './kube-http';
import { cleanUpAbandonedNode, createNodeNetwork, ensureNodeBinaries, KUBERNETES_SERVICE_IP, readHostState, SERVICE_CIDR, startNode, type KubeNode, type NodeNetwork } from './node/node';
import { startProcess, waitFor, type Managed } from './processes';

export interface ControlPlane {
  /** https://127.0.0.1:<port> */
  url: string;
  caPem: string;
  /** Member of system:masters. */
  adminToken: string;
  /** User `flotilla`: holds exactly the least-privilege manifest of lib/k8s/required-permissions.ts, guard policy included. */
  restrictedToken: string;
  /** User `nobody`: authenticated, granted nothing. */
  unprivilegedToken: string;
  adminKubeconfigPath: string;
  admin: KubeTarget;
  /** The temporary directory holding certificates, etcd data and logs; removed by stop(). */
  workDir: string;
  /** Process ids of etcd, kube-apiserver and kube-controller-manager while they run. */
  pids(): number[];
  /** A client certificate for `user`, signed by the cluster's CA, for client-certificate authentication. */
  issueClientCertificate(user: string, groups?: string[]): { certPem: string; keyPem: string };
  /** Stops only kube-apiserver (an outage); etcd keeps the state. */
  stopApiServer(): Promise<void>;
  /** Starts kube-apiserver again on the same address with the same certificates. */
  startApiServer(): Promise<void>;
  stop(): Promise<void>;
  /** The real Flink operator, when `operator` was asked for. */
  operator?: FlinkOperator;
  /** The node, when `node` was asked for (its name is its bridge address). */
  node?: KubeNode;
}

export interface ControlPlaneOptions {
  installCrds?: boolean;
  /** Version of the Flink operator's CRDs to install (default: build-control-plane.sh's, 1.10.0). */
  crds?: string;
  /** Start the real Flink operator of this version (e.g. '1.7.0') once the CRDs are served. */
  operator?: string;
  /**
   * Also run a real node (node/node.ts): containerd, kubelet, kube-scheduler, kube-proxy,
   * CoreDNS and the controllers pods need. kube-apiserver then listens on the node's bridge
   * address instead of 127.0.0.1 (both are local), so pods reach it. Needs root.
   */
  node?: boolean;
  log?: (line: string) => void;
}

const WORK_DIR_PREFIX = 'flotilla-k8s-';

export function ensureBinaries(log: (s: string) => void = () => {}, crds?: string): { binDir: string; crdDir: string } {
  const script = path.join(__dirname, 'build-control-plane.sh');
  const env = crds ? { ...process.env, FLINK_OPERATOR_VERSION: crds } : process.env;
  // Its progress (stderr) shows as it happens: a cold build takes minutes.
  const out = execFileSync('bash', [script], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  const value = (key: string) => out.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1];
  const binDir = value('BIN_DIR');
  const crdDir = value('CRD_DIR');
  if (!binDir || !crdDir) throw new Error(`build-control-plane.sh gave no BIN_DIR/CRD_DIR:\n${out}`);
  log(`binaries: ${binDir}`);
  return { binDir, crdDir };
}

export async function startControlPlane(opts: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const { binDir, crdDir } = ensureBinaries(log, opts.crds);
  const nodeBinaries = opts.node ? ensureNodeBinaries(log) : undefined;
  removeAbandonedWorkDirs();
  const dir = mkdtempSync(path.join(os.tmpdir(), WORK_DIR_PREFIX));
  writeFileSync(path.join(dir, 'owner.pid'), String(process.pid));
  // Read before kubelet changes them, so the node's clean-up can put them back.
  const hostState = opts.node ? readHostState() : undefined;
  let network: NodeNetwork | undefined;
  let node: KubeNode | undefined;
  try {
    network = opts.node ? createNodeNetwork() : undefined;
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const host = network?.ip ?? '127.0.0.1';
  const pki = createPki(dir, network ? [network.ip, KUBERNETES_SERVICE_IP] : []);
  const caPem = readFileSync(pki.caCert, 'utf8');
  let kubeletClient: { cert: string; key: string } | undefined;
  if (network) {
    issueClientCertificate(pki, dir, 'kube-apiserver-kubelet-client', ['system:masters']);
    kubeletClient = { cert: path.join(dir, 'client-kube-apiserver-kubelet-client.crt'), key: path.join(dir, 'client-kube-apiserver-kubelet-client.key') };
  }
  const [etcdPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const url = `https://${host}:${apiPort}`;
  const tokens = { admin: `admin-${rand()}`, restricted: `flotilla-${rand()}`, unprivileged: `nobody-${rand()}`, operator: `flink-operator-${rand()}` };
  writeFileSync(
    path.join(dir, 'tokens.csv'),
    [
      `${tokens.admin},admin,uid-admin,"system:masters"`,
      `${tokens.restricted},flotilla,uid-flotilla`,
      `${tokens.unprivileged},nobody,uid-nobody`,
      ...(opts.operator ? [`${tokens.operator},flink-operator,uid-flink-operator`] : []),
    ].join('\n') + '\n',
    { mode: 0o600 },
  );
  const admin: KubeTarget = { url, caPem, token: tokens.admin };
  const adminKubeconfigPath = path.join(dir, 'admin.kubeconfig');
  writeFileSync(adminKubeconfigPath, kubeconfig(url, pki.caCert, tokens.admin), { mode: 0o600 });

  const processes: Managed[] = [];
  let stopped = false;
  // On an interrupt, stop and clean up, then exit as the signal would have. A plain exit (or a
  // crash) still removes the files: the children are killed by processes.ts and the kernel.
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  // The node's clean-up is synchronous so that it also runs here: kill what it started (its
  // processes' parent is dying), unmount, remove the bridge, restore sysctls, then the files.
  const removeDir = () => {
    if (network) {
      for (const p of processes) p.child.kill('SIGKILL');
      if (node) node.cleanUp();
      else network.remove();
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', removeDir);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', removeDir);
    for (const p of [...processes].reverse()) await p.stop();
    removeDir();
  };

  try {
    const etcd = startProcess('etcd', path.join(binDir, 'etcd'), [
      '--name=default',
      `--data-dir=${path.join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
      `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-cluster=default=http://127.0.0.1:${peerPort}`,
      '--unsafe-no-fsync',
      '--log-level=warn',
    ], path.join(dir, 'etcd.log'));
    processes.push(etcd);
    await waitFor('etcd', async () => (await fetch(`http://127.0.0.1:${etcdPort}/health`)).ok, 30_000, etcd);
    log(`etcd ready at ${since()}`);

    const apiArgs = [
      `--etcd-servers=http://127.0.0.1:${etcdPort}`,
      `--secure-port=${apiPort}`,
      `--bind-address=${host}`,
      `--advertise-address=${host}`,
      `--tls-cert-file=${pki.serverCert}`,
      `--tls-private-key-file=${pki.serverKey}`,
      `--client-ca-file=${pki.caCert}`,
      `--token-auth-file=${path.join(dir, 'tokens.csv')}`,
      '--authorization-mode=RBAC',
      `--service-account-key-file=${pki.saPub}`,
      `--service-account-signing-key-file=${pki.saKey}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      // As in most clusters: privileged pods are refused by Pod Security Admission, not by this flag.
      '--allow-privileged=true',
      '--profiling=false',
      // kubelet accepts clients with certificates of this CA (logs, exec, port-forward).
      ...(network ? [`--kubelet-client-certificate=${kubeletClient!.cert}`, `--kubelet-client-key=${kubeletClient!.key}`] : []),
      // With a node, the `kubernetes` Service's endpoint is the bridge address pods reach.
      `--endpoint-reconciler-type=${network ? 'lease' : 'none'}`,
      '--v=1',
    ];
    let apiServer = startApiServerProcess();
    function startApiServerProcess() {
      const p = startProcess('kube-apiserver', path.join(binDir, 'kube-apiserver'), apiArgs, path.join(dir, 'kube-apiserver.log'));
      processes.push(p);
      return p;
    }
    const waitReady = (p: Managed) =>
      waitFor('kube-apiserver /readyz', async () => (await kubeRequest(admin, 'GET', '/readyz')).status === 200, 90_000, p);
    await waitReady(apiServer);
    log(`kube-apiserver ready at ${since()} on ${url}`);

    await grantRestrictedIdentity(admin, { url, caPem, token: tokens.restricted });
    if (opts.installCrds !== false) {
      await installCrds(admin, crdDir);
      log(`Flink CRDs from ${path.basename(crdDir)} served at ${since()}`);
    }

    // Started after the CRDs exist: the quota controller discovers countable resources at start
    // and otherwise would not count FlinkDeployments until its next resync minutes later.
    const controllerManager = startProcess('kube-controller-manager', path.join(binDir, 'kube-controller-manager'), [
      `--kubeconfig=${adminKubeconfigPath}`,
      `--controllers=namespace-controller,garbage-collector-controller,resourcequota-controller,serviceaccount-controller,serviceaccount-token-controller${
        network ? ',deployment-controller,replicaset-controller,endpointslice-controller,endpoints-controller,node-lifecycle-controller,root-ca-certificate-publisher-controller,pod-garbage-collector-controller,ttl-controller' : ''
      }`,
      `--service-account-private-key-file=${pki.saKey}`,
      `--root-ca-file=${pki.caCert}`,
      '--leader-elect=false',
      '--secure-port=0',
      '--resource-quota-sync-period=15s',
      '--v=1',
    ], path.join(dir, 'kube-controller-manager.log'));
    processes.push(controllerManager);

    if (network && nodeBinaries && hostState) {
      // Known from its first step on, so that a failure part-way still cleans up the node's part.
      const created = (n: KubeNode) => (node = n);
      const target = { dir, network, kubeconfigPath: adminKubeconfigPath, caFile: pki.caCert, admin, binaries: nodeBinaries, track: (p: Managed) => processes.push(p), created, log };
      await startNode(target, hostState);
      log(`node ${network.ip} started at ${since()}`);
    }

    let operator: FlinkOperator | undefined;
    if (opts.operator) {
      await grantOperatorIdentity(admin);
      // Tracked from its start, so a failed health wait still stops it with the rest.
      const target = { version: opts.operator, apiUrl: url, caFile: pki.caCert, token: tokens.operator, runDir: dir };
      operator = await startFlinkOperator(target, (p) => processes.push(p));
      log(`Flink operator ${operator.version} healthy at ${since()}`);
    }

    return {
      url,
      caPem,
      adminToken: tokens.admin,
      restrictedToken: tokens.restricted,
      unprivilegedToken: tokens.unprivileged,
      adminKubeconfigPath,
      admin,
      workDir: dir,
      pids: () => processes.map((p) => p.child.pid).filter((pid): pid is number => pid !== undefined),
      issueClientCertificate: (user, groups) => issueClientCertificate(pki, dir, user, groups),
      stopApiServer: async () => {
        await apiServer.stop();
        processes.splice(processes.indexOf(apiServer), 1);
      },
      startApiServer: async () => {
        apiServer = startApiServerProcess();
        await waitReady(apiServer);
      },
      stop,
      operator,
      node,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

const CLUSTER_PLURALS: Record<string, string> = {
  ClusterRole: 'clusterroles',
  ClusterRoleBinding: 'clusterrolebindings',
  ValidatingAdmissionPolicy: 'validatingadmissionpolicies',
  ValidatingAdmissionPolicyBinding: 'validatingadmissionpolicybindings',
};

/** Installs the cluster-wide part of the manifest a cluster admin applies, for the user `flotilla`. */
async function grantRestrictedIdentity(admin: KubeTarget, restricted: KubeTarget) {
  const objects = flotillaClusterObjects({ subject: { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'flotilla' }, username: 'flotilla' });
  for (const object of objects as { apiVersion: string; kind: string; metadata: { name: string } }[]) {
    const res = await kubeRequest(admin, 'POST', `/apis/${object.apiVersion}/${CLUSTER_PLURALS[object.kind]}`, object);
    if (res.status !== 201) throw new Error(`creating ${object.kind} ${object.metadata.name} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  // An admission policy takes effect a moment after it is created: wait until it refuses.
  await waitFor(
    'the guard policy to take effect',
    async () => (await kubeRequest(restricted, 'PATCH', '/api/v1/namespaces/default?dryRun=All', { metadata: { labels: { probe: 'x' } } }, 'application/merge-patch+json')).status === 403,
    30_000,
  );
}

async function installCrds(admin: KubeTarget, crdDir: string) {
  const files = readdirSync(crdDir).filter((f) => f.endsWith('.yml'));
  for (const file of files) {
    const crd = parse(readFileSync(path.join(crdDir, file), 'utf8'));
    const res = await kubeRequest(admin, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd);
    if (res.status !== 201) throw new Error(`installing ${file} failed: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  }
  for (const name of files.map((f) => f.split('.')[0])) {
    await waitFor(
      `${name} to be served`,
      async () => (await kubeRequest(admin, 'GET', `/apis/flink.apache.org/v1beta1/${name}`)).status === 200,
      30_000,
    );
  }
}

/** A killed (SIGKILL) owner could not clean up: its children died with it, its files did not. */
function removeAbandonedWorkDirs() {
  for (const name of readdirSync(os.tmpdir()).filter((n) => n.startsWith(WORK_DIR_PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    const owner = Number(existsSync(path.join(dir, 'owner.pid')) ? readFileSync(path.join(dir, 'owner.pid'), 'utf8') : NaN);
    if (Number.isInteger(owner) && !isAlive(owner)) {
      cleanUpAbandonedNode(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function kubeconfig(url: string, caFile: string, token: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: local\n  cluster:\n    server: ${url}\n    certificate-authority: ${caFile}`,
    'users:',
    `- name: admin\n  user:\n    token: ${token}`,
    'contexts:',
    '- name: local\n  context:\n    cluster: local\n    user: admin',
    'current-context: local',
    '',
  ].join('\n');
}

function rand(): string {
  return randomBytes(24).toString('base64url');
}
