// Specs shared by the unit and integration tests of the Flink builders: the smallest application
// a person can submit, and one that sets every field. Test support only.
import { ApplicationSpec, SessionJobSpec, SessionSpec } from '@/lib/validation/flink';

export const WORKSPACE_ID = '5b0c7a52-0c1e-4a55-9a0e-0f8f1f4c2d11';
export const RESOURCE_ID = 'a3f1e9d0-7c2b-4e8a-b6d5-3c9e2f1a0b44';
export const CRD_FLINK_VERSIONS = ['v1_13', 'v1_14', 'v1_15', 'v1_16', 'v1_17', 'v1_18', 'v1_19', 'v1_20'];

export const minimalApplicationInput = { name: 'orders', image: 'flink:1.20', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar' };

export const fullApplicationInput = {
  name: 'orders-enricher',
  flinkVersion: 'v1_20',
  image: 'registry.example.com/flink/orders:1.4.2',
  imagePullPolicy: 'Always',
  jarURI: 'local:///opt/flink/usrlib/orders.jar',
  entryClass: 'com.example.orders.Enricher',
  args: ['--input', 'orders', '--output', 'enriched'],
  parallelism: 4,
  jobManager: { cpu: 0.5, memory: '1536m' },
  taskManager: { cpu: 2, memory: '4Gi', slots: 2 },
  flinkConfiguration: { 'execution.checkpointing.interval': '60s', 'high-availability.type': 'kubernetes', 'high-availability.storageDir': 's3://flink/ha' },
  checkpointDir: 's3://flink/checkpoints',
  savepointDir: 's3://flink/savepoints',
  upgradeMode: 'savepoint',
  initialSavepointPath: 's3://flink/savepoints/savepoint-0a1b2c',
  allowNonRestoredState: true,
  periodicSavepointInterval: '6h',
  logConfiguration: { 'log4j-console.properties': 'rootLogger.level = INFO\n' },
  labels: { team: 'orders', 'example.com/cost-center': 'c42' },
  podTemplate: 'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    example.com/owner: orders\nspec:\n  nodeSelector:\n    pool: flink\n',
  state: 'running',
} satisfies Record<string, unknown>;

export const minimalApplication = (): ApplicationSpec => ApplicationSpec.parse({ ...minimalApplicationInput, flinkVersion: 'v1_20' });
export const fullApplication = (): ApplicationSpec => ApplicationSpec.parse(fullApplicationInput);

export const sessionInput = {
  name: 'shared',
  flinkVersion: 'v1_20',
  image: 'flink:1.20',
  taskManager: { memory: '2048m', slots: 4, replicas: 2 },
  savepointDir: 's3://flink/savepoints',
  plugins: ['flink-s3-fs-presto-1.20.1.jar'],
  extraJars: ['https://repo.example.com/libs/orders-udfs-1.0.jar'],
};
export const session = (): SessionSpec => SessionSpec.parse(sessionInput);

export const sessionJobInput = {
  name: 'clicks',
  jarURI: 'https://artifacts.example.com/jobs/clicks-2.1.jar',
  entryClass: 'com.example.Clicks',
  parallelism: 2,
  upgradeMode: 'savepoint',
  checkpointDir: 's3://flink/checkpoints/clicks',
  flinkConfiguration: { 'pipeline.name': 'clicks' },
};
export const sessionJob = (): SessionJobSpec => SessionJobSpec.parse(sessionJobInput);
