// What a workspace's pod template may ask of the cluster. Tenants share clusters, so nothing in
// an application's or session's pod template may leave the workspace's namespace or take more
// than the workspace's Pod Security level allows: refused here, at the field, before anything is
// stored, with the rules of the Pod Security Standards (baseline and restricted) plus what only
// Flotilla knows is ours (the `flink` service account, the namespace, the scheduler's choice of
// node). The namespace's Pod Security Admission labels enforce the same at the API server; this
// says so at the form instead of as a pod that never starts. Explicit values are judged, missing
// ones are not: the FlinkDeployment builder supplies the restricted defaults (non-root, seccomp
// RuntimeDefault, no privilege escalation, capabilities dropped). Pure.
import type { FieldErrors } from '@/lib/errors';
import { FLINK_SERVICE_ACCOUNT } from '@/lib/k8s/manifests/workspace';
import type { PodSecurityLevel } from '@/lib/validation/workspaces';

export type { PodSecurityLevel };

/** Capabilities a container may add: baseline's default set; restricted only NET_BIND_SERVICE. */
export const ALLOWED_CAPABILITIES: Record<PodSecurityLevel, readonly string[]> = {
  baseline: ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'],
  restricted: ['NET_BIND_SERVICE'],
};

/** The volume types restricted allows; baseline allows every type but hostPath. */
export const RESTRICTED_VOLUME_TYPES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

/** Namespaced sysctls the Pod Security Standards call safe (both levels). */
export const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
];

const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
// The operator reads the template with Jackson, which turns "true" and "0" into true and 0.
const isTrue = (v: unknown) => v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
const isFalse = (v: unknown) => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
const isSet = (v: unknown) => v !== undefined && v !== null;
const isZero = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number(v) === 0;

class Problems {
  readonly out: FieldErrors = {};
  constructor(private readonly field: string) {}
  add(path: (string | number)[], why: string) {
    const shown = path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
    (this.out[[this.field, ...path].join('.')] ??= []).push(`${shown}: ${why}`);
  }
}

/** Seccomp, AppArmor, SELinux, user and Windows settings of a pod's or a container's securityContext. */
function checkSecurityContext(p: Problems, path: (string | number)[], sc: Obj, level: PodSecurityLevel) {
  const seccomp = isObj(sc.seccompProfile) ? sc.seccompProfile.type : undefined;
  if (seccomp === 'Unconfined') p.add([...path, 'seccompProfile', 'type'], 'Unconfined seccomp is not allowed: use RuntimeDefault or Localhost.');
  const appArmor = isObj(sc.appArmorProfile) ? sc.appArmorProfile.type : undefined;
  if (appArmor === 'Unconfined') p.add([...path, 'appArmorProfile', 'type'], 'Unconfined AppArmor is not allowed: use RuntimeDefault or Localhost.');
  if (isObj(sc.seLinuxOptions)) {
    const se = sc.seLinuxOptions;
    if (isSet(se.type) && !SELINUX_TYPES.includes(String(se.type))) p.add([...path, 'seLinuxOptions', 'type'], `SELinux type ${String(se.type)} is not allowed: use container_t, container_init_t or container_kvm_t.`);
    for (const key of ['user', 'role'] as const) if (isSet(se[key]) && se[key] !== '') p.add([...path, 'seLinuxOptions', key], `Setting the SELinux ${key} is not allowed.`);
  }
  if (isObj(sc.windowsOptions) && isTrue(sc.windowsOptions.hostProcess)) p.add([...path, 'windowsOptions', 'hostProcess'], 'Windows host processes run on the node itself: not allowed.');
  if (level === 'restricted') {
    if (isFalse(sc.runAsNonRoot)) p.add([...path, 'runAsNonRoot'], 'Containers must run as a non-root user in a restricted workspace.');
    if (isZero(sc.runAsUser)) p.add([...path, 'runAsUser'], 'Running as root (user 0) is not allowed in a restricted workspace.');
  }
}

