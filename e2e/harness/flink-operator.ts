// The real Flink Kubernetes Operator as a child of the harness's control plane: fetched into the
// cache by fetch-operator.sh, run by Java 17 with its own configuration directory, log4j config
// and a kubeconfig holding only the operator's RBAC (operator/rbac.yaml, user `flink-operator`).
// No node runs pods, so the operator creates JobManager Deployments that never become ready:
// its statuses stop at DEPLOYING, which is what it really reports on such a cluster.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { freePort } from './free-port';
import { kubeRequest, type KubeTarget } from './kube-http';
import { startProcess, waitFor, type Managed } from './processes';

export const DEFAULT_OPERATOR_VERSION = '1.7.0';

export interface FlinkOperator {
  version: string;
  /** http://127.0.0.1:<port>/ answers 200 while the operator is healthy. */
  healthUrl: string;
  process: Managed;
}

interface OperatorTarget {
  version: string;
  apiUrl: string;
  caFile: string;
  token: string;
  /** The control plane's run directory; the operator's files go under operator/ in it. */
  runDir: string;
}

export function ensureOperator(version: string): string {
  const script = path.join(__dirname, 'fetch-operator.sh');
  const env = { ...process.env, FLINK_K8S_OPERATOR_VERSION: version };
  const out = execFileSync('bash', [script], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  const dir = out.match(/^OPERATOR_DIR=(.*)$/m)?.[1];
  if (!dir) throw new Error(`fetch-operator.sh gave no OPERATOR_DIR:\n${out}`);
  return dir;
}

/** The operator's ClusterRole and its binding to user `flink-operator`, created as admin. */
export async function grantOperatorIdentity(admin: KubeTarget): Promise<void> {
  const docs = parseAllDocuments(readFileSync(path.join(__dirname, 'operator', 'rbac.yaml'), 'utf8'));
  for (const doc of docs.map((d) => d.toJSON())) {
    const plural = doc.kind === 'ClusterRole' ? 'clusterroles' : 'clusterrolebindings';
    const res = await kubeRequest(admin, 'POST', `/apis/rbac.authorization.k8s.io/v1/${plural}`, doc);
    if (res.status !== 201) throw new Error(`creating ${plural}/${doc.metadata.name} failed: ${res.status}`);
  }
}

export async function startFlinkOperator(target: OperatorTarget, track: (p: Managed) => void): Promise<FlinkOperator> {
  const home = ensureOperator(target.version);
  const dir = path.join(target.runDir, 'operator');
  const confDir = path.join(dir, 'conf');
  mkdirSync(confDir, { recursive: true });
  const kubeconfigPath = path.join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, operatorKubeconfig(target), { mode: 0o600 });
  const port = await freePort();
  writeFileSync(path.join(confDir, 'flink-conf.yaml'), operatorConfig(port, kubeconfigPath, dir));
  const logFile = path.join(dir, 'operator.log');
  writeFileSync(path.join(confDir, 'log4j-operator.properties'), log4jConfig(logFile));

  // Class-data sharing: the first run writes an archive of the classes it loaded into the cache
  // (at exit, so under a temporary name, moved into place once complete); later runs map it.
  const archive = path.join(home, 'operator.jsa');
  const pendingArchive = path.join(dir, 'operator.jsa');
  const cds = existsSync(archive) ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${pendingArchive}`;
  const java = process.env.FLOTILLA_JAVA ?? 'java';
  const proc = startProcess('flink-operator', java, [
    '-Xms64m',
    '-Xmx256m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Xshare:auto',
    cds,
    `-Dlog4j.configurationFile=${path.join(confDir, 'log4j-operator.properties')}`,
    '-cp',
    `${path.join(home, 'lib')}/*`,
    'org.apache.flink.kubernetes.operator.FlinkOperator',
  ], path.join(dir, 'stdout.log'), {
    // Writing the archive at exit takes a few seconds the first time.
    stopGraceMs: existsSync(archive) ? 3_000 : 15_000,
    env: { ...process.env, FLINK_CONF_DIR: confDir, KUBECONFIG: kubeconfigPath, HOME: dir },
  });
  const stop = proc.stop;
  proc.stop = async () => {
    await stop();
    if (existsSync(pendingArchive) && !existsSync(archive)) renameSync(pendingArchive, archive);
    rmSync(pendingArchive, { force: true });
  };
  const managed: Managed = { ...proc, logFile, tail: (lines = 60) => tailOf(logFile, lines) || proc.tail(lines) };
  track(managed);
  const healthUrl = `http://127.0.0.1:${port}/`;
  await waitFor('the Flink operator health probe', async () => (await fetch(healthUrl)).ok, 90_000, managed);
  return { version: target.version, healthUrl, process: managed };
}

function operatorConfig(port: number, kubeconfigPath: string, dir: string): string {
  return [
    // All namespaces are watched (the default); no leader election, webhook or metrics reporter.
    'kubernetes.operator.leader-election.enabled: false',
    'kubernetes.operator.dynamic.config.enabled: false',
    'kubernetes.operator.health.probe.enabled: true',
    `kubernetes.operator.health.probe.port: ${port}`,
    // Short intervals: tests wait for the operator's next look, not for minutes.
    'kubernetes.operator.reconcile.interval: 2 s',
    'kubernetes.operator.observer.progress-check.interval: 1 s',
    'kubernetes.operator.observer.rest-ready.delay: 1 s',
    'kubernetes.operator.resource.cleanup.timeout: 10 s',
    'kubernetes.operator.reconcile.parallelism: 12',
    // The default (5 reconciles per resource per 15 s) makes a test's fifth change wait 15 s.
    'kubernetes.operator.rate-limiter.limit: 0',
    'kubernetes.operator.retry.initial.interval: 1 s',
    `kubernetes.operator.user.artifacts.base.dir: ${path.join(dir, 'artifacts')}`,
    // Flink's own Kubernetes client (it creates the JobManager Deployment) reads this file.
    `kubernetes.config.file: ${kubeconfigPath}`,
    '',
  ].join('\n');
}

function log4jConfig(logFile: string): string {
  return [
    'rootLogger.level = INFO',
    'rootLogger.appenderRef.file.ref = File',
    'appender.file.name = File',
    'appender.file.type = File',
    `appender.file.fileName = ${logFile}`,
    'appender.file.layout.type = PatternLayout',
    'appender.file.layout.pattern = %d{HH:mm:ss.SSS} %-5level %c{1} %notEmpty{[%X{resource.namespace}/%X{resource.name}] }%msg%n%throwable',
    'logger.conf.name = org.apache.flink.configuration.GlobalConfiguration',
    'logger.conf.level = WARN',
    '',
  ].join('\n');
}

function operatorKubeconfig(t: OperatorTarget): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: local\n  cluster:\n    server: ${t.apiUrl}\n    certificate-authority: ${t.caFile}`,
    'users:',
    `- name: flink-operator\n  user:\n    token: ${t.token}`,
    'contexts:',
    '- name: local\n  context:\n    cluster: local\n    user: flink-operator\n    namespace: default',
    'current-context: local',
    '',
  ].join('\n');
}

function tailOf(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
