// What the Flink Kubernetes Operator 1.15 validator (DefaultValidator) would reject once the
// object is applied, checked before anything is stored and reported at the form field that
// causes it. Written from the operator's rules, not its code; each rule has a unit test. Runs on
// the flinkConfiguration that will actually be applied (buildFlinkConfiguration). Pure.
import ipaddr from 'ipaddr.js';
import type { FieldErrors } from '@/lib/errors';
import { isKubernetesQuantity } from '@/lib/validation/quantities';
import { FLINK_NAME } from '@/lib/validation/names';
import type { ApplicationSpec, SessionJobSpec, SessionSpec } from '@/lib/validation/flink';
import {
  buildFlinkConfiguration,
  CHECKPOINT_DIR_KEYS,
  configValue,
  dedicatedFields,
  isFlinkVersionAtLeast,
  parseFlinkVersion,
  SAVEPOINT_DIR_KEYS,
  type ConfigurableSpec,
} from './flink-configuration';
import { flinkConfigurationProblems } from './config-policy';
import { podTemplateProblems, type PodSecurityLevel } from './pod-policy';

/** Configuration keys that hold credentials (s3.secret-key, fs.s3a.secret.key, ssl.keystore-password…). */
const SECRET_KEY = /(^|[.-])(password|passwd|secret|secret-key|credentials?|api-key|apikey)($|[.-])/i;

/** Keys the operator sets itself from the object's name and namespace. */
export const FORBIDDEN_CONFIG_KEYS = ['kubernetes.namespace', 'kubernetes.cluster-id', 'high-availability.cluster-id'];
export const ALLOWED_LOG_CONFIG_KEYS = ['log4j-console.properties', 'logback-console.xml'];
/** The operator's default for kubernetes.operator.user.artifacts.allowed-schemes. */
export const DEFAULT_SESSION_JAR_SCHEMES = ['https'];

export interface ValidationContext {
  /** The flinkVersion enum of the cluster's installed FlinkDeployment CRD. */
  flinkVersions: readonly string[];
  /** The spec last applied, for rules about changes. */
  previous?: { flinkVersion?: string; upgradeMode: string; state: string };
  /** The workspace's Pod Security level; the strictest when not known. */
  podSecurityLevel?: PodSecurityLevel;
}

export interface SessionJobContext {
  /** The flinkConfiguration applied to the session (its effective configuration underlies the job's). */
  sessionConfiguration?: Record<string, string>;
  sessionFlinkVersion?: string;
  allowedJarSchemes?: readonly string[];
  /** The operator's user.artifacts.disallow-restricted-hosts (on by default). */
  disallowRestrictedHosts?: boolean;
}

/** The versions a form may offer: in the cluster's CRD and still supported by operator 1.15 (1.15 and newer). */
export function supportedFlinkVersions(crdVersions: readonly string[]): string[] {
  return crdVersions.filter((v) => isFlinkVersionAtLeast(v, 1, 15));
}

export function newestFlinkVersion(crdVersions: readonly string[]): string | undefined {
  const rank = (v: string) => parseFlinkVersion(v)!.reduce((major, minor) => major * 1000 + minor);
  return supportedFlinkVersions(crdVersions).sort((a, b) => rank(b) - rank(a))[0];
}

// Flink's MemorySize ("2048m", "2 gb") or, failing that, a Kubernetes quantity ("2Gi", "1.5G"),
// the two forms the operator's resource parser accepts.
const FLINK_MEMORY = /^\d+\s*(b|bytes|k|kb|kibibytes|m|mb|mebibytes|g|gb|gibibytes|t|tb|tebibytes)?$/i;
export function isFlinkMemory(value: string): boolean {
  if (FLINK_MEMORY.test(value.trim())) return true;
  const k8s = value.replace(/\s/g, '').toUpperCase().replace(/B$/, '').replace(/I$/, 'i');
  return /^[\d.]/.test(k8s) && isKubernetesQuantity(k8s); // no sign: a negative size is no size
}

class Errors {
  readonly out: FieldErrors = {};
  add(field: string, message: string) {
    (this.out[field] ??= []).push(message);
  }
  addAll(errors: FieldErrors) {
    for (const [field, messages] of Object.entries(errors)) for (const m of messages) this.add(field, m);
  }
}

