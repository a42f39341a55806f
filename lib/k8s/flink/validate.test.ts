// One test per rule of the operator's DefaultValidator (1.15) that Flotilla checks before storing.
import { describe, expect, it } from 'vitest';
import type { ApplicationSpec } from '@/lib/validation/flink';
import { checkApplication, checkSession, checkSessionJob } from './check-spec';
import { CRD_FLINK_VERSIONS, fullApplication, minimalApplication, session, sessionJob } from './fixtures';
import { isFlinkMemory, newestFlinkVersion, supportedFlinkVersions, validateApplication, validateSession, validateSessionJob } from './validate';

const ctx = { flinkVersions: CRD_FLINK_VERSIONS };
const errorsOf = (changes: Partial<ApplicationSpec>) => validateApplication({ ...minimalApplication(), ...changes }, ctx);

describe('validateApplication', () => {
  it('accepts the minimal and the full application', () => {
    expect(validateApplication(minimalApplication(), ctx)).toEqual({});
    expect(validateApplication(fullApplication(), ctx)).toEqual({});
  });

  it('name: lower-case letters, digits and dashes, at most 45', () => {
    expect(errorsOf({ name: 'a'.repeat(46) })).toEqual({ name: [expect.stringMatching(/at most 45/)] });
    expect(errorsOf({ name: 'Orders' })).toHaveProperty('name');
  });

  it('flinkVersion is required', () => {
    expect(errorsOf({ flinkVersion: undefined })).toEqual({ flinkVersion: ['Choose a Flink version.'] });
  });

  it("flinkVersion must be one the cluster's CRD lists", () => {
    expect(errorsOf({ flinkVersion: 'v2_1' })).toEqual({ flinkVersion: ["v2_1 is not a Flink version this cluster's operator knows."] });
  });

  it('flinkVersion must be one operator 1.15 still supports (1.15 and newer)', () => {
    expect(errorsOf({ flinkVersion: 'v1_14' })).toEqual({ flinkVersion: [expect.stringMatching(/no longer supported/)] });
    expect(errorsOf({ flinkVersion: 'v1_15' })).toEqual({});
  });

  it('flinkVersion may not change while the job is suspended with last-state', () => {
    const previous = { flinkVersion: 'v1_19', upgradeMode: 'last-state', state: 'suspended' };
    const spec = { ...fullApplication(), upgradeMode: 'last-state' as const };
    expect(validateApplication(spec, { ...ctx, previous })).toEqual({ flinkVersion: [expect.stringMatching(/resume it on its current Flink version/)] });
    expect(validateApplication({ ...spec, flinkVersion: 'v1_19' }, { ...ctx, previous })).toEqual({});
    expect(validateApplication(spec, { ...ctx, previous: { ...previous, state: 'running' } })).toEqual({});
  });

  it('JobManager memory is required', () => {
    expect(errorsOf({ jobManager: { cpu: 1, memory: '' } })).toEqual({ 'jobManager.memory': ['JobManager memory is required.'] });
  });

  it('TaskManager memory is required', () => {
    expect(errorsOf({ taskManager: { cpu: 1, memory: ' ', slots: 1 } })).toEqual({ 'taskManager.memory': ['TaskManager memory is required.'] });
  });

  it('memory must parse as a Flink size or a Kubernetes quantity', () => {
    for (const ok of ['2048m', '2g', '2 gb', '1024', '2Gi', '1.5G', '512mi', '2gib']) expect(isFlinkMemory(ok), ok).toBe(true);
    for (const bad of ['lots', '2 gigs', '-1g', '']) expect(isFlinkMemory(bad), bad).toBe(false);
    expect(errorsOf({ taskManager: { cpu: 1, memory: 'lots', slots: 1 } })).toEqual({ 'taskManager.memory': [expect.stringMatching(/2048m, 2g or 2Gi/)] });
  });

  it('CPU, when set, must be more than 0', () => {
    expect(errorsOf({ jobManager: { cpu: 0, memory: '1g' }, taskManager: { cpu: -1, memory: '1g', slots: 1 } })).toEqual({
      'jobManager.cpu': ['JobManager CPU must be more than 0.'],
      'taskManager.cpu': ['TaskManager CPU must be more than 0.'],
    });
  });

  it('parallelism must be more than 0', () => {
    expect(errorsOf({ parallelism: 0 })).toEqual({ parallelism: ['Parallelism must be more than 0.'] });
  });

  it('a TaskManager needs at least one slot', () => {
    expect(errorsOf({ taskManager: { cpu: 1, memory: '1g', slots: 0 } })).toEqual({ 'taskManager.slots': ['A TaskManager needs at least 1 slot.'] });
  });

  it('savepoint and last-state upgrade modes need a checkpoint directory', () => {
    expect(errorsOf({ upgradeMode: 'last-state' })).toEqual({ checkpointDir: ['A checkpoint directory is required for the last-state upgrade mode.'] });
    expect(errorsOf({ upgradeMode: 'savepoint', savepointDir: 's3://b/sp' })).toEqual({ checkpointDir: [expect.stringMatching(/savepoint upgrade mode/)] });
    // Any key Flink reads as the checkpoint directory will do, including the pre-1.20 name.
    expect(errorsOf({ upgradeMode: 'last-state', flinkConfiguration: { 'state.checkpoints.dir': 's3://b/cp' } })).toEqual({});
  });

  it('the savepoint upgrade mode needs a savepoint directory', () => {
    expect(errorsOf({ upgradeMode: 'savepoint', checkpointDir: 's3://b/cp' })).toEqual({ savepointDir: ['A savepoint directory is required for the savepoint upgrade mode.'] });
  });

  it('periodic savepoints need a savepoint directory', () => {
    expect(errorsOf({ periodicSavepointInterval: '1h' })).toEqual({ savepointDir: ['Periodic savepoints need a savepoint directory.'] });
    expect(errorsOf({ periodicSavepointInterval: '1h', savepointDir: 's3://b/sp' })).toEqual({});
  });

  it('a maximum checkpoint age for last-state upgrades needs a savepoint directory', () => {
    const flinkConfiguration = { 'kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age': '10m' };
    expect(errorsOf({ flinkConfiguration })).toEqual({ savepointDir: [expect.stringMatching(/maximum checkpoint age/)] });
  });

  it('last-state needs no high availability in operator 1.15 (it did before 1.10)', () => {
    expect(errorsOf({ upgradeMode: 'last-state', checkpointDir: 's3://b/cp' })).toEqual({});
  });

  it('forbids the keys the operator sets itself', () => {
    const flinkConfiguration = { 'kubernetes.namespace': 'x', 'kubernetes.cluster-id': 'y', 'high-availability.cluster-id': 'z' };
    expect(errorsOf({ flinkConfiguration })).toEqual({
      flinkConfiguration: [
        'kubernetes.namespace is set by the operator and may not be configured.',
        'kubernetes.cluster-id is set by the operator and may not be configured.',
        'high-availability.cluster-id is set by the operator and may not be configured.',
      ],
    });
  });

  it('rollback needs high availability', () => {
    const flinkConfiguration = { 'kubernetes.operator.deployment.rollback.enabled': 'true' };
    expect(errorsOf({ flinkConfiguration })).toEqual({ flinkConfiguration: [expect.stringMatching(/needs high availability/)] });
    expect(errorsOf({ flinkConfiguration: { ...flinkConfiguration, 'high-availability.type': 'kubernetes' } })).toEqual({});
    expect(errorsOf({ flinkConfiguration: { ...flinkConfiguration, 'high-availability.type': 'NONE' } })).toHaveProperty('flinkConfiguration');
  });

  it('the cluster health check needs JobManager deployment recovery', () => {
    const flinkConfiguration = { 'kubernetes.operator.cluster.health-check.enabled': 'true', 'kubernetes.operator.jm-deployment-recovery.enabled': 'false' };
    expect(errorsOf({ flinkConfiguration })).toEqual({ flinkConfiguration: [expect.stringMatching(/deployment recovery/)] });
  });

  it('log configuration takes only log4j-console.properties or logback-console.xml', () => {
    expect(errorsOf({ logConfiguration: { 'log4j.properties': 'x' } })).toEqual({
      logConfiguration: ['log4j.properties is not a log configuration file; use log4j-console.properties or logback-console.xml.'],
    });
  });

  it('a key set by a form field may not also be set in the configuration', () => {
    expect(errorsOf({ checkpointDir: 's3://b/cp', flinkConfiguration: { 'state.checkpoints.dir': 's3://other' } })).toEqual({
      flinkConfiguration: ['Remove state.checkpoints.dir: it is set by the checkpointDir field.'],
    });
    expect(errorsOf({ flinkConfiguration: { 'taskmanager.numberOfTaskSlots': '4' } })).toEqual({
      flinkConfiguration: ['Remove taskmanager.numberOfTaskSlots: it is set by the taskManager.slots field.'],
    });
  });
});

