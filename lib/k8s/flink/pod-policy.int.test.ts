// Evidence that the pod policy matches Pod Security admission on a real API server: in a
// namespace labelled `pod-security.kubernetes.io/enforce: restricted`, a pod made from a
// template the policy accepts under restricted passes a server-side dry-run create, and one made
// from a template it refuses is refused there too. The pod is the template merged over what the
// operator and Flotilla's builder put in every Flink pod (the main container, the `flink`
// service account, and the restricted defaults: non-root, seccomp RuntimeDefault, no privilege
// escalation, all capabilities dropped), the user's values winning, containers merged by name.
import { describe, expect, it } from 'vitest';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { podTemplateProblems } from './pod-policy';

const { admin } = kubeTargets();
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const CONTAINER_DEFAULTS = { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } };

function merge(base: unknown, over: unknown): unknown {
  if (!isObj(base) || !isObj(over)) return over === undefined ? base : over;
  const out: Obj = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

function mergeContainers(base: Obj[], user: unknown): Obj[] {
  const users = Array.isArray(user) ? (user as Obj[]) : [];
  const names = new Set([...base.map((c) => c.name), ...users.map((c) => c.name)]);
  return [...names].map((name) => merge(merge({ name, image: 'flink:1.20' }, merge(CONTAINER_DEFAULTS, base.find((c) => c.name === name) ?? {})), users.find((c) => c.name === name) ?? {}) as Obj);
}

function podFrom(template: Obj, namespace: string): Obj {
  const spec = isObj(template.spec) ? template.spec : {};
  const base = { serviceAccountName: 'flink', securityContext: { runAsNonRoot: true, runAsUser: 9999, seccompProfile: { type: 'RuntimeDefault' } } };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...(isObj(template.metadata) ? template.metadata : {}), name: uniqueName('flink'), namespace },
    spec: {
      ...(merge(base, spec) as Obj),
      containers: mergeContainers([{ name: 'flink-main-container' }], spec.containers),
      ...(spec.initContainers ? { initContainers: mergeContainers([], spec.initContainers) } : {}),
    },
  };
}

async function restrictedNamespace(): Promise<string> {
  const name = uniqueName('psa');
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } };
  expect((await kubeRequest(admin, 'POST', '/api/v1/namespaces', ns)).status).toBe(201);
  expect((await kubeRequest(admin, 'POST', `/api/v1/namespaces/${name}/serviceaccounts`, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'flink' } })).status).toBe(201);
  return name;
}

const dryRunCreate = (pod: Obj, namespace: string) => kubeRequest<{ message?: string }>(admin, 'POST', `/api/v1/namespaces/${namespace}/pods?dryRun=All`, pod);

const main = (securityContext: object, extra: object = {}) => ({ spec: { containers: [{ name: 'flink-main-container', securityContext, ...extra }] } });

const ACCEPTED: Obj[] = [
  {},
  { metadata: { labels: { team: 'data' }, annotations: { 'prometheus.io/scrape': 'true' } } },
  main({ runAsNonRoot: true, runAsUser: 1000, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }, seccompProfile: { type: 'RuntimeDefault' } }),
  {
    spec: {
      securityContext: { fsGroup: 9999, sysctls: [{ name: 'net.ipv4.tcp_keepalive_time', value: '60' }] },
      volumes: [{ name: 'scratch', emptyDir: {} }, { name: 'creds', secret: { secretName: 's3' } }, { name: 'conf', configMap: { name: 'conf' } }, { name: 'data', persistentVolumeClaim: { claimName: 'data' } }],
      containers: [
        { name: 'flink-main-container', env: [{ name: 'TZ', value: 'UTC' }], ports: [{ containerPort: 9249, name: 'metrics' }], volumeMounts: [{ name: 'creds', mountPath: '/creds' }] },
        { name: 'log-shipper', image: 'fluent/fluent-bit:3', volumeMounts: [{ name: 'scratch', mountPath: '/logs' }] },
      ],
      initContainers: [{ name: 'fetch', image: 'busybox', command: ['true'] }],
    },
  },
];

const REFUSED: Obj[] = [
  { spec: { hostNetwork: true } },
  { spec: { hostPID: true } },
  { spec: { volumes: [{ name: 'root', hostPath: { path: '/' } }] } },
  { spec: { volumes: [{ name: 'nfs', nfs: { server: 'nas', path: '/' } }] } },
  main({ privileged: true, allowPrivilegeEscalation: true }),
  main({ allowPrivilegeEscalation: true }),
  main({ capabilities: { add: ['SYS_ADMIN'] } }),
  main({ runAsUser: 0 }),
  main({ runAsNonRoot: false }),
  main({ seccompProfile: { type: 'Unconfined' } }),
  main({}, { ports: [{ containerPort: 8081, hostPort: 8081 }] }),
  { spec: { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '65536' }] } } },
  { spec: { initContainers: [{ name: 'setup', image: 'busybox', securityContext: { capabilities: { add: ['NET_ADMIN'] } } }] } },
];

describe('the pod policy agrees with Pod Security admission (restricted)', () => {
  it('accepted templates make pods the API server admits', async () => {
    const namespace = await restrictedNamespace();
    for (const template of ACCEPTED) {
      expect(podTemplateProblems(template, 'restricted'), JSON.stringify(template)).toEqual({});
      const res = await dryRunCreate(podFrom(template, namespace), namespace);
      expect(res.status, `${JSON.stringify(template)}: ${res.body.message}`).toBe(201);
    }
  });

  it('refused templates make pods the API server refuses', async () => {
    const namespace = await restrictedNamespace();
    for (const template of REFUSED) {
      expect(Object.keys(podTemplateProblems(template, 'restricted')).length, JSON.stringify(template)).toBeGreaterThan(0);
      const res = await dryRunCreate(podFrom(template, namespace), namespace);
      // Pod Security admission answers 403; privileged containers this API server refuses even
      // earlier, by validation (it runs with --allow-privileged=false), with a 422.
      expect([403, 422], JSON.stringify(template)).toContain(res.status);
      expect(res.body.message).toMatch(/violates PodSecurity "restricted|privileged: Forbidden: disallowed by cluster policy/);
    }
  });
});
