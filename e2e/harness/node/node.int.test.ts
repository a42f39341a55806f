// A control plane with a real node: pods from an image built here run, a Deployment becomes
// available, CoreDNS answers for Services, and stopping leaves nothing behind on the host.
import { execFileSync } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
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
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { ...pausePod('web'), apiVersion: undefined, kind: undefined } },
    };
    expect((await kubeRequest(cp.admin, 'POST', `/apis/apps/v1/namespaces/${NS}/deployments`, deployment)).status).toBe(201);
    await waitFor('the Deployment to be available', async () => (await get(`/apis/apps/v1/namespaces/${NS}/deployments/web`)).status?.availableReplicas === 2, 60_000);
  });

  it('resolves a Service by name with CoreDNS on the bridge', async () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
    const res = await kubeRequest(cp.admin, 'POST', `/api/v1/namespaces/${NS}/services`, service);
    expect(res.status).toBe(201);
    const clusterIp = (res.body as { spec: { clusterIP: string } }).spec.clusterIP;
    const resolver = new Resolver({ timeout: 1_000, tries: 1 });
    resolver.setServers([node.ip]);
    let answer: string[] = [];
    await waitFor('CoreDNS to answer', async () => (answer = await resolver.resolve4(`web.${NS}.svc.cluster.local`)).length > 0, 30_000);
    expect(answer).toEqual([clusterIp]);
    await expect(resolver.resolve4(`missing.${NS}.svc.cluster.local`)).rejects.toThrow();
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