describe('credentials in the configuration', () => {
  it('are refused at the field, pointing to a Secret, and ordinary keys are not', () => {
    for (const key of ['s3.secret-key', 'fs.s3a.secret.key', 'security.ssl.keystore-password', 'fs.azure.account.key.credentials', 'metrics.reporter.dd.apikey']) {
      const errors = errorsOf({ flinkConfiguration: { [key]: 'hunter2' } });
      expect(errors.flinkConfiguration?.[0], key).toMatch(/looks like a credential: put it in a Kubernetes Secret/);
    }
    for (const key of ['s3.access-key', 'security.delegation.tokens.enabled', 'execution.checkpointing.interval', 'secretary.enabled']) {
      const errors = errorsOf({ flinkConfiguration: { [key]: 'x' } });
      expect(errors.flinkConfiguration, key).toBeUndefined();
    }
  });
});

describe('validateSession', () => {
  it('accepts a session and applies the cluster rules to it', () => {
    expect(validateSession(session(), ctx)).toEqual({});
    expect(validateSession({ ...session(), flinkVersion: undefined, flinkConfiguration: { 'kubernetes.namespace': 'x' } }, ctx)).toEqual({
      flinkVersion: ['Choose a Flink version.'],
      flinkConfiguration: [expect.stringMatching(/kubernetes.namespace/)],
    });
  });

  it('TaskManager replicas must be at least 1', () => {
    const spec = session();
    expect(validateSession({ ...spec, taskManager: { ...spec.taskManager, replicas: 0 } }, ctx)).toEqual({ 'taskManager.replicas': ['A session needs at least 1 TaskManager.'] });
  });
});

