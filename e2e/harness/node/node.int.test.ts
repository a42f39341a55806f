// A control plane with a real node: pods from an image built here run, a Deployment becomes
// available, CoreDNS answers for Services, and stopping leaves nothing behind on the host.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '../control-plane';
import { kubeRequest } from '../kube-http';
import { waitFor } from '../processes';
import { cgroupDirs, iptablesRules, isReady, mountsUnder, processesMentioning, readHostState, type KubeNode } from './node';

let cp: ControlPlane;
let node: KubeNode;
const hostBefore = readHostState();
const rulesBefore = iptablesRules();
const NS = 'default';

beforeAll(async () => {
  const started = Date.now();
  cp = await startControlPlane({ installCrds: false, node: true, log: (l) => console.log(`[node test] ${l}`) });
  node = cp.node!;
  console.log(`[node test] control plane and node Ready in ${Date.now() - started} ms`);
  // Pods need the namespace's default ServiceAccount, which a controller creates.
  await waitFor('the default ServiceAccount', async () => (await kubeRequest(cp.admin, 'GET', `/api/v1/namespaces/${NS}/serviceaccounts/default`)).status === 200, 30_000);
}, 900_000);
afterAll(() => cp?.stop());

const pausePod = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: name } },
  spec: { containers: [{ name: 'pause', image: node.pauseImage, imagePullPolicy: 'Never' }], terminationGracePeriodSeconds: 1 },
});

async function get(path: string) {
  return (await kubeRequest(cp.admin, 'GET', path)).body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Whether a TCP connection to host:port is accepted and answered with `probe`. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1_000 });
    socket.on('data', (d) => {
      resolve(d.toString().startsWith('probe'));
      socket.destroy();
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      resolve(false);
      socket.destroy();
    });
  });
}

function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = execFileSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' });
      kb += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return Math.round(kb / 1024);
}

describe('a one-node cluster', () => {
  it('registers the node, named by its bridge address, Ready', async () => {
    const n = await get(`/api/v1/nodes/${node.name}`);
    expect(n.metadata.name).toBe(node.ip);
    expect(isReady(n)).toBe(true);
    expect(n.status.addresses).toContainEqual({ type: 'InternalIP', address: node.ip });
  });

  it('runs a pod from the locally built pause image', async () => {
    const created = Date.now();
    const res = await kubeRequest(cp.admin, 'POST', `/api/v1/namespaces/${NS}/pods`, pausePod('pause'));
    expect(res.status).toBe(201);
    let pod: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
    await waitFor('the pod to run', async () => (pod = await get(`/api/v1/namespaces/${NS}/pods/pause`)).status?.phase === 'Running', 60_000);
    console.log(`[node test] pod Running ${Date.now() - created} ms after create; RSS of the cluster's processes ${rssMb(cp.pids())} MB`);
    expect(pod.spec.nodeName).toBe(node.name);
    expect(pod.status.podIP).toMatch(new RegExp(`^${node.ip.replace(/\.1$/, '').replaceAll('.', '\\.')}\\.\\d+$`));
  });

  it('makes a Deployment available, through the scheduler and the controllers', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            containers: [{ name: 'probe', image: node.probeImage, imagePullPolicy: 'Never', args: ['serve', '8080'], readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1 } }],
            terminationGracePeriodSeconds: 1,
          },
        },
      },
    };
    expect((await kubeRequest(cp.admin, 'POST', `/apis/apps/v1/namespaces/${NS}/deployments`, deployment)).status).toBe(201);
    await waitFor('the Deployment to be available', async () => (await get(`/apis/apps/v1/namespaces/${NS}/deployments/web`)).status?.availableReplicas === 2, 60_000);
  });

  /** Runs `probe connect host port` in a pod and returns its phase and log. */
  async function probe(name: string, host: string, port: number) {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: { restartPolicy: 'Never', containers: [{ name: 'probe', image: node.probeImage, imagePullPolicy: 'Never', args: ['connect', host, String(port)] }] },
    };
    expect((await kubeRequest(cp.admin, 'POST', `/api/v1/namespaces/${NS}/pods`, pod)).status).toBe(201);
    let phase = '';
    await waitFor(`pod ${name} to finish`, async () => ['Succeeded', 'Failed'].includes((phase = (await get(`/api/v1/namespaces/${NS}/pods/${name}`)).status?.phase)), 60_000);
    // Through the API server to kubelet: logs work too.
    const log = (await kubeRequest(cp.admin, 'GET', `/api/v1/namespaces/${NS}/pods/${name}/log`)).body;
    return { phase, log: String(typeof log === 'string' ? log : JSON.stringify(log)) };
  }

  it('lets a pod reach the API server through the kubernetes Service, by name', async () => {
    const { phase, log } = await probe('to-api', 'kubernetes.default.svc', 443);
    expect(log).toContain('connected to kubernetes.default.svc:443');
    expect(phase).toBe('Succeeded');
  });

  it('lets a pod resolve a Service with CoreDNS and reach its pods through kube-proxy', async () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } };
    const res = await kubeRequest(cp.admin, 'POST', `/api/v1/namespaces/${NS}/services`, service);
    expect(res.status).toBe(201);
    const clusterIp = (res.body as { spec: { clusterIP: string } }).spec.clusterIP;
    // The endpoint controller lists both pods; kube-proxy writes its rules about a second later.
    await waitFor('the Service\'s endpoints', async () => {
      const slices = await get(`/apis/discovery.k8s.io/v1/namespaces/${NS}/endpointslices?labelSelector=kubernetes.io%2Fservice-name%3Dweb`);
      return slices.items?.[0]?.endpoints?.filter((e: { conditions: { ready: boolean } }) => e.conditions.ready).length === 2;
    }, 30_000);
    // kube-proxy's rules apply on the node too: once they answer there, they are written.
    await waitFor('kube-proxy to route the Service', () => answers(clusterIp, 80), 30_000);
    const { phase, log } = await probe('to-web', 'web', 80);
    expect(log).toContain(`resolved web to [${clusterIp}]`);
    expect(log).toContain('connected to web:80');
    expect(phase).toBe('Succeeded');
    // A name that no Service has does not resolve.
    const missing = await probe('to-missing', 'missing', 80);
    expect(missing.log).toContain('resolve failed');
    expect(missing.phase).toBe('Failed');
  });
});

