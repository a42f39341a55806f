import { describe, expect, it } from 'vitest';
import { buildApplicationDeployment, buildSessionDeployment } from './build-flink-deployment';
import { nextRestartNonce } from './common';
import { fullApplication, minimalApplication, RESOURCE_ID, session, WORKSPACE_ID } from './fixtures';

const target = { id: RESOURCE_ID, workspaceId: WORKSPACE_ID, namespace: 'analytics' };
const labels = { 'app.kubernetes.io/managed-by': 'flotilla', 'flotilla.dev/workspace': WORKSPACE_ID, 'flotilla.dev/resource': RESOURCE_ID };
// What the `restricted` Pod Security Standard asks of every Flink pod and container.
const podSecurity = { runAsNonRoot: true, runAsUser: 9999, runAsGroup: 9999, seccompProfile: { type: 'RuntimeDefault' } };
const containerSecurity = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
const mainContainer = { name: 'flink-main-container', securityContext: containerSecurity };
const restrictedTemplate = { apiVersion: 'v1', kind: 'Pod', spec: { securityContext: podSecurity, containers: [mainContainer] } };

describe('buildApplicationDeployment', () => {
  it('builds exactly this FlinkDeployment for the minimal application', () => {
    expect(buildApplicationDeployment({ ...target, spec: minimalApplication() })).toEqual({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name: 'orders', namespace: 'analytics', labels },
      spec: {
        image: 'flink:1.20',
        flinkVersion: 'v1_20',
        serviceAccount: 'flink',
        flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '1' },
        jobManager: { resource: { cpu: 1, memory: '2048m' } },
        taskManager: { resource: { cpu: 1, memory: '2048m' } },
        podTemplate: restrictedTemplate,
        job: {
          jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar',
          parallelism: 1,
          upgradeMode: 'stateless',
          state: 'running',
        },
      },
    });
  });

  it('builds exactly this FlinkDeployment for an application that sets every field', () => {
    expect(buildApplicationDeployment({ ...target, spec: fullApplication() })).toEqual({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name: 'orders-enricher', namespace: 'analytics', labels: { team: 'orders', 'example.com/cost-center': 'c42', ...labels } },
      spec: {
        image: 'registry.example.com/flink/orders:1.4.2',
        imagePullPolicy: 'Always',
        flinkVersion: 'v1_20',
        serviceAccount: 'flink',
        flinkConfiguration: {
          'execution.checkpointing.dir': 's3://flink/checkpoints',
          'execution.checkpointing.interval': '60s',
          'execution.checkpointing.savepoint-dir': 's3://flink/savepoints',
          'high-availability.storageDir': 's3://flink/ha',
          'high-availability.type': 'kubernetes',
          'kubernetes.operator.periodic.savepoint.interval': '6h',
          'taskmanager.numberOfTaskSlots': '2',
        },
        jobManager: { resource: { cpu: 0.5, memory: '1536m' } },
        taskManager: { resource: { cpu: 2, memory: '4Gi' } },
        podTemplate: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { annotations: { 'example.com/owner': 'orders' } },
          spec: { nodeSelector: { pool: 'flink' }, securityContext: podSecurity, containers: [mainContainer] },
        },
        logConfiguration: { 'log4j-console.properties': 'rootLogger.level = INFO\n' },
        job: {
          jarURI: 'local:///opt/flink/usrlib/orders.jar',
          entryClass: 'com.example.orders.Enricher',
          args: ['--input', 'orders', '--output', 'enriched'],
          parallelism: 4,
          upgradeMode: 'savepoint',
          state: 'running',
          initialSavepointPath: 's3://flink/savepoints/savepoint-0a1b2c',
          allowNonRestoredState: true,
        },
      },
    });
  });

  it('writes the state directories under the names Flink before 1.20 reads', () => {
    const built = buildApplicationDeployment({ ...target, spec: { ...fullApplication(), flinkVersion: 'v1_19' } });
    expect(built.spec.flinkConfiguration).toMatchObject({ 'state.checkpoints.dir': 's3://flink/checkpoints', 'state.savepoints.dir': 's3://flink/savepoints' });
    expect(built.spec.flinkConfiguration).not.toHaveProperty('execution.checkpointing.dir');
  });

  it('suspends by setting job.state, and changes nothing else', () => {
    const running = buildApplicationDeployment({ ...target, spec: fullApplication() });
    const suspended = buildApplicationDeployment({ ...target, spec: { ...fullApplication(), state: 'suspended' } });
    expect(suspended.spec.job).toEqual({ ...(running.spec.job as object), state: 'suspended' });
    expect({ ...suspended.spec, job: null }).toEqual({ ...running.spec, job: null });
  });

  it('restarts by bumping spec.restartNonce', () => {
    const first = buildApplicationDeployment({ ...target, spec: minimalApplication(), restartNonce: nextRestartNonce(undefined) });
    expect(first.spec.restartNonce).toBe(1);
    const again = buildApplicationDeployment({ ...target, spec: minimalApplication(), restartNonce: nextRestartNonce(first.spec.restartNonce as number) });
    expect(again.spec.restartNonce).toBe(2);
    expect({ ...again.spec, restartNonce: 0 }).toEqual({ ...first.spec, restartNonce: 0 });
  });

  it("never lets a user's label replace Flotilla's", () => {
    // The schema refuses such labels; the builder does not rely on it.
    const spec = { ...minimalApplication(), labels: { 'flotilla.dev/workspace': 'someone-else' } };
    expect(buildApplicationDeployment({ ...target, spec }).metadata.labels).toEqual(labels);
  });
});