describe('validateSessionJob', () => {
  const sessionConfiguration = { 'execution.checkpointing.savepoint-dir': 's3://flink/savepoints' };

  it('accepts a job whose state directories come from the session and the job together', () => {
    expect(validateSessionJob(sessionJob(), { sessionConfiguration })).toEqual({});
    expect(validateSessionJob(sessionJob())).toEqual({ savepointDir: ['A savepoint directory is required for the savepoint upgrade mode.'] });
  });

  it('accepts only https jar URLs by default, and says so', () => {
    const spec = { ...sessionJob(), jarURI: 's3://jars/clicks.jar' };
    expect(validateSessionJob(spec, { sessionConfiguration })).toEqual({ jarURI: ['The operator accepts only https:// jar URLs for session jobs.'] });
    expect(validateSessionJob(spec, { sessionConfiguration, allowedJarSchemes: ['https', 's3'] })).toEqual({});
  });

  it('refuses jar URLs on loopback, private and link-local hosts', () => {
    for (const host of ['localhost', '127.0.0.1', '10.1.2.3', '192.168.0.5', '169.254.169.254', '[::1]']) {
      const spec = { ...sessionJob(), jarURI: `https://${host}/clicks.jar` };
      expect(validateSessionJob(spec, { sessionConfiguration }), host).toEqual({ jarURI: [expect.stringMatching(/refuses jar URLs/)] });
    }
    const spec = { ...sessionJob(), jarURI: 'https://127.0.0.1/clicks.jar' };
    expect(validateSessionJob(spec, { sessionConfiguration, disallowRestrictedHosts: false })).toEqual({});
  });

  it('parallelism must be more than 0', () => {
    expect(validateSessionJob({ ...sessionJob(), parallelism: 0 }, { sessionConfiguration })).toEqual({ parallelism: ['Parallelism must be more than 0.'] });
  });

  it('forbids the operator’s keys in the job’s configuration too', () => {
    const spec = { ...sessionJob(), flinkConfiguration: { 'kubernetes.cluster-id': 'x' } };
    expect(validateSessionJob(spec, { sessionConfiguration })).toEqual({ flinkConfiguration: [expect.stringMatching(/kubernetes.cluster-id/)] });
  });
});

describe('supported versions and the check functions', () => {
  it("offers the CRD's versions that operator 1.15 supports, newest first by default", () => {
    expect(supportedFlinkVersions(CRD_FLINK_VERSIONS)).toEqual(['v1_15', 'v1_16', 'v1_17', 'v1_18', 'v1_19', 'v1_20']);
    expect(newestFlinkVersion([...CRD_FLINK_VERSIONS, 'v2_0', 'v1_9'])).toBe('v2_0');
    expect(newestFlinkVersion(['v1_13'])).toBeUndefined();
  });

  it('parses, fills in the newest Flink version and applies the rules', () => {
    const ok = checkApplication({ name: 'orders', image: 'flink:1.20', jarURI: 'local:///job.jar' }, ctx);
    expect(ok).toMatchObject({ ok: true, spec: { flinkVersion: 'v1_20', upgradeMode: 'stateless' } });
    expect(checkApplication({ name: 'orders', jarURI: 'local:///job.jar', upgradeMode: 'savepoint' }, ctx)).toEqual({ ok: false, fieldErrors: { image: ['Required.'] } });
    expect(checkApplication({ name: 'orders', image: 'flink', jarURI: 'local:///job.jar', upgradeMode: 'savepoint' }, ctx)).toEqual({
      ok: false,
      fieldErrors: { checkpointDir: [expect.any(String)], savepointDir: [expect.any(String)] },
    });
    expect(checkApplication({ name: 'orders', image: 'flink', jarURI: 'local:///job.jar' }, { flinkVersions: ['v1_13'] })).toEqual({
      ok: false,
      fieldErrors: { flinkVersion: ['Choose a Flink version.'] },
    });
    expect(checkSession({ name: 'shared', image: 'flink:1.20' }, ctx)).toMatchObject({ ok: true, spec: { flinkVersion: 'v1_20' } });
    expect(checkSessionJob({ name: 'job', jarURI: 'local:///x.jar' })).toEqual({ ok: false, fieldErrors: { jarURI: [expect.stringMatching(/only https/)] } });
  });
});
