// A real Kubernetes node on this machine for the local control plane: containerd (its own
// root, state and socket in the run directory), kubelet, kube-scheduler, kube-proxy and CoreDNS.
// Pods live on a bridge this module creates, with an address range of their own; the API server
// and CoreDNS listen on the bridge's address. Everything it changes on the host (the bridge and
// its veths, mounts under the run directory, cgroups, iptables rules, sysctls kubelet sets) is
// undone by stop(), synchronously, so it also runs from an 'exit' handler after an interrupt.
import { execFileSync } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../free-port';
import { kubeRequest, type KubeTarget } from '../kube-http';
import { startProcess, waitFor, type Managed } from '../processes';

export interface NodeNetwork {
  bridge: string;
  /** The bridge's address: the node's name and IP, where kube-apiserver and CoreDNS listen. */
  ip: string;
  /** The pods' range on the bridge, e.g. 10.88.7.0/24. */
  podCidr: string;
  /** Removes the bridge (and with it every veth attached to it). */
  remove(): void;
}

export const SERVICE_CIDR = '10.96.0.0/24';
/** The first address of SERVICE_CIDR: the `kubernetes` Service. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function tryRun(cmd: string, args: string[]): boolean {
  try {
    run(cmd, args);
    return true;
  } catch {
    return false;
  }
}

const forwardRule = (bridge: string) => ['FORWARD', '-i', bridge, '!', '-o', bridge, '-j', 'DROP'];

function removeBridge(bridge: string) {
  while (tryRun('iptables', ['-D', ...forwardRule(bridge)]));
  tryRun('ip', ['link', 'delete', bridge]);
}

/** A bridge with a /24 of 10.88.0.0/16 that no interface of this host uses yet. */
export function createNodeNetwork(): NodeNetwork {
  const used = run('ip', ['-4', '-o', 'addr', 'show']);
  for (let attempt = 0; attempt < 20; attempt++) {
    const n = randomInt(1, 255);
    if (used.includes(` 10.88.${n}.`)) continue;
    const bridge = `flotilla${n}`;
    const ip = `10.88.${n}.1`;
    try {
      run('ip', ['link', 'add', bridge, 'type', 'bridge']);
    } catch {
      continue; // another run took this number first
    }
    // Pod → Service → pod is routed back out of the bridge: forwarding is enabled for packets
    // arriving on this bridge only (the host's ip_forward stays off), and a rule drops what would
    // leave through any other interface, so pod traffic stays on the bridge.
    const remove = () => removeBridge(bridge);
    try {
      run('iptables', ['-I', ...forwardRule(bridge)]);
      run('ip', ['addr', 'add', `${ip}/24`, 'dev', bridge]);
      writeFileSync(`/proc/sys/net/ipv4/conf/${bridge}/forwarding`, '1');
      run('ip', ['link', 'set', bridge, 'up']);
    } catch (err) {
      remove();
      throw err;
    }
    return { bridge, ip, podCidr: `10.88.${n}.0/24`, remove };
  }
  throw new Error('no free 10.88.N.0/24 range for the node bridge');
}

// kubelet sets these at start (and kube-proxy may set the conntrack ones); stop() puts back the
// values they had.
const SYSCTLS = [
  'vm.overcommit_memory',
  'vm.panic_on_oom',
  'kernel.panic',
  'kernel.panic_on_oops',
  'kernel.keys.root_maxkeys',
  'kernel.keys.root_maxbytes',
  'net.ipv4.conf.all.route_localnet',
  'net.netfilter.nf_conntrack_max',
  'net.netfilter.nf_conntrack_tcp_timeout_established',
  'net.netfilter.nf_conntrack_tcp_timeout_close_wait',
];

/** What the node changes on the host beyond its run directory and bridge, read before it starts. */
export interface HostState {
  sysctls: Record<string, string>;
  /** nftables tables (`ip filter`, ...): iptables-nft creates them on first use. */
  nftTables: string[];
  /** Folders kubelet and libcni create if missing. */
  folders: string[];
}

// Deepest first: emptied folders are removed in this order.
const HOST_FOLDERS = [
  '/var/log/containers',
  '/var/lib/cni/results',
  '/var/lib/cni',
  '/run/containerd/s',
  '/run/containerd',
  '/var/lib/kubelet/device-plugins',
  '/var/lib/kubelet',
];

export function readHostState(): HostState {
  return { sysctls: readSysctls(), nftTables: nftTables(), folders: HOST_FOLDERS.filter((f) => existsSync(f)) };
}