function checkContainer(p: Problems, path: (string | number)[], container: Obj, level: PodSecurityLevel) {
  for (const [i, port] of asList(container.ports).entries()) {
    if (isObj(port) && isSet(port.hostPort) && !isZero(port.hostPort)) p.add([...path, 'ports', i, 'hostPort'], "Host ports bind on the node's own address: not allowed.");
  }
  if (!isObj(container.securityContext)) return;
  const sc = container.securityContext;
  const at = [...path, 'securityContext'];
  if (isTrue(sc.privileged)) p.add([...at, 'privileged'], 'Privileged containers control the node: not allowed.');
  if (isSet(sc.procMount) && sc.procMount !== 'Default') p.add([...at, 'procMount'], 'Only the Default /proc mount is allowed.');
  if (level === 'restricted' && isTrue(sc.allowPrivilegeEscalation)) p.add([...at, 'allowPrivilegeEscalation'], 'Privilege escalation is not allowed in a restricted workspace.');
  if (isObj(sc.capabilities)) {
    const allowed = ALLOWED_CAPABILITIES[level];
    for (const [i, cap] of asList(sc.capabilities.add).entries()) {
      if (!allowed.includes(String(cap))) p.add([...at, 'capabilities', 'add', i], `Adding ${String(cap)} is not allowed in a ${level} workspace (allowed: ${allowed.join(', ')}).`);
    }
    const drop = sc.capabilities.drop;
    if (level === 'restricted' && Array.isArray(drop) && !drop.includes('ALL')) p.add([...at, 'capabilities', 'drop'], 'A restricted workspace drops ALL capabilities: include ALL.');
  }
  checkSecurityContext(p, at, sc, level);
}

function checkVolumes(p: Problems, volumes: unknown, level: PodSecurityLevel) {
  for (const [i, volume] of asList(volumes).entries()) {
    if (!isObj(volume)) continue;
    for (const type of Object.keys(volume).filter((k) => k !== 'name')) {
      if (type === 'hostPath') p.add(['spec', 'volumes', i, 'hostPath'], "hostPath volumes reach into the node's file system: not allowed.");
      else if (level === 'restricted' && !RESTRICTED_VOLUME_TYPES.includes(type)) {
        p.add(['spec', 'volumes', i, type], `${type} volumes are not allowed in a restricted workspace (allowed: ${RESTRICTED_VOLUME_TYPES.join(', ')}).`);
      }
    }
  }
}

/** AppArmor and seccomp as annotations (the older form, still honoured): no unconfined profiles. */
export function annotationProblem(key: string, value: string): string | null {
  if (key.startsWith('container.apparmor.security.beta.kubernetes.io/') && value !== 'runtime/default' && !value.startsWith('localhost/')) {
    return `AppArmor profile ${value} is not allowed: use runtime/default or localhost/<profile>.`;
  }
  if ((key === 'seccomp.security.alpha.kubernetes.io/pod' || key.startsWith('container.seccomp.security.alpha.kubernetes.io/')) && value === 'unconfined') {
    return 'Unconfined seccomp is not allowed.';
  }
  return null;
}

/** Problems of a pod template under a Pod Security level, keyed by field path under `field`. */
export function podTemplateProblems(template: Obj | undefined, level: PodSecurityLevel, field = 'podTemplate'): FieldErrors {
  const p = new Problems(field);
  if (!template) return p.out;
  const metadata = isObj(template.metadata) ? template.metadata : {};
  if (isSet(metadata.namespace)) p.add(['metadata', 'namespace'], "Pods run in the workspace's namespace: remove it.");
  if (isObj(metadata.annotations)) {
    for (const [key, value] of Object.entries(metadata.annotations)) {
      const problem = annotationProblem(key, String(value));
      if (problem) p.add(['metadata', 'annotations', key], problem);
    }
  }
  const spec = isObj(template.spec) ? template.spec : {};
  for (const key of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (isTrue(spec[key])) p.add(['spec', key], "Sharing the node's namespaces is not allowed.");
  }
  for (const key of ['serviceAccountName', 'serviceAccount'] as const) {
    if (isSet(spec[key]) && spec[key] !== FLINK_SERVICE_ACCOUNT) p.add(['spec', key], `Flink pods run as the workspace's service account ${FLINK_SERVICE_ACCOUNT}: remove it.`);
  }
  if (isSet(spec.automountServiceAccountToken) && !isTrue(spec.automountServiceAccountToken)) {
    p.add(['spec', 'automountServiceAccountToken'], `Set by Flotilla: the JobManager needs the ${FLINK_SERVICE_ACCOUNT} service account's token to start TaskManagers.`);
  }
  if (isSet(spec.nodeName)) p.add(['spec', 'nodeName'], 'Naming a node bypasses the scheduler: use a nodeSelector or affinity instead.');
  checkVolumes(p, spec.volumes, level);
  if (isObj(spec.securityContext)) {
    const sc = spec.securityContext;
    for (const [i, sysctl] of asList(sc.sysctls).entries()) {
      const name = isObj(sysctl) ? String(sysctl.name) : '';
      if (!SAFE_SYSCTLS.includes(name)) p.add(['spec', 'securityContext', 'sysctls', i], `The sysctl ${name} is not a safe one (allowed: ${SAFE_SYSCTLS.join(', ')}).`);
    }
    checkSecurityContext(p, ['spec', 'securityContext'], sc, level);
  }
  for (const list of CONTAINER_LISTS) {
    for (const [i, container] of asList(spec[list]).entries()) if (isObj(container)) checkContainer(p, ['spec', list, i], container, level);
  }
  return p.out;
}
