// The flows recorded from the real Flink operator (npm run operator:record) and replayed by
// real-operator.int.test.ts: Flotilla's own builders create the objects, a recorder keeps every
// status and event the operator writes. Without a node no pod runs, so a JobManager never gets
// ready: each flow waits only for states the operator reaches on such a cluster.
import { buildApplicationDeployment, buildSessionDeployment } from '@/lib/k8s/flink/build-flink-deployment';
import { buildSessionJob } from '@/lib/k8s/flink/build-flink-session-job';
import { ApplicationSpec, SessionJobSpec, SessionSpec } from '@/lib/validation/flink';
import { kubeRequest, type KubeTarget } from './kube-http';
import { flinkPath, OperatorRecorder, type FlinkObject } from './operator-recorder';

export interface FlowRecording {
  flow: string;
  description: string;
  operatorVersion: string;
  crdVersion: string;
  steps: string[];
  documents: OperatorRecorder['documents'];
  events: OperatorRecorder['events'];
}

interface Flow {
  description: string;
  run(r: OperatorRecorder, admin: KubeTarget): Promise<void>;
}

const WORKSPACE_ID = '5b0c7a52-0c1e-4a55-9a0e-0f8f1f4c2d11';
// Operator 1.7 runs Flink up to 1.18; its CRDs know no v1_20.
const CLUSTER = { flinkVersion: 'v1_17', image: 'flink:1.17' };
const JAR = 'local:///opt/flink/examples/streaming/StateMachineExample.jar';

const application = (ns: string, overrides: Record<string, unknown> = {}, restartNonce?: number) =>
  buildApplicationDeployment({
    id: 'a3f1e9d0-7c2b-4e8a-b6d5-3c9e2f1a0b44',
    workspaceId: WORKSPACE_ID,
    namespace: ns,
    restartNonce,
    spec: ApplicationSpec.parse({ name: 'orders', jarURI: JAR, ...CLUSTER, ...overrides }),
  });

const session = (ns: string) =>
  buildSessionDeployment({
    id: 'c1d2e3f4-0000-4000-8000-000000000001',
    workspaceId: WORKSPACE_ID,
    namespace: ns,
    spec: SessionSpec.parse({ name: 'shared', ...CLUSTER, taskManager: { memory: '2048m', slots: 2 } }),
  });

const sessionJob = (ns: string, name = 'clicks', id = 'c1d2e3f4-0000-4000-8000-000000000002') =>
  buildSessionJob({
    id,
    workspaceId: WORKSPACE_ID,
    namespace: ns,
    sessionName: 'shared',
    sessionFlinkVersion: CLUSTER.flinkVersion,
    spec: SessionJobSpec.parse({ name, jarURI: 'https://artifacts.example.com/jobs/clicks-2.1.jar', parallelism: 1 }),
  });

