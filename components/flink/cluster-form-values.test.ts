import { describe, expect, it } from 'vitest';
import { checkApplication, checkSession } from '@/lib/k8s/flink/check-spec';
import { commonInputFromValues, emptyCommonValues } from './common-form-values';
import { clusterInputFromValues, clusterValuesFromSpec, emptyClusterValues } from './cluster-form-values';
import { emptyJobValues, jobInputFromValues, jobValuesFromSpec } from './job-form-values';
import { newRow } from './spec-form-values';

const ctx = { flinkVersions: ['v1_19', 'v1_20'] };
const cluster = {
  name: 'orders',
  flinkVersion: 'v1_19',
  image: 'registry.example.com/flink:1.19',
  imagePullPolicy: 'Always',
  jobManager: { cpu: 0.5, memory: '1g' },
  taskManager: { cpu: 2, memory: '4Gi', slots: 2 },
  flinkConfiguration: { 'state.backend.type': 'rocksdb' },
  checkpointDir: 's3://b/checkpoints',
  savepointDir: 's3://b/savepoints',
  logConfiguration: { 'log4j-console.properties': 'rootLogger.level = INFO\n', 'logback-console.xml': '<configuration/>' },
  labels: { team: 'data' },
  podTemplate: { apiVersion: 'v1', kind: 'Pod', spec: { nodeSelector: { pool: 'flink' } } },
};
const withoutRowIds = (values: object) => JSON.parse(JSON.stringify(values, (key, value) => (key === 'id' ? undefined : value)));

describe('the cluster part of the application and session forms', () => {
  it('reads the same values from an application and a session with the same cluster', () => {
    const app = checkApplication({ ...cluster, jarURI: 'local:///opt/flink/usrlib/orders.jar' }, ctx);
    const session = checkSession({ ...cluster, taskManager: { ...cluster.taskManager, replicas: 3 } }, ctx);
    if (!app.ok || !session.ok) throw new Error('the specs should parse');
    expect(withoutRowIds(clusterValuesFromSpec(app.spec))).toEqual(withoutRowIds(clusterValuesFromSpec(session.spec)));
    expect(clusterValuesFromSpec(app.spec)).toMatchObject({ jobManagerCpu: '0.5', taskManagerSlots: '2', log4j: 'rootLogger.level = INFO\n', otherLogFiles: { 'logback-console.xml': '<configuration/>' } });
  });

  it('starts a new cluster at the default resources and leaves empty fields to their defaults', () => {
    const errors = {};
    const input = clusterInputFromValues({ ...emptyClusterValues('v1_20'), name: ' orders ', taskManagerMemory: '' }, errors);
    expect(input).toMatchObject({
      name: 'orders',
      flinkVersion: 'v1_20',
      imagePullPolicy: undefined,
      jobManager: { cpu: 1, memory: '2048m' },
      taskManager: { cpu: 1, memory: undefined, slots: 1 },
      logConfiguration: {},
      flinkConfiguration: {},
      labels: {},
    });
    expect(errors).toEqual({});
  });
});

describe('the common and job parts', () => {
  it('report rows problems at the configuration and label fields', () => {
    const errors = {};
    commonInputFromValues({ ...emptyCommonValues(), configRows: [newRow('a', '1'), newRow('a', '2')], labelRows: [newRow('', 'x')] }, errors);
    expect(errors).toEqual({ flinkConfiguration: ['a is set twice.'], labels: ['A value (x) has no key.'] });
  });

  it('take arguments one per line and come back as they were', () => {
    const input = jobInputFromValues({ ...emptyJobValues(), jarURI: 'https://a.example.com/job.jar', args: '--in\n\n  s3://in  ', parallelism: '' });
    expect(input).toMatchObject({ args: ['--in', 's3://in'], parallelism: undefined, upgradeMode: 'stateless' });
    const values = jobValuesFromSpec({
      jarURI: 'https://a.example.com/job.jar',
      entryClass: undefined,
      args: ['--in', 's3://in'],
      parallelism: 2,
      upgradeMode: 'savepoint',
      initialSavepointPath: undefined,
      allowNonRestoredState: true,
      periodicSavepointInterval: undefined,
    });
    expect(values).toMatchObject({ args: '--in\ns3://in', parallelism: '2', entryClass: '', initialSavepointPath: '', periodicSavepointInterval: '' });
  });
});
