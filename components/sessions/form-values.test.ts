import { describe, expect, it } from 'vitest';
import { newRow } from '@/components/flink/spec-form-values';
import { checkSession, checkSessionJob } from '@/lib/k8s/flink/check-spec';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import { emptySessionValues, sessionInputFromValues, sessionValuesFromSpec } from './session-form-values';
import { emptySessionJobValues, sessionJobInputFromValues, sessionJobValuesFromSpec } from './session-job-form-values';

const ctx = { flinkVersions: ['v1_19', 'v1_20'] };

describe('the session form values', () => {
  it('need only a name and an image; lists are one entry per line', () => {
    const values = { ...emptySessionValues('v1_20'), name: 'analytics', image: 'flink:1.20', extraJars: 'https://a.example.com/x.jar\n\n  https://a.example.com/y.jar ' };
    const result = checkSession(sessionInputFromValues(values).input, ctx);
    expect(result.ok && result.spec).toMatchObject({
      name: 'analytics',
      flinkVersion: 'v1_20',
      taskManager: { cpu: 1, memory: '2048m', slots: 1, replicas: 1 },
      plugins: [],
      extraJars: ['https://a.example.com/x.jar', 'https://a.example.com/y.jar'],
    });
  });

  it('come back unchanged from a full stored spec, so an untouched edit form changes nothing', () => {
    const full = checkSession(
      {
        name: 'analytics',
        flinkVersion: 'v1_19',
        image: 'registry.example.com/flink:1.19',
        imagePullPolicy: 'Always',
        jobManager: { cpu: 0.5, memory: '1g' },
        taskManager: { cpu: 2, memory: '4Gi', slots: 4, replicas: 3 },
        flinkConfiguration: { 'state.backend.type': 'rocksdb' },
        plugins: ['flink-s3-fs-hadoop-1.19.1.jar'],
        extraJars: ['https://artifacts.example.com/libs/kafka.jar'],
        checkpointDir: 's3://b/checkpoints',
        savepointDir: 's3://b/savepoints',
        logConfiguration: { 'log4j-console.properties': 'rootLogger.level = INFO\n', 'logback-console.xml': '<configuration/>' },
        labels: { team: 'data' },
        podTemplate: { apiVersion: 'v1', kind: 'Pod', spec: { nodeSelector: { pool: 'flink' } } },
      },
      ctx,
    );
    if (!full.ok) throw new Error(JSON.stringify(full.fieldErrors));
    const again = checkSession(sessionInputFromValues(sessionValuesFromSpec(full.spec)).input, ctx);
    if (!again.ok) throw new Error(JSON.stringify(again.fieldErrors));
    expect(diffSpecs(full.spec, again.spec)).toEqual([]);
  });

  it('report a replica count that is no number at its field, and a jar that is not https', () => {
    const values = { ...emptySessionValues('v1_20'), name: 'analytics', image: 'flink:1.20', taskManagerReplicas: 'two', extraJars: 'http://a.example.com/x.jar' };
    const result = checkSession(sessionInputFromValues(values).input, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(['extraJars.0', 'taskManager.replicas']);
  });
});

describe('the session job form values', () => {
  const session = { sessionConfiguration: { 'execution.checkpointing.dir': 's3://b/checkpoints', 'execution.checkpointing.savepoint-dir': 's3://b/savepoints' }, sessionFlinkVersion: 'v1_20' };

  it('come back unchanged from a full stored spec', () => {
    const full = checkSessionJob(
      {
        name: 'clicks',
        jarURI: 'https://artifacts.example.com/jobs/clicks.jar',
        entryClass: 'com.example.Clicks',
        args: ['--window', '5m'],
        parallelism: 2,
        upgradeMode: 'savepoint',
        initialSavepointPath: 's3://b/savepoints/sp-1',
        allowNonRestoredState: true,
        periodicSavepointInterval: '6h',
        flinkConfiguration: { 'execution.checkpointing.interval': '60s' },
        labels: { team: 'web' },
        state: 'suspended',
      },
      session,
    );
    if (!full.ok) throw new Error(JSON.stringify(full.fieldErrors));
    const again = checkSessionJob({ ...sessionJobInputFromValues(sessionJobValuesFromSpec(full.spec)).input, state: 'suspended' }, session);
    if (!again.ok) throw new Error(JSON.stringify(again.fieldErrors));
    expect(diffSpecs(full.spec, again.spec)).toEqual([]);
  });

  it('say at the jar field that only https:// works, and where configuration rows go wrong', () => {
    const values = { ...emptySessionJobValues(), name: 'clicks', jarURI: 'local:///opt/flink/job.jar', configRows: [newRow('a.b', '1'), newRow('a.b', '2')] };
    const { input, errors } = sessionJobInputFromValues(values);
    expect(errors.flinkConfiguration).toEqual(['a.b is set twice.']);
    const result = checkSessionJob(input, session);
    expect(!result.ok && result.fieldErrors.jarURI).toEqual(['The operator accepts only https:// jar URLs for session jobs.']);
  });
});