function checkName(e: Errors, name: string) {
  if (!FLINK_NAME.test(name)) {
    e.add('name', 'Use at most 45 lower-case letters, digits and dashes; start with a letter and end with a letter or digit.');
  }
}

function checkFlinkVersion(e: Errors, version: string | undefined, ctx: ValidationContext, upgradeMode?: string) {
  if (!version) return e.add('flinkVersion', 'Choose a Flink version.');
  if (!ctx.flinkVersions.includes(version)) return e.add('flinkVersion', `${version} is not a Flink version this cluster's operator knows.`);
  if (!isFlinkVersionAtLeast(version, 1, 15)) return e.add('flinkVersion', `Flink ${version} is no longer supported by the operator; choose 1.15 or newer.`);
  const prev = ctx.previous;
  if (prev && upgradeMode !== 'stateless' && prev.state === 'suspended' && prev.upgradeMode === 'last-state' && prev.flinkVersion !== version) {
    e.add('flinkVersion', 'The job was suspended with last-state: resume it on its current Flink version first, then upgrade.');
  }
}

function checkResources(e: Errors, field: 'jobManager' | 'taskManager', label: string, r: { cpu?: number; memory?: string }) {
  if (!r.memory || r.memory.trim() === '') e.add(`${field}.memory`, `${label} memory is required.`);
  else if (!isFlinkMemory(r.memory)) e.add(`${field}.memory`, `${label} memory must be a size such as 2048m, 2g or 2Gi.`);
  if (r.cpu !== undefined && !(r.cpu > 0)) e.add(`${field}.cpu`, `${label} CPU must be more than 0.`);
}

/** Rules on the flinkConfiguration the object will carry. */
function checkConfiguration(e: Errors, spec: ConfigurableSpec, config: Record<string, string>) {
  for (const key of FORBIDDEN_CONFIG_KEYS) {
    if (key in config) e.add('flinkConfiguration', `${key} is set by the operator and may not be configured.`);
  }
  e.addAll(flinkConfigurationProblems(spec.flinkConfiguration));
  // Flotilla shows specs to every viewer of the workspace and keeps them in its history: a
  // credential written here would be on display. Credentials belong in a Secret.
  for (const key of Object.keys(spec.flinkConfiguration)) {
    if (SECRET_KEY.test(key)) {
      e.add('flinkConfiguration', `${key} looks like a credential: put it in a Kubernetes Secret and pass it as an environment variable through the pod template.`);
    }
  }
  for (const { field, value, keys } of dedicatedFields(spec)) {
    const clash = value !== undefined ? keys.find((k) => k in spec.flinkConfiguration) : undefined;
    if (clash) e.add('flinkConfiguration', `Remove ${clash}: it is set by the ${field} field.`);
  }
  const haMode = (config['high-availability.type'] ?? config['high-availability'] ?? '').trim().toLowerCase();
  const haEnabled = haMode !== '' && haMode !== 'none';
  if (config['kubernetes.operator.deployment.rollback.enabled'] === 'true' && !haEnabled) {
    e.add('flinkConfiguration', 'Rollback (kubernetes.operator.deployment.rollback.enabled) needs high availability: set high-availability.type to kubernetes.');
  }
  const recovery = config['kubernetes.operator.jm-deployment-recovery.enabled'] ?? config['kubernetes.operator.reconciler.jm-deployment-recovery.enabled'];
  if (config['kubernetes.operator.cluster.health-check.enabled'] === 'true' && recovery === 'false') {
    e.add('flinkConfiguration', 'The cluster health check needs JobManager deployment recovery (kubernetes.operator.jm-deployment-recovery.enabled).');
  }
}

/** The operator's job rules: state directories the upgrade mode needs, and parallelism. */
function checkJob(e: Errors, job: Pick<ApplicationSpec, 'upgradeMode' | 'parallelism'>, config: Record<string, string>) {
  if (job.upgradeMode !== 'stateless' && !configValue(config, CHECKPOINT_DIR_KEYS)) {
    e.add('checkpointDir', `A checkpoint directory is required for the ${job.upgradeMode} upgrade mode.`);
  }
  if (!configValue(config, SAVEPOINT_DIR_KEYS)) {
    if (job.upgradeMode === 'savepoint') e.add('savepointDir', 'A savepoint directory is required for the savepoint upgrade mode.');
    else if ('kubernetes.operator.periodic.savepoint.interval' in config) e.add('savepointDir', 'Periodic savepoints need a savepoint directory.');
    else if (config['kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age']) {
      e.add('savepointDir', 'A maximum checkpoint age for last-state upgrades needs a savepoint directory.');
    }
  }
  if (!(job.parallelism > 0)) e.add('parallelism', 'Parallelism must be more than 0.');
}

