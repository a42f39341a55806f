// The Flink application, session and session job specs as people write them (form or API JSON):
// shapes, formats and defaults, shared by the services and the console's forms. No server
// imports. The operator's own rules (what it would reject once applied) live in
// lib/k8s/flink/validate.ts; the FlinkDeployment / FlinkSessionJob built from these specs in
// lib/k8s/flink/build-*.ts. Sessions and session jobs reuse the sub-schemas defined here.
import { z } from 'zod';
import { RESERVED_LABEL_PREFIXES } from '@/lib/k8s/manifests/labels';
import {
  CLASS_NAME_MAX,
  CONFIG_ENTRIES_MAX,
  CONFIG_KEY_MAX,
  CONFIG_VALUE_MAX,
  EXTRA_JARS_MAX_ITEMS,
  FLINK_VERSION_MAX,
  IMAGE_MAX,
  JOB_ARG_MAX,
  JOB_ARGS_MAX_ITEMS,
  LABEL_KEY_MAX,
  LABEL_VALUE_MAX,
  LABELS_MAX,
  LOG_FILE_MAX,
  LOG_FILES_MAX,
  PLUGIN_NAME_MAX,
  PLUGINS_MAX_ITEMS,
  SHORT_VALUE_MAX,
  URI_MAX,
} from './limits';
import { FlinkResourceName } from './names';
import { PodTemplate } from './pod-template';
import { safeText, unsafeTextProblem } from './text';
import { parseUntrustedYaml as parseYaml } from './untrusted-yaml';

export const UPGRADE_MODES = ['stateless', 'savepoint', 'last-state'] as const;
export type UpgradeMode = (typeof UPGRADE_MODES)[number];
export const JOB_STATES = ['running', 'suspended'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const IMAGE_PULL_POLICIES = ['IfNotPresent', 'Always', 'Never'] as const;

/** What a minimal spec gets (the operator's own examples use these sizes). */
export const DEFAULT_JOB_MANAGER = { cpu: 1, memory: '2048m' } as const;
export const DEFAULT_TASK_MANAGER = { cpu: 1, memory: '2048m', slots: 1 } as const;
export const MAX_TASK_SLOTS = 1024;
export const MAX_SESSION_TASK_MANAGERS = 1000;

const URI_WITH_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const optionalText = (max: number) =>
  safeText(max)
    .optional()
    .transform((v) => v || undefined);
const optionalUri = (example: string) =>
  optionalText(URI_MAX).refine((v) => v === undefined || URI_WITH_SCHEME.test(v), `Include the scheme, e.g. ${example}.`);

/** A map of at most `max` entries: zod checks the count, the OpenAPI document says maxProperties. */
function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number, what: string) {
  return z
    .record(key, value)
    .refine((map) => Object.keys(map).length <= max, `At most ${max} ${what}.`)
    .meta({ maxProperties: max });
}

// ---- shared sub-schemas -------------------------------------------------------------------

/** CPU in cores and memory as Flink or Kubernetes sizes ("2048m", "2g", "2Gi"); rules in validate.ts. */
const resources = (defaults: { cpu: number; memory: string }) => ({
  cpu: z.number().default(defaults.cpu).meta({ description: 'CPU cores per pod.' }),
  memory: safeText(SHORT_VALUE_MAX).default(defaults.memory).meta({ description: 'Memory per pod, e.g. 2048m or 2Gi.' }),
});

export const JobManagerResources = z.strictObject(resources(DEFAULT_JOB_MANAGER));
export const TaskManagerResources = z.strictObject({
  ...resources(DEFAULT_TASK_MANAGER),
  // Bounded so that a session's capacity (slots × replicas) stays an exact integer in every answer.
  slots: z.number().int().max(MAX_TASK_SLOTS, `At most ${MAX_TASK_SLOTS} slots per TaskManager.`).default(DEFAULT_TASK_MANAGER.slots).meta({ description: 'Task slots per TaskManager (taskmanager.numberOfTaskSlots).' }),
});

