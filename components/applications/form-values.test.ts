import { describe, expect, it } from 'vitest';
import { checkApplication } from '@/lib/k8s/flink/check-spec';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import { fieldOfPath, groupErrors } from '@/components/flink/spec-form-errors';
import { FORM_FIELDS } from './form-fields';
import { newRow, rowsToYaml, yamlToRows } from '@/components/flink/spec-form-values';
import { emptyFormValues, formValuesFromSpec, specInputFromValues } from './form-values';

const ctx = { flinkVersions: ['v1_18', 'v1_19', 'v1_20'] };

function check(values: ReturnType<typeof emptyFormValues>) {
  return checkApplication(specInputFromValues(values).input, ctx);
}

describe('the application form values', () => {
  it('need only a name, an image and a jar; the rest are defaults', () => {
    const result = check({ ...emptyFormValues('v1_20'), name: 'orders', image: 'flink:1.20', jarURI: 'local:///opt/flink/usrlib/job.jar' });
    expect(result.ok && result.spec).toMatchObject({
      name: 'orders',
      flinkVersion: 'v1_20',
      parallelism: 1,
      jobManager: { cpu: 1, memory: '2048m' },
      taskManager: { cpu: 1, memory: '2048m', slots: 1 },
      upgradeMode: 'stateless',
      state: 'running',
      flinkConfiguration: {},
      labels: {},
      logConfiguration: {},
    });
  });

  it('come back unchanged from a full stored spec, so an untouched edit form changes nothing', () => {
    const full = checkApplication(
      {
        name: 'orders',
        flinkVersion: 'v1_19',
        image: 'registry.example.com/orders:7',
        imagePullPolicy: 'Always',
        jarURI: 'local:///opt/flink/usrlib/orders.jar',
        entryClass: 'com.example.Orders',
        args: ['--input', 's3://in'],
        parallelism: 4,
        jobManager: { cpu: 0.5, memory: '1g' },
        taskManager: { cpu: 2, memory: '4Gi', slots: 2 },
        flinkConfiguration: { 'execution.checkpointing.interval': '60s' },
        checkpointDir: 's3://b/checkpoints',
        savepointDir: 's3://b/savepoints',
        upgradeMode: 'savepoint',
        initialSavepointPath: 's3://b/savepoints/sp-1',
        allowNonRestoredState: true,
        periodicSavepointInterval: '6h',
        logConfiguration: { 'log4j-console.properties': 'rootLogger.level = INFO\n', 'logback-console.xml': '<configuration/>' },
        labels: { team: 'payments' },
        podTemplate: { apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'flink-main-container' }] } },
        state: 'suspended',
      },
      ctx,
    );
    if (!full.ok) throw new Error(JSON.stringify(full.fieldErrors));
    const again = checkApplication({ ...specInputFromValues(formValuesFromSpec(full.spec)).input, state: 'suspended' }, ctx);
    if (!again.ok) throw new Error(JSON.stringify(again.fieldErrors));
    expect(diffSpecs(full.spec, again.spec)).toEqual([]);
  });

  it('say where rows go wrong: a value without a key, a key twice', () => {
    const values = { ...emptyFormValues('v1_20'), configRows: [newRow('', '60s'), newRow('a.b', '1'), newRow('a.b', '2'), newRow()], labelRows: [newRow('team', 'x')] };
    const { input, errors } = specInputFromValues(values);
    expect(errors.flinkConfiguration).toEqual(['A value (60s) has no key.', 'a.b is set twice.']);
    expect(input.flinkConfiguration).toEqual({ 'a.b': '1' });
    expect(input.labels).toEqual({ team: 'x' });
  });

  it('switch the configuration between rows and YAML, nested YAML flattened', () => {
    expect(rowsToYaml([newRow('execution.checkpointing.interval', '60s'), newRow('pipeline.object-reuse', 'true')])).toBe(
      'execution.checkpointing.interval: 60s\npipeline.object-reuse: "true"\n',
    );
    const rows = yamlToRows('execution:\n  checkpointing:\n    interval: 60s\n');
    expect(rows.ok && rows.rows.map((r) => [r.key, r.value])).toEqual([['execution.checkpointing.interval', '60s']]);
    expect(yamlToRows('a: [')).toMatchObject({ ok: false, message: expect.stringMatching(/^Not valid YAML/) });
    const broken = specInputFromValues({ ...emptyFormValues('v1_20'), configMode: 'yaml', configYaml: '- a list' });
    expect(broken.errors.flinkConfiguration).toEqual(['Write key: value lines.']);
  });

  it('leave an empty number to its default and report one that is not a number at its field', () => {
    const base = { ...emptyFormValues('v1_20'), name: 'orders', image: 'flink:1.20', jarURI: 'local:///job.jar' };
    const result = check({ ...base, parallelism: '', taskManagerSlots: 'two' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(['taskManager.slots']);
  });
});

describe('the application form fields', () => {
  it('place every error path at the field that shows it, and keep the rest', () => {
    expect(fieldOfPath(FORM_FIELDS, 'taskManager.memory')).toBe('taskManager.memory');
    expect(fieldOfPath(FORM_FIELDS, 'args.0')).toBe('args');
    expect(fieldOfPath(FORM_FIELDS, 'labels.team')).toBe('labels');
    expect(fieldOfPath(FORM_FIELDS, 'flinkConfiguration["a b"]')).toBe('flinkConfiguration');
    expect(groupErrors(FORM_FIELDS, { 'jobManager.cpu': ['More than 0.'], extra: ['Unknown field.'], _: ['Broken.'] })).toEqual({
      byField: { 'jobManager.cpu': ['More than 0.'] },
      other: ['extra: Unknown field.', 'Broken.'],
    });
  });

  it("show the pod policy's refusals at the pod template and configuration fields, as typed", () => {
    const checked = check({ ...emptyFormValues('v1_20'), name: 'orders', image: 'flink', jarURI: 'local:///x.jar', podTemplate: 'spec:\n  hostNetwork: true\n' });
    expect(checked.ok).toBe(false);
    const grouped = groupErrors(FORM_FIELDS, checked.ok ? {} : checked.fieldErrors);
    expect(grouped.byField.podTemplate).toEqual(["spec.hostNetwork: Sharing the node's namespaces is not allowed."]);
    expect(groupErrors(FORM_FIELDS, { 'flinkConfiguration.kubernetes.config.file': ['kubernetes.config.file: not allowed.'] }).byField).toEqual({
      flinkConfiguration: ['kubernetes.config.file: not allowed.'],
    });
  });
});
