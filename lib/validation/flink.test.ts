import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/api/parse';
import { fullApplicationInput, minimalApplicationInput, sessionJobInput } from '@/lib/k8s/flink/fixtures';
import { ApplicationSpec, ClusterFields, JobFields, parseFlinkConfigurationYaml, SessionJobSpec, SessionSpec, StateFields } from './flink';

describe('ApplicationSpec', () => {
  it('needs only a name, an image and a jar: everything else has a sensible default', () => {
    expect(ApplicationSpec.parse(minimalApplicationInput)).toEqual({
      name: 'orders',
      image: 'flink:1.20',
      jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar',
      args: [],
      parallelism: 1,
      jobManager: { cpu: 1, memory: '2048m' },
      taskManager: { cpu: 1, memory: '2048m', slots: 1 },
      flinkConfiguration: {},
      logConfiguration: {},
      labels: {},
      upgradeMode: 'stateless',
      allowNonRestoredState: false,
      state: 'running',
    });
  });

  it('says what is missing or malformed at the field', () => {
    const result = ApplicationSpec.safeParse({ name: 'Orders', jarURI: 'orders.jar', taskManager: { slots: 1.5 }, upgradeMode: 'sometimes', jarUri: 'x' });
    expect(fieldErrorsOf(result.error!)).toEqual({
      name: [expect.stringMatching(/lower-case/)],
      image: ['Required.'],
      jarURI: [expect.stringMatching(/Include the scheme/)],
      'taskManager.slots': [expect.any(String)],
      upgradeMode: [expect.any(String)],
      jarUri: ['Unknown field.'],
    });
  });

  it('parses a pod template written as YAML, and its own output again unchanged', () => {
    const once = ApplicationSpec.parse(fullApplicationInput);
    expect(once.podTemplate).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { annotations: { 'example.com/owner': 'orders' } }, spec: { nodeSelector: { pool: 'flink' } } });
    expect(ApplicationSpec.parse(once)).toEqual(once);
    expect(ApplicationSpec.parse({ ...minimalApplicationInput, podTemplate: '  ' }).podTemplate).toBeUndefined();
  });

  it('refuses a pod template that is not a YAML mapping', () => {
    const errors = (podTemplate: string) => fieldErrorsOf(ApplicationSpec.safeParse({ ...minimalApplicationInput, podTemplate }).error!);
    expect(errors('spec: [unclosed')).toEqual({ podTemplate: [expect.stringMatching(/^Not valid YAML/)] });
    expect(errors('- a\n- b')).toEqual({ podTemplate: [expect.stringMatching(/YAML mapping/)] });
  });

  it('keeps JSON numbers and booleans of the Flink configuration as the strings the CRD holds', () => {
    const spec = ApplicationSpec.parse({ ...minimalApplicationInput, flinkConfiguration: { 'parallelism.default': 2, 'pipeline.object-reuse': true } });
    expect(spec.flinkConfiguration).toEqual({ 'parallelism.default': '2', 'pipeline.object-reuse': 'true' });
    expect(ApplicationSpec.safeParse({ ...minimalApplicationInput, flinkConfiguration: { 'a key': 'x' } }).success).toBe(false);
  });

  it("refuses labels Kubernetes would refuse and labels that are Flotilla's", () => {
    const errors = (labels: Record<string, string>) => ApplicationSpec.safeParse({ ...minimalApplicationInput, labels }).error?.issues.map((i) => i.message);
    expect(errors({ team: 'orders', 'example.com/tier': 'gold' })).toBeUndefined();
    expect(errors({ 'flotilla.dev/resource': 'x' })).toEqual(['flotilla.dev/resource is reserved for Flotilla.']);
    expect(errors({ 'app.kubernetes.io/managed-by': 'me' })).toEqual(['app.kubernetes.io/managed-by is reserved for Flotilla.']);
    expect(errors({ 'bad key!': 'x' })).toEqual(['bad key! is not a valid label key.']);
    expect(errors({ team: 'has spaces' })).toHaveLength(1);
  });

  it('accepts a periodic savepoint interval as a duration or a cron expression', () => {
    const ok = (periodicSavepointInterval: string) => ApplicationSpec.safeParse({ ...minimalApplicationInput, periodicSavepointInterval }).success;
    expect(ok('6h')).toBe(true);
    expect(ok('30 min')).toBe(true);
    expect(ok('0 0 * * * ?')).toBe(true);
    expect(ok('every hour')).toBe(false);
  });
});