function nftTables(): string[] {
  try {
    return run('nft', ['list', 'tables']).split('\n').map((l) => l.replace(/^table /, '').trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/** iptables and ip6tables rules and chains, without counters: equal before start and after stop. */
export function iptablesRules(): string {
  return ['iptables-save', 'ip6tables-save']
    .map((cmd) => run(cmd, []).split('\n').filter((l) => !l.startsWith('#')).map((l) => l.replace(/\[\d+:\d+\]$/, '')).join('\n'))
    .join('\n');
}

/** The chains kubelet creates (a canary to notice flushes, a hint for kube-proxy, a localnet firewall). */
function removeKubeletChains() {
  for (const cmd of ['iptables', 'ip6tables']) {
    for (const hook of ['INPUT', 'OUTPUT']) while (tryRun(cmd, ['-t', 'filter', '-D', hook, '-j', 'KUBE-FIREWALL']));
    for (const [table, chain] of <[string, string][]>[['filter', 'KUBE-FIREWALL'], ['filter', 'KUBE-KUBELET-CANARY'], ['nat', 'KUBE-KUBELET-CANARY'], ['mangle', 'KUBE-KUBELET-CANARY'], ['mangle', 'KUBE-IPTABLES-HINT']]) {
      if (tryRun(cmd, ['-t', table, '-F', chain])) tryRun(cmd, ['-t', table, '-X', chain]);
    }
  }
}

/** Tables that did not exist before and hold no rules now go again. */
function removeNewEmptyTables(before: string[]) {
  for (const table of nftTables().filter((t) => !before.includes(t))) {
    const body = run('nft', ['list', 'table', ...table.split(' ')]).split('\n').map((l) => l.trim());
    const rules = body.filter((l) => l && !/^(table|chain|type|policy|\})\b/.test(l) && l !== '}');
    if (rules.length === 0) tryRun('nft', ['delete', 'table', ...table.split(' ')]);
  }
}

export function readSysctls(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of SYSCTLS) {
    const file = `/proc/sys/${key.replaceAll('.', '/')}`;
    if (existsSync(file)) values[key] = readFileSync(file, 'utf8').trim();
  }
  return values;
}

function restoreSysctls(saved: Record<string, string>) {
  const now = readSysctls();
  for (const [key, value] of Object.entries(saved)) {
    if (now[key] !== value) writeFileSync(`/proc/sys/${key.replaceAll('.', '/')}`, value);
  }
}

export interface NodeBinaries {
  nodeBinDir: string;
  pauseImage: string;
  /** probe/main.go: `connect HOST PORT` or `serve PORT`, for tests of pod networking. */
  probeImage: string;
  /** OCI archives imported into containerd at start. */
  archives: string[];
}

export function ensureNodeBinaries(log: (s: string) => void = () => {}): NodeBinaries {
  const build = (script: string) =>
    execFileSync('bash', [path.join(__dirname, script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const out = build('build-node.sh') + build('build-images.sh');
  const value = (key: string) => {
    const v = out.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1];
    if (!v) throw new Error(`the node's build scripts gave no ${key}:\n${out}`);
    return v;
  };
  log(`node binaries: ${value('NODE_BIN_DIR')}`);
  return {
    nodeBinDir: value('NODE_BIN_DIR'),
    pauseImage: value('PAUSE_IMAGE'),
    probeImage: value('PROBE_IMAGE'),
    archives: [value('PAUSE_ARCHIVE'), value('PROBE_ARCHIVE')],
  };
}

export interface NodeTarget {
  /** The control plane's run directory; the node's files go to <dir>/node. */
  dir: string;
  network: NodeNetwork;
  /** A kubeconfig for kubelet, kube-scheduler, kube-proxy and CoreDNS (context `local`). */
  kubeconfigPath: string;
  caFile: string;
  admin: KubeTarget;
  binaries: NodeBinaries;
  /** Receives each process as it starts, so a failure stops it with the control plane. */
  track(p: Managed): void;
  /** Called first, with the node whose cleanUp() undoes whatever part of the start happened. */
  created(node: KubeNode): void;
  log(line: string): void;
}

export interface KubeNode {
  name: string;
  ip: string;
  bridge: string;
  pauseImage: string;
  probeImage: string;
  /** Kills the pods' processes and containerd's shims, unmounts, removes the bridge, cgroups and rules, restores sysctls. */
  cleanUp(): void;
  /** Paths and names to check for leftovers after stop. */
  runDir: string;
  cgroupName: string;
}

/**
 * Starts containerd, kube-scheduler, kubelet, kube-proxy and CoreDNS. The caller stops the
 * processes it was given through track() and then calls cleanUp() (also after a failure).
 */
export async function startNode(t: NodeTarget, saved: HostState): Promise<KubeNode> {
  const dir = path.join(t.dir, 'node');
  const bin = (name: string) => path.join(t.binaries.nodeBinDir, name);
  const { ip, bridge, podCidr } = t.network;
  const cgroupName = `flotilla-${path.basename(t.dir)}`;
  const socket = path.join(dir, 'containerd', 'containerd.sock');
  for (const d of ['containerd', 'cni', 'kubelet', 'kubelet/logs', 'ipam']) mkdirSync(path.join(dir, d), { recursive: true });
  // The shim and runc are found on PATH; iptables and friends for kube-proxy in /usr/sbin.
  const env = { ...process.env, PATH: `${t.binaries.nodeBinDir}:/usr/sbin:/sbin:${process.env.PATH ?? '/usr/bin:/bin'}` };

  const node: KubeNode = {
    name: ip,
    ip,
    bridge,
    pauseImage: t.binaries.pauseImage,
    probeImage: t.binaries.probeImage,
    runDir: t.dir,
    cgroupName,
    cleanUp: () => cleanUpNode(cleanUpTarget),
  };
  const cleanUpTarget: CleanUpTarget = { dir, socket, cgroupName, bridge, saved, kubeProxy: bin('kube-proxy') };
  writeFileSync(path.join(dir, 'state.json'), JSON.stringify(cleanUpTarget));
  t.created(node);

  writeFileSync(path.join(dir, 'cni', '10-flotilla.conflist'), JSON.stringify({
    cniVersion: '1.0.0',
    // libcni caches results in /var/lib/cni/results/<name>-*: a name per bridge finds ours.
    name: bridge,
    plugins: [{
      type: 'bridge',
      bridge,
      // No gateway address and no masquerading: pods reach only the bridge and each other, and
      // the host's IP forwarding stays off.
      isGateway: false,
      ipMasq: false,
      hairpinMode: true,
      ipam: {
        type: 'host-local',
        ranges: [[{ subnet: podCidr, rangeStart: podCidr.replace(/0\/24$/, '10') }]],
        // Service addresses are answered on the host (kube-proxy's rules) through the bridge.
        routes: [{ dst: SERVICE_CIDR, gw: ip }],
        dataDir: path.join(dir, 'ipam'),
      },
    }],
  }));

  writeFileSync(path.join(dir, 'containerd', 'config.toml'), containerdConfig(dir, socket, t.binaries.pauseImage));
  const containerd = startProcess('containerd', bin('containerd'), ['--config', path.join(dir, 'containerd', 'config.toml')], path.join(dir, 'containerd.log'), { env, stopGraceMs: 5_000 });
  t.track(containerd);
  await waitFor('containerd', async () => tryRun(bin('ctr'), ['--address', socket, 'version']), 30_000, containerd);
  for (const archive of t.binaries.archives) run(bin('ctr'), ['--address', socket, '-n', 'k8s.io', 'images', 'import', '--local', archive]);
  t.log('containerd ready, images imported');

  t.track(startProcess('kube-scheduler', bin('kube-scheduler'), [
    `--kubeconfig=${t.kubeconfigPath}`,
    '--leader-elect=false',
    '--secure-port=0',
    '--v=1',
  ], path.join(dir, 'kube-scheduler.log')));

  // kubelet wants its cgroup root to exist in every hierarchy (cgroup v1: one per controller).
  createCgroups(cgroupName);

  // Pods get CoreDNS on the bridge as their name server; the host side resolves nothing.
  writeFileSync(path.join(dir, 'resolv.conf'), '');
  const kubeletPort = await freePort();
  writeFileSync(path.join(dir, 'kubelet', 'config.yaml'), JSON.stringify({
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    // These machines run cgroup v1, which kubelet refuses unless told otherwise.
    failCgroupV1: false,
    cgroupDriver: 'cgroupfs',
    // The node's pods in cgroups of their own, so stop() finds (and kills) exactly them.
    cgroupRoot: `/${cgroupName}`,
    containerRuntimeEndpoint: `unix://${socket}`,
    address: ip,
    port: kubeletPort,
    readOnlyPort: 0,
    healthzPort: 0,
    authentication: { anonymous: { enabled: false }, webhook: { enabled: false }, x509: { clientCAFile: t.caFile } },
    authorization: { mode: 'AlwaysAllow' },
    resolvConf: path.join(dir, 'resolv.conf'),
    clusterDNS: [ip],
    clusterDomain: 'cluster.local',
    podLogsDir: path.join(dir, 'kubelet', 'logs'),
    failSwapOn: false,
    // The disk is shared and its usage not ours to judge: no image garbage collection or eviction.
    imageGCHighThresholdPercent: 100,
    evictionHard: { 'memory.available': '100Mi' },
    registerNode: true,
    nodeStatusUpdateFrequency: '2s',
    syncFrequency: '5s',
    fileCheckFrequency: '5s',
  }));
  const kubelet = startProcess('kubelet', bin('kubelet'), [
    `--config=${path.join(dir, 'kubelet', 'config.yaml')}`,
    `--kubeconfig=${t.kubeconfigPath}`,
    `--root-dir=${path.join(dir, 'kubelet', 'root')}`,
    `--cert-dir=${path.join(dir, 'kubelet', 'pki')}`,
    `--hostname-override=${ip}`,
    `--node-ip=${ip}`,
    '--v=1',
  ], path.join(dir, 'kubelet.log'), { env, stopGraceMs: 3_000 });
  t.track(kubelet);

  writeFileSync(path.join(dir, 'kube-proxy.yaml'), JSON.stringify({
    apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
    kind: 'KubeProxyConfiguration',
    clientConnection: { kubeconfig: t.kubeconfigPath },
    hostnameOverride: ip,
    mode: 'iptables',
    clusterCIDR: podCidr,
    // Service traffic leaves the host with the bridge's address, so replies come back through it.
    iptables: { masqueradeAll: true },
    nodePortAddresses: [`${ip}/32`],
    // Leave the host's conntrack settings as they are.
    conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
    healthzBindAddress: '',
    metricsBindAddress: '',
  }));
  t.track(startProcess('kube-proxy', bin('kube-proxy'), [`--config=${path.join(dir, 'kube-proxy.yaml')}`, '--v=1'], path.join(dir, 'kube-proxy.log'), { env }));

  writeFileSync(path.join(dir, 'Corefile'), [
    `.:53 {`,
    `  bind ${ip}`,
    '  errors',
    '  kubernetes cluster.local in-addr.arpa ip6.arpa {',
    `    kubeconfig ${t.kubeconfigPath} local`,
    '    pods insecure',
    '    fallthrough in-addr.arpa ip6.arpa',
    '  }',
    '  cache 5',
    '}',
    '',
  ].join('\n'));
  t.track(startProcess('coredns', bin('coredns'), ['-conf', path.join(dir, 'Corefile')], path.join(dir, 'coredns.log')));

  await waitFor(`node ${ip} to be Ready`, async () => isReady((await kubeRequest(t.admin, 'GET', `/api/v1/nodes/${ip}`)).body), 60_000, kubelet);
  return node;
}

export function isReady(node: unknown): boolean {
  const conditions = (node as { status?: { conditions?: { type: string; status: string }[] } })?.status?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function containerdConfig(dir: string, socket: string, pauseImage: string): string {
  return `version = 3
root = "${path.join(dir, 'containerd', 'root')}"
state = "${path.join(dir, 'containerd', 'state')}"

# Nothing under /opt or /var/run: no optional-binaries dir, no NRI socket, no image verifiers.
disabled_plugins = ["io.containerd.internal.v1.opt", "io.containerd.nri.v1.nri", "io.containerd.image-verifier.v1.bindir"]

[grpc]
  address = "${socket}"

[plugins."io.containerd.cri.v1.images"]
  snapshotter = "overlayfs"

[plugins."io.containerd.cri.v1.images".pinned_images]
  sandbox = "${pauseImage}"

[plugins."io.containerd.cri.v1.runtime"]
  # These machines lack CAP_SYS_RESOURCE: without it runc cannot lower a container's OOM score.
  restrict_oom_score_adj = true
  netns_mounts_under_state_dir = true

[plugins."io.containerd.cri.v1.runtime".cni]
  bin_dirs = ["/usr/lib/cni"]
  conf_dir = "${path.join(dir, 'cni')}"

[plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.options]
  SystemdCgroup = false
  BinaryName = "/usr/sbin/runc"
  Root = "${path.join(dir, 'containerd', 'runc')}"

[plugins."io.containerd.grpc.v1.cri"]
  disable_tcp_service = true
`;
}

/** Written at start to <run dir>/node/state.json, so a later run can clean up after a SIGKILL. */
interface CleanUpTarget {
  dir: string;
  socket: string;
  cgroupName: string;
  bridge: string;
  saved: HostState;
  kubeProxy: string;
}

/**
 * For a run directory whose owner died without cleaning up (SIGKILL): its processes died with
 * it (pdeathsig), but not its pods, mounts, bridge, rules or sysctls. Undoes those, if it ran a node.
 */
export function cleanUpAbandonedNode(runDir: string) {
  const file = path.join(runDir, 'node', 'state.json');
  if (!existsSync(file)) return;
  const target = JSON.parse(readFileSync(file, 'utf8')) as CleanUpTarget;
  for (const pid of processesMentioning(runDir)) kill(pid);
  cleanUpNode(target);
}

/** Processes whose command line mentions `needle` (containerd's shims name its socket). */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** cgroup directories (v1: one per hierarchy) named `name` under /sys/fs/cgroup, deepest last. */
export function cgroupDirs(name: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    found.push(d);
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  for (const root of ['/sys/fs/cgroup', ...readdirSync('/sys/fs/cgroup').map((h) => path.join('/sys/fs/cgroup', h))]) {
    const d = path.join(root, name);
    if (existsSync(d)) walk(d);
  }
  return found;
}

function createCgroups(name: string) {
  const roots = readdirSync('/sys/fs/cgroup').map((h) => path.join('/sys/fs/cgroup', h));
  for (const root of ['/sys/fs/cgroup', ...roots].filter((r) => existsSync(path.join(r, 'cgroup.procs')))) {
    mkdirSync(path.join(root, name), { recursive: true });
  }
}

/** Mount points at or under `dir`, deepest first. */
export function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((m): m is string => !!m && (m === dir || m.startsWith(`${dir}/`)))
    .sort((a, b) => b.length - a.length);
}

/**
 * containerd's shims listen on /run/containerd/s/<sha256 of "<containerd socket>/<namespace>/<id>">
 * whatever its state directory; killed shims leave them. The ids are the task folders in its state.
 */
function removeShimSockets(dir: string, socket: string) {
  const tasks = path.join(dir, 'containerd', 'state', 'io.containerd.runtime.v2.task', 'k8s.io');
  if (!existsSync(tasks)) return;
  for (const id of readdirSync(tasks)) {
    const hash = createHash('sha256').update(`${socket}/k8s.io/${id}`).digest('hex');
    rmSync(`/run/containerd/s/${hash}`, { force: true });
  }
}

/** What kubelet and libcni write outside the run directory: log links and cached results. */
function removeHostFiles(dir: string, network: string) {
  for (const [folder, mine] of [
    ['/var/log/containers', (f: string) => { try { return readlinkSync(f).startsWith(dir); } catch { return false; } }],
    // Ours name the pod's network namespace, which lives in the run directory.
    ['/var/lib/cni/results', (f: string) => path.basename(f).startsWith(`${network}-`) || readFileSync(f, 'utf8').includes(dir)],
  ] as const) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).map((n) => path.join(folder, n))) if (mine(f)) rmSync(f, { force: true });
  }
}