async function apply(admin: KubeTarget, object: { kind: string; metadata: { name: string; namespace: string } }) {
  const path = `${flinkPath(object.metadata.namespace, object.kind, object.metadata.name)}?fieldManager=flotilla&force=true`;
  const res = await kubeRequest(admin, 'PATCH', path, object, 'application/apply-patch+yaml');
  if (res.status >= 300) throw new Error(`applying ${object.kind}/${object.metadata.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
}

async function remove(admin: KubeTarget, ns: string, kind: string, name: string) {
  const res = await kubeRequest(admin, 'DELETE', flinkPath(ns, kind, name));
  if (res.status >= 300) throw new Error(`deleting ${kind}/${name}: ${res.status}`);
}

const find = (objects: FlinkObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
interface OperatorStatus {
  lifecycleState?: string;
  jobManagerDeploymentStatus?: string;
  error?: string;
  reconciliationStatus?: { lastReconciledSpec?: string };
}
const status = (o: FlinkObject | undefined) => (o?.status ?? {}) as OperatorStatus;
/** The generation the operator last reconciled, as 1.7 records it (it writes no observedGeneration). */
export function lastReconciledGeneration(o: FlinkObject | undefined): number | undefined {
  const spec = status(o).reconciliationStatus?.lastReconciledSpec;
  return spec ? JSON.parse(spec).resource_metadata?.metadata?.generation : undefined;
}
const reconciledNow = (o: FlinkObject | undefined) => !!o && lastReconciledGeneration(o) === o.metadata.generation;
const deploying = (o: FlinkObject | undefined) =>
  reconciledNow(o) && status(o).lifecycleState === 'DEPLOYED' && status(o).jobManagerDeploymentStatus === 'DEPLOYING';

export const FLOWS: Record<string, Flow> = {
  'application-lifecycle': {
    description:
      'An application (FlinkDeployment with spec.job, stateless) built by buildApplicationDeployment: created, suspended, resumed, restarted (restartNonce), upgraded (parallelism 1 → 2), deleted.',
    async run(r, admin) {
      const ns = r.namespace;
      await apply(admin, application(ns));
      await r.until('deployed, JobManager deploying', (o) => deploying(find(o, 'FlinkDeployment', 'orders')));
      r.enter('suspend');
      await apply(admin, application(ns, { state: 'suspended' }));
      await r.until('suspended', (o) => reconciledNow(find(o, 'FlinkDeployment', 'orders')) && status(find(o, 'FlinkDeployment', 'orders')).lifecycleState === 'SUSPENDED');
      r.enter('resume');
      await apply(admin, application(ns));
      await r.until('deploying again', (o) => deploying(find(o, 'FlinkDeployment', 'orders')));
      r.enter('restart');
      await apply(admin, application(ns, {}, 1));
      await r.until('restarted', (o) => deploying(find(o, 'FlinkDeployment', 'orders')));
      r.enter('upgrade');
      await apply(admin, application(ns, { parallelism: 2 }, 1));
      await r.until('upgraded', (o) => deploying(find(o, 'FlinkDeployment', 'orders')));
      r.enter('delete');
      await remove(admin, ns, 'FlinkDeployment', 'orders');
      await r.until('deleted (finalizer removed)', (o) => !find(o, 'FlinkDeployment', 'orders'));
    },
  },
  'rejected-spec': {
    description:
      'An application whose spec the operator rejects (two JobManagers without high availability): first on create, then as an upgrade of a deployed application.',
    async run(r, admin) {
      const ns = r.namespace;
      const twoJobManagers = (o: ReturnType<typeof application>) => ({ ...o, spec: { ...o.spec, jobManager: { ...(o.spec.jobManager as object), replicas: 2 } } });
      await apply(admin, twoJobManagers(application(ns)));
      await r.until('rejected on create', (o) => !!status(find(o, 'FlinkDeployment', 'orders')).error);
      r.enter('fix');
      await apply(admin, application(ns));
      await r.until('deployed once fixed', (o) => deploying(find(o, 'FlinkDeployment', 'orders')) && !status(find(o, 'FlinkDeployment', 'orders')).error);
      r.enter('rejected-upgrade');
      await apply(admin, twoJobManagers(application(ns)));
      await r.until('upgrade rejected', (o) => {
        const d = find(o, 'FlinkDeployment', 'orders');
        return !!status(d).error && d!.metadata.generation > (lastReconciledGeneration(d) ?? 0);
      });
      r.enter('delete');
      await remove(admin, ns, 'FlinkDeployment', 'orders');
      await r.until('deleted', (o) => !find(o, 'FlinkDeployment', 'orders'));
    },
  },
  'session-and-jobs': {
    description:
      'A session job (clicks) created before its session exists, then the session (FlinkDeployment without spec.job), then a second session job (views). Deleting the session is refused (CleanupFailed) while a job it knows of exists: operator 1.7 knows only the jobs created after the session, so it names views, not clicks.',
    async run(r, admin) {
      const ns = r.namespace;
      await apply(admin, sessionJob(ns));
      // Operator 1.7 writes no status for it: only the defaults (generation 2) and an event.
      await r.until('session job seen without its session', () => r.events.some((e) => e.name === 'clicks'));
      r.enter('create-session');
      await apply(admin, session(ns));
      await r.until('session deploying', (o) => deploying(find(o, 'FlinkDeployment', 'shared')));
      r.enter('create-session-job');
      await apply(admin, sessionJob(ns, 'views', 'c1d2e3f4-0000-4000-8000-000000000003'));
      // The session jobs wait for a ready JobManager; a few more looks show what they say meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await r.poll();
      r.enter('delete-session-with-jobs');
      await remove(admin, ns, 'FlinkDeployment', 'shared');
      await r.until('deletion refused', () => r.events.some((e) => e.reason === 'CleanupFailed'));
      r.enter('delete-session-jobs');
      await remove(admin, ns, 'FlinkSessionJob', 'views');
      await remove(admin, ns, 'FlinkSessionJob', 'clicks');
      await r.until('all gone', (o) => o.length === 0);
    },
  },
};

export async function runFlow(admin: KubeTarget, name: string, meta: { operatorVersion: string; crdVersion: string }): Promise<FlowRecording> {
  const ns = `rec-${name}`;
  const res = await kubeRequest(admin, 'POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  if (res.status !== 201) throw new Error(`creating namespace ${ns}: ${res.status}`);
  const flow = FLOWS[name];
  if (!flow) throw new Error(`no flow ${name}`);
  const recorder = new OperatorRecorder(admin, ns);
  await flow.run(recorder, admin);
  return { flow: name, description: flow.description, ...meta, steps: recorder.steps, documents: recorder.documents, events: recorder.events };
}