/** Flink configuration: a flat string map; numbers and booleans from JSON are kept as their text. */
export const FlinkConfiguration = boundedRecord(
  z.string().max(CONFIG_KEY_MAX, `Configuration keys have at most ${CONFIG_KEY_MAX} characters.`),
  z.union([safeText(CONFIG_VALUE_MAX, { trim: false }), z.number(), z.boolean()]).transform(String),
  CONFIG_ENTRIES_MAX,
  'configuration entries',
)
  .superRefine((config, ctx) => {
    // Record keys are checked here: zod reports a bad key only as "Invalid key in record".
    for (const key of Object.keys(config)) {
      if (!/^\S+$/.test(key)) ctx.addIssue({ code: 'custom', message: `"${key}" is not a configuration key: keys have no spaces.` });
      else if (unsafeTextProblem(key)) ctx.addIssue({ code: 'custom', message: `A configuration key: ${unsafeTextProblem(key)}` });
    }
  })
  .default({})
  .meta({ description: 'Flink configuration overrides (flinkConfiguration).', example: { 'execution.checkpointing.interval': '60s' } });

export const UpgradeModeSchema = z
  .enum(UPGRADE_MODES)
  .default('stateless')
  .meta({ description: 'How state is kept across upgrades and suspend: stateless (none), savepoint, or last-state (latest checkpoint).' });

// A Kubernetes label: optional DNS-subdomain prefix, a name of at most 63 characters, a value of at most 63.
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
function labelKeyProblem(key: string): string | null {
  const slash = key.indexOf('/');
  const [prefix, name] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : [undefined, key];
  if ((prefix !== undefined && !LABEL_PREFIX.test(prefix)) || !LABEL_NAME.test(name)) return `${key} is not a valid label key.`;
  if (RESERVED_LABEL_PREFIXES.some((p) => key.startsWith(p))) return `${key} is reserved for Flotilla.`;
  return null;
}