function checkCluster(e: Errors, spec: ApplicationSpec | SessionSpec, ctx: ValidationContext, config: Record<string, string>) {
  checkName(e, spec.name);
  checkFlinkVersion(e, spec.flinkVersion, ctx, 'upgradeMode' in spec ? spec.upgradeMode : undefined);
  checkConfiguration(e, spec, config);
  // The user's own template: the session's dependencies Flotilla merges in are Flotilla's.
  e.addAll(podTemplateProblems(spec.podTemplate, ctx.podSecurityLevel ?? 'restricted'));
  for (const key of Object.keys(spec.logConfiguration)) {
    if (!ALLOWED_LOG_CONFIG_KEYS.includes(key)) e.add('logConfiguration', `${key} is not a log configuration file; use ${ALLOWED_LOG_CONFIG_KEYS.join(' or ')}.`);
  }
  checkResources(e, 'jobManager', 'JobManager', spec.jobManager);
  checkResources(e, 'taskManager', 'TaskManager', spec.taskManager);
  if (!(spec.taskManager.slots >= 1)) e.add('taskManager.slots', 'A TaskManager needs at least 1 slot.');
}

export function validateApplication(spec: ApplicationSpec, ctx: ValidationContext): FieldErrors {
  const e = new Errors();
  const config = buildFlinkConfiguration(spec, spec.flinkVersion);
  checkCluster(e, spec, ctx, config);
  checkJob(e, spec, config);
  return e.out;
}

export function validateSession(spec: SessionSpec, ctx: ValidationContext): FieldErrors {
  const e = new Errors();
  checkCluster(e, spec, ctx, buildFlinkConfiguration(spec, spec.flinkVersion));
  if (!(spec.taskManager.replicas >= 1)) e.add('taskManager.replicas', 'A session needs at least 1 TaskManager.');
  return e.out;
}

export function validateSessionJob(spec: SessionJobSpec, ctx: SessionJobContext = {}): FieldErrors {
  const e = new Errors();
  checkName(e, spec.name);
  const own = buildFlinkConfiguration(spec, ctx.sessionFlinkVersion);
  checkConfiguration(e, spec, own);
  checkJob(e, spec, { ...ctx.sessionConfiguration, ...own });
  const jarProblem = sessionJarProblem(spec.jarURI, ctx.allowedJarSchemes ?? DEFAULT_SESSION_JAR_SCHEMES, ctx.disallowRestrictedHosts ?? true);
  if (jarProblem) e.add('jarURI', jarProblem);
  return e.out;
}

/** The operator's jarURI rules for session jobs: an allowed scheme and, for http(s), a public host. */
export function sessionJarProblem(jarURI: string, allowedSchemes: readonly string[], disallowRestrictedHosts: boolean): string | null {
  let url: URL;
  try {
    url = new URL(jarURI);
  } catch {
    return 'Not a valid URI.';
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  const allowed = allowedSchemes.map((s) => s.toLowerCase());
  if (!allowed.includes(scheme)) {
    return allowed.length === 1 && allowed[0] === 'https'
      ? 'The operator accepts only https:// jar URLs for session jobs.'
      : `The operator accepts only ${allowed.map((s) => `${s}://`).join(', ')} jar URIs for session jobs.`;
  }
  if ((scheme === 'http' || scheme === 'https') && disallowRestrictedHosts) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host === '') return 'The jar URL needs a host.';
    if (host === 'localhost' || host.endsWith('.localhost')) return `The operator refuses jar URLs on ${host}.`;
    if (ipaddr.isValid(host)) {
      const range = ipaddr.process(host).range();
      if (['loopback', 'linkLocal', 'private', 'unspecified', 'multicast', 'uniqueLocal'].includes(range)) {
        return `The operator refuses jar URLs on restricted addresses (${host}).`;
      }
    }
  }
  return null;
}