function kill(pid: number) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function cleanUpNode(t: CleanUpTarget) {
  // The pods' processes: everything in the node's cgroups, then containerd's shims.
  for (let round = 0; round < 5; round++) {
    const pids = cgroupDirs(t.cgroupName).flatMap((d) => {
      try {
        return readFileSync(path.join(d, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
    const shims = processesMentioning(t.socket);
    if (pids.length === 0 && shims.length === 0) break;
    for (const pid of [...pids, ...shims]) kill(pid);
    execFileSync('sleep', ['0.2']);
  }
  removeShimSockets(t.dir, t.socket);
  // kubelet's device-plugin socket has a fixed path; it is ours when the folder was not there before.
  if (!t.saved.folders.includes('/var/lib/kubelet')) rmSync('/var/lib/kubelet/device-plugins/kubelet.sock', { force: true });
  for (const mount of mountsUnder(t.dir)) tryRun('umount', ['-l', mount]);
  for (const d of cgroupDirs(t.cgroupName).reverse()) {
    try {
      rmdirSync(d);
    } catch {
      // a hierarchy that refuses (still populated) shows in the leftover check
    }
  }
  tryRun(t.kubeProxy, ['--cleanup']);
  removeKubeletChains();
  removeBridge(t.bridge);
  removeNewEmptyTables(t.saved.nftTables);
  removeHostFiles(t.dir, t.bridge);
  for (const folder of HOST_FOLDERS.filter((f) => !t.saved.folders.includes(f))) {
    try {
      rmdirSync(folder); // only when empty: what another user put there stays
    } catch {
      // not empty or absent
    }
  }
  restoreSysctls(t.saved.sysctls);
}