export const Labels = boundedRecord(z.string().max(LABEL_KEY_MAX), z.string().max(LABEL_VALUE_MAX), LABELS_MAX, 'labels')
  .superRefine((labels, ctx) => {
    for (const [key, value] of Object.entries(labels)) {
      const problem = labelKeyProblem(key) ?? (LABEL_VALUE.test(value) ? null : `${key}: values have at most 63 letters, digits, dashes, dots or underscores.`);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  })
  .default({})
  .meta({ description: 'Labels added to the Kubernetes object.' });

// Flink's durations ("10m", "1 h", "30s") or a Quartz cron expression (6 or 7 fields).
const DURATION = /^\d+\s*(ms|milli|millis|millisecond|milliseconds|s|sec|secs|second|seconds|m|min|minute|minutes|h|hour|hours|d|day|days)?$/i;
const isInterval = (v: string) => DURATION.test(v) || [6, 7].includes(v.split(/\s+/).length);

/** Fields of a Flink cluster: the image, its version and how its pods look. */
export const ClusterFields = z.object({
  flinkVersion: optionalText(FLINK_VERSION_MAX).meta({ description: "One of the cluster's supported versions (e.g. v1_20); the newest when omitted." }),
  image: safeText(IMAGE_MAX).min(1, 'Required.').meta({ description: 'Flink container image.', example: 'flink:1.20' }),
  imagePullPolicy: z.enum(IMAGE_PULL_POLICIES).optional(),
  jobManager: JobManagerResources.prefault({}),
  logConfiguration: boundedRecord(z.string().max(SHORT_VALUE_MAX), safeText(LOG_FILE_MAX, { multiline: true, trim: false }), LOG_FILES_MAX, 'log configuration files')
    .default({}).meta({ description: 'Log configuration files by name (log4j-console.properties or logback-console.xml).' }),
  podTemplate: PodTemplate,
});

/** Where state goes: the checkpoint and savepoint directories (shared file systems such as s3://). */
export const StateFields = z.object({
  checkpointDir: optionalUri('s3://bucket/checkpoints').meta({ description: 'Checkpoint directory; required for savepoint and last-state upgrade modes.' }),
  savepointDir: optionalUri('s3://bucket/savepoints').meta({ description: 'Savepoint directory; required for savepoint upgrade mode and periodic savepoints.' }),
});

/** Fields of one job, whether it runs as an application or in a session. */
export const JobFields = z.object({
  jarURI: safeText(URI_MAX)
    .min(1, 'Required.')
    .regex(URI_WITH_SCHEME, 'Include the scheme, e.g. local:///opt/flink/usrlib/job.jar or https://…/job.jar.')
    .meta({ description: 'The job jar.' }),
  entryClass: optionalText(CLASS_NAME_MAX).meta({ description: "Main class; the jar's manifest decides when omitted." }),
  args: z.array(safeText(JOB_ARG_MAX, { trim: false })).max(JOB_ARGS_MAX_ITEMS).default([]),
  parallelism: z.number().int().default(1),
  upgradeMode: UpgradeModeSchema,
  initialSavepointPath: optionalUri('s3://bucket/savepoints/savepoint-1a2b3c').meta({ description: 'Start the job from this savepoint (first deployment only).' }),
  allowNonRestoredState: z.boolean().default(false).meta({ description: 'Start even if some state of the savepoint maps to no operator (that state is dropped).' }),
  periodicSavepointInterval: optionalText(SHORT_VALUE_MAX)
    .refine((v) => v === undefined || isInterval(v), 'Use a duration such as 1h or 30m, or a Quartz cron expression.')
    .meta({ description: 'Take a savepoint this often (kubernetes.operator.periodic.savepoint.interval).' }),
  state: z.enum(JOB_STATES).default('running').meta({ description: 'Desired state of the job.' }),
});

// ---- the specs ----------------------------------------------------------------------------

export const ApplicationSpec = z
  .strictObject({
    name: FlinkResourceName,
    ...ClusterFields.shape,
    taskManager: TaskManagerResources.prefault({}),
    ...JobFields.shape,
    ...StateFields.shape,
    flinkConfiguration: FlinkConfiguration,
    labels: Labels,
  })
  .meta({ id: 'ApplicationSpec' });
export type ApplicationSpec = z.output<typeof ApplicationSpec>;
export type ApplicationSpecInput = z.input<typeof ApplicationSpec>;

export const SessionSpec = z
  .strictObject({
    name: FlinkResourceName,
    ...ClusterFields.shape,
    taskManager: TaskManagerResources.extend({
      replicas: z.number().int().max(MAX_SESSION_TASK_MANAGERS, `At most ${MAX_SESSION_TASK_MANAGERS} TaskManagers.`).default(1).meta({ description: 'How many TaskManagers the session keeps.' }),
    }).prefault({}),
    ...StateFields.shape,
    flinkConfiguration: FlinkConfiguration,
    plugins: z
      .array(z.string().trim().max(PLUGIN_NAME_MAX).regex(/^[\w.-]+\.jar$/, 'Name a plugin jar from the image, e.g. flink-s3-fs-hadoop-1.20.1.jar.'))
      .max(PLUGINS_MAX_ITEMS)
      .default([])
      .meta({ description: "Built-in plugins of the Flink image to enable (the image's ENABLE_BUILT_IN_PLUGINS)." }),
    extraJars: z
      .array(safeText(URI_MAX).regex(/^https:\/\/\S+\.jar$/, 'Use an https:// URL of a .jar.'))
      .max(EXTRA_JARS_MAX_ITEMS)
      .default([])
      .meta({ description: 'Jars every job of the session can use, downloaded into the classpath when pods start.' }),
    labels: Labels,
  })
  .meta({ id: 'SessionSpec' });
export type SessionSpec = z.output<typeof SessionSpec>;
export type SessionSpecInput = z.input<typeof SessionSpec>;

export const SessionJobSpec = z
  .strictObject({
    name: FlinkResourceName,
    ...JobFields.shape,
    jarURI: JobFields.shape.jarURI.meta({ description: 'The job jar. The operator accepts only https:// URLs for session jobs by default.' }),
    ...StateFields.shape,
    flinkConfiguration: FlinkConfiguration,
    labels: Labels,
  })
  .meta({ id: 'SessionJobSpec' });
export type SessionJobSpec = z.output<typeof SessionJobSpec>;
export type SessionJobSpecInput = z.input<typeof SessionJobSpec>;

/**
 * The raw YAML mode of the configuration editor: Flink's config.yaml may nest keys
 * (`execution: { checkpointing: { interval: 60s } }`); Flotilla keeps them flat, as the CRD does.
 */
export function parseFlinkConfigurationYaml(text: string): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : parseYaml(text);
  } catch (err) {
    return { ok: false, message: `Not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, message: 'Write key: value lines.' };
  const out: Record<string, string> = {};
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) walk(value as Record<string, unknown>, path);
      else out[path] = Array.isArray(value) ? value.join(';') : String(value ?? '');
    }
  };
  walk(parsed as Record<string, unknown>, '');
  return { ok: true, value: out };
}