describe('buildSessionDeployment', () => {
  it('builds a FlinkDeployment without a job, with replicas and the shared dependencies in the pod template', () => {
    expect(buildSessionDeployment({ ...target, spec: session() })).toEqual({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name: 'shared', namespace: 'analytics', labels },
      spec: {
        image: 'flink:1.20',
        flinkVersion: 'v1_20',
        serviceAccount: 'flink',
        flinkConfiguration: { 'execution.checkpointing.savepoint-dir': 's3://flink/savepoints', 'taskmanager.numberOfTaskSlots': '4' },
        jobManager: { resource: { cpu: 1, memory: '2048m' } },
        taskManager: { resource: { cpu: 1, memory: '2048m' }, replicas: 2 },
        podTemplate: {
          apiVersion: 'v1',
          kind: 'Pod',
          spec: {
            securityContext: podSecurity,
            containers: [
              {
                name: 'flink-main-container',
                env: [{ name: 'ENABLE_BUILT_IN_PLUGINS', value: 'flink-s3-fs-presto-1.20.1.jar' }],
                volumeMounts: [{ name: 'flotilla-session-deps', mountPath: '/opt/flink/lib/flotilla-deps' }],
                securityContext: containerSecurity,
              },
            ],
            volumes: [{ name: 'flotilla-session-deps', emptyDir: {} }],
            initContainers: [
              {
                name: 'flotilla-fetch-deps',
                image: 'flink:1.20',
                command: ['sh', '-c', expect.stringContaining('for url in "$@"'), 'fetch-deps', 'https://repo.example.com/libs/orders-udfs-1.0.jar'],
                volumeMounts: [{ name: 'flotilla-session-deps', mountPath: '/deps' }],
                securityContext: containerSecurity,
              },
            ],
          },
        },
      },
    });
  });

  it("merges the dependencies into the user's pod template without losing any of it", () => {
    const podTemplate = {
      spec: {
        containers: [{ name: 'flink-main-container', env: [{ name: 'TZ', value: 'UTC' }] }, { name: 'sidecar', image: 'envoy' }],
        volumes: [{ name: 'cfg', configMap: { name: 'cfg' } }],
      },
    };
    const built = buildSessionDeployment({ ...target, spec: { ...session(), extraJars: [], podTemplate } });
    expect(built.spec.podTemplate).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      spec: {
        securityContext: podSecurity,
        containers: [
          {
            name: 'flink-main-container',
            env: [{ name: 'TZ', value: 'UTC' }, { name: 'ENABLE_BUILT_IN_PLUGINS', value: 'flink-s3-fs-presto-1.20.1.jar' }],
            securityContext: containerSecurity,
          },
          { name: 'sidecar', image: 'envoy', securityContext: containerSecurity },
        ],
        volumes: [{ name: 'cfg', configMap: { name: 'cfg' } }],
      },
    });
    expect(podTemplate.spec.containers[0]!.env).toHaveLength(1);
  });

  it('gives a session without shared dependencies only the restricted pod template', () => {
    const built = buildSessionDeployment({ ...target, spec: { ...session(), plugins: [], extraJars: [] } });
    expect(built.spec.podTemplate).toEqual(restrictedTemplate);
    expect(built.spec).not.toHaveProperty('job');
  });
});