describe('sessions and session jobs reuse the application’s parts', () => {
  it('shares the sub-schemas rather than copying them', () => {
    expect(SessionSpec.shape.image).toBe(ClusterFields.shape.image);
    expect(SessionSpec.shape.checkpointDir).toBe(StateFields.shape.checkpointDir);
    expect(SessionSpec.shape.flinkConfiguration).toBe(ApplicationSpec.shape.flinkConfiguration);
    expect(SessionJobSpec.shape.upgradeMode).toBe(JobFields.shape.upgradeMode);
    expect(SessionJobSpec.shape.parallelism).toBe(ApplicationSpec.shape.parallelism);
  });

  it('gives a session TaskManager replicas and shared dependencies, and no job', () => {
    const spec = SessionSpec.parse({ name: 'shared', image: 'flink:1.20' });
    expect(spec.taskManager).toEqual({ cpu: 1, memory: '2048m', slots: 1, replicas: 1 });
    expect(spec).toMatchObject({ plugins: [], extraJars: [] });
    expect(SessionSpec.safeParse({ name: 'shared', image: 'flink:1.20', jarURI: 'https://x/y.jar' }).success).toBe(false);
    expect(SessionSpec.safeParse({ name: 'shared', image: 'flink:1.20', extraJars: ['http://x/y.jar'] }).success).toBe(false);
  });

  it('bounds slots and TaskManagers, so that a session\'s capacity stays an exact integer (the fuzzing run found 1.35e22)', () => {
    const session = (taskManager: Record<string, number>) => SessionSpec.safeParse({ name: 'shared', image: 'flink:1.20', taskManager: { memory: '2g', ...taskManager } });
    expect(session({ slots: 1024, replicas: 1000 }).success).toBe(true);
    const tooMany = session({ slots: 78102863, replicas: 173438155337542 });
    expect(tooMany.success).toBe(false);
    expect(fieldErrorsOf(tooMany.error!)).toEqual({ 'taskManager.slots': ['At most 1024 slots per TaskManager.'], 'taskManager.replicas': ['At most 1000 TaskManagers.'] });
    expect(ApplicationSpec.safeParse({ ...minimalApplicationInput, taskManager: { slots: 1025 } }).success).toBe(false);
  });

  it('gives a session job its job fields and no cluster fields', () => {
    expect(SessionJobSpec.parse(sessionJobInput)).toMatchObject({ name: 'clicks', parallelism: 2, upgradeMode: 'savepoint', state: 'running' });
    expect(SessionJobSpec.safeParse({ ...sessionJobInput, image: 'flink:1.20' }).success).toBe(false);
    expect(SessionJobSpec.shape.jarURI.meta()?.description).toMatch(/only https:\/\/ URLs/);
  });
});

describe('parseFlinkConfigurationYaml', () => {
  it('flattens nested config.yaml into the keys the CRD holds', () => {
    expect(parseFlinkConfigurationYaml('execution:\n  checkpointing:\n    interval: 60s\nparallelism.default: 2\npipeline.jars: [a.jar, b.jar]\n')).toEqual({
      ok: true,
      value: { 'execution.checkpointing.interval': '60s', 'parallelism.default': '2', 'pipeline.jars': 'a.jar;b.jar' },
    });
    expect(parseFlinkConfigurationYaml('')).toEqual({ ok: true, value: {} });
    expect(parseFlinkConfigurationYaml('a: [').ok).toBe(false);
    expect(parseFlinkConfigurationYaml('- a')).toEqual({ ok: false, message: 'Write key: value lines.' });
  });
});