describe('stopping the cluster', () => {
  it('leaves no processes, mounts, cgroups, bridge, iptables rules, host files or changed sysctls', async () => {
    const { workDir } = cp;
    await cp.stop();
    expect(processesMentioning(workDir)).toEqual([]);
    expect(mountsUnder(workDir)).toEqual([]);
    expect(cgroupDirs(node.cgroupName)).toEqual([]);
    expect(() => execFileSync('ip', ['link', 'show', node.bridge], { stdio: 'pipe' })).toThrow();
    expect(readHostState()).toEqual(hostBefore);
    expect(iptablesRules()).toBe(rulesBefore);
  });
});

describe('a node whose test runner is killed (SIGKILL)', () => {
  it('is cleaned up by the next control plane that starts', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'hold-node.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const match = out.match(/RUN_DIR=.*\n/);
        if (match) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`hold-node.ts exited (${code}): ${out}`)));
    });
    const [, runDir, bridge, cgroup] = line.match(/RUN_DIR=(\S+) BRIDGE=(\S+) CGROUP=(\S+)/)!;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // Its children died with it, but the pod, its mounts, the bridge and cgroups are still there.
    expect(mountsUnder(runDir!).length).toBeGreaterThan(0);
    expect(cgroupDirs(cgroup!).length).toBeGreaterThan(0);
    expect(() => execFileSync('ip', ['link', 'show', bridge!], { stdio: 'pipe' })).not.toThrow();

    const next = await startControlPlane({ installCrds: false });
    await next.stop();
    expect(existsSync(runDir!)).toBe(false);
    expect(processesMentioning(runDir!)).toEqual([]);
    expect(mountsUnder(runDir!)).toEqual([]);
    expect(cgroupDirs(cgroup!)).toEqual([]);
    expect(() => execFileSync('ip', ['link', 'show', bridge!], { stdio: 'pipe' })).toThrow();
    expect(readHostState()).toEqual(hostBefore);
    expect(iptablesRules()).toBe(rulesBefore);
  }, 180_000);
});
