// Flink configuration that would escape the workspace: options that switch on host networking,
// pick another service account, or name a file that is then read. The operator deploys Flink
// with Flink's own Kubernetes client inside the operator's pod, so a path in these options is
// read from the *operator's* disk (and some are copied into the namespace as a ConfigMap or
// Secret), and pod template files or kube configs chosen here replace what Flotilla decided.
// Paths that only name places inside the Flink pods (kubernetes.flink.conf.dir, io.tmp.dirs,
// security.ssl.internal.*: the pods' own image and mounts) are the workspace's business. Pure.
import type { FieldErrors } from '@/lib/errors';
import { FLINK_SERVICE_ACCOUNT } from '@/lib/k8s/manifests/workspace';
import { annotationProblem } from './pod-policy';

/** Options whose value is a file or directory read by whoever deploys or talks to the cluster. */
export const FILE_OPTIONS: Record<string, string> = {
  // The operator writes its own pod template files from spec.podTemplate and points these at them.
  'kubernetes.pod-template-file': 'names a pod template file; use the pod template field',
  'kubernetes.pod-template-file.default': 'names a pod template file; use the pod template field',
  'kubernetes.pod-template-file.jobmanager': 'names a pod template file; use the pod template field',
  'kubernetes.pod-template-file.taskmanager': 'names a pod template file; use the pod template field',
  // Flink's Kubernetes client takes its credentials (and, with a context, its cluster) from these.
  'kubernetes.config.file': 'names a kube config file, whose credentials the Flink client would use',
  'kubernetes.context': 'picks a context of a kube config file, i.e. other credentials or another cluster',
  // Flink's Kerberos decorator reads these on the deploying side and ships them into the namespace.
  'security.kerberos.login.keytab': "names a keytab file read on the operator's side; mount a Secret through the pod template instead",
  'security.kerberos.krb5-conf.path': "names a krb5.conf read on the operator's side; mount a ConfigMap through the pod template instead",
  // The operator itself talks to the JobManager's REST endpoint with these stores.
  'security.ssl.rest.keystore': "names a key store the operator would read from its own disk",
  'security.ssl.rest.truststore': "names a trust store the operator would read from its own disk",
  'security.ssl.keystore': "names a key store the operator would read from its own disk (it backs security.ssl.rest.keystore)",
  'security.ssl.truststore': "names a trust store the operator would read from its own disk (it backs security.ssl.rest.truststore)",
  // Configuration directories the deploying client reads and mounts into the pods.
  'env.hadoop.conf.dir': "names a Hadoop configuration directory on the operator's side; use kubernetes.hadoop.conf.config-map.name",
  'env.yarn.conf.dir': "names a configuration directory on the operator's side",
  'env.hbase.conf.dir': "names a configuration directory on the operator's side",
  // Where the operator keeps downloaded session job jars: a directory of its own.
  'kubernetes.operator.user.artifacts.base.dir': "names a directory on the operator's disk",
};

export const SERVICE_ACCOUNT_OPTIONS = ['kubernetes.service-account', 'kubernetes.jobmanager.service-account', 'kubernetes.taskmanager.service-account'];
export const HOST_NETWORK_OPTION = 'kubernetes.hostnetwork.enabled';
/** Pod annotations as Flink options ("key:value,key:value"); AppArmor and seccomp ride on annotations. */
export const ANNOTATION_OPTIONS = ['kubernetes.jobmanager.annotations', 'kubernetes.taskmanager.annotations'];

/** Problems of a flinkConfiguration (the user's own keys), keyed `flinkConfiguration.<key>`. */
export function flinkConfigurationProblems(config: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  const add = (key: string, why: string) => (out[`flinkConfiguration.${key}`] ??= []).push(`${key}: ${why}`);
  for (const [key, value] of Object.entries(config)) {
    if (key in FILE_OPTIONS) add(key, `not allowed: it ${FILE_OPTIONS[key]}.`);
    // Internal options ($internal.deployment.config-dir: the directory log configuration is read from) are Flink's own.
    else if (key.startsWith('$internal.')) add(key, "not allowed: internal options are set by Flink and the operator.");
    else if (SERVICE_ACCOUNT_OPTIONS.includes(key) && value.trim() !== FLINK_SERVICE_ACCOUNT) {
      add(key, `Flink pods run as the workspace's service account ${FLINK_SERVICE_ACCOUNT}: remove it.`);
    } else if (key === HOST_NETWORK_OPTION && value.trim().toLowerCase() !== 'false') add(key, "host networking shares the node's network: not allowed.");
    else if (ANNOTATION_OPTIONS.includes(key)) {
      for (const pair of value.split(',')) {
        const at = pair.indexOf(':');
        const problem = at > 0 ? annotationProblem(pair.slice(0, at).trim(), pair.slice(at + 1).trim()) : null;
        if (problem) add(key, problem);
      }
    }
  }
  return out;
}
