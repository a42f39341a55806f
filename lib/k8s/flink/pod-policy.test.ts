// The pod policy refuses every member of each class the Pod Security Standards (and Flotilla's
// own boundaries) refuse, at the field path, for the level that refuses it, and keeps what a
// Flink pod legitimately uses.
import { describe, expect, it } from 'vitest';
import { checkApplication, checkSession, checkSessionJob } from './check-spec';
import { flinkConfigurationProblems } from './config-policy';
import { CRD_FLINK_VERSIONS, minimalApplicationInput } from './fixtures';
import { podTemplateProblems, type PodSecurityLevel } from './pod-policy';

const LEVELS: PodSecurityLevel[] = ['restricted', 'baseline'];
const main = (securityContext: object, extra: object = {}) => ({ spec: { containers: [{ name: 'flink-main-container', securityContext, ...extra }] } });
const sidecar = (list: string, securityContext: object) => ({ spec: { [list]: [{ name: 'side', image: 'busybox', securityContext }] } });

/** [template, the field path refused] — refused at both levels. */
const ALWAYS_REFUSED: [object, string][] = [
  [{ spec: { hostNetwork: true } }, 'podTemplate.spec.hostNetwork'],
  [{ spec: { hostPID: true } }, 'podTemplate.spec.hostPID'],
  [{ spec: { hostIPC: 'true' } }, 'podTemplate.spec.hostIPC'],
  [{ spec: { volumes: [{ name: 'root', hostPath: { path: '/' } }] } }, 'podTemplate.spec.volumes.0.hostPath'],
  [{ spec: { volumes: [{ name: 'ok', emptyDir: {} }, { name: 'sock', hostPath: { path: '/var/run/docker.sock' } }] } }, 'podTemplate.spec.volumes.1.hostPath'],
  [main({ privileged: true }), 'podTemplate.spec.containers.0.securityContext.privileged'],
  [sidecar('initContainers', { privileged: 'true' }), 'podTemplate.spec.initContainers.0.securityContext.privileged'],
  [sidecar('ephemeralContainers', { privileged: true }), 'podTemplate.spec.ephemeralContainers.0.securityContext.privileged'],
  [main({ capabilities: { add: ['SYS_ADMIN'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.add.0'],
  [main({ capabilities: { add: ['NET_ADMIN'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.add.0'],
  [main({ capabilities: { add: ['SYS_PTRACE'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.add.0'],
  [main({ capabilities: { add: ['ALL'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.add.0'],
  [main({}, { ports: [{ containerPort: 8081, hostPort: 8081 }] }), 'podTemplate.spec.containers.0.ports.0.hostPort'],
  [{ spec: { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '65536' }] } } }, 'podTemplate.spec.securityContext.sysctls.0'],
  [{ spec: { securityContext: { sysctls: [{ name: 'net.core.somaxconn', value: '1024' }] } } }, 'podTemplate.spec.securityContext.sysctls.0'],
  [main({ procMount: 'Unmasked' }), 'podTemplate.spec.containers.0.securityContext.procMount'],
  [main({ seccompProfile: { type: 'Unconfined' } }), 'podTemplate.spec.containers.0.securityContext.seccompProfile.type'],
  [{ spec: { securityContext: { seccompProfile: { type: 'Unconfined' } } } }, 'podTemplate.spec.securityContext.seccompProfile.type'],
  [main({ appArmorProfile: { type: 'Unconfined' } }), 'podTemplate.spec.containers.0.securityContext.appArmorProfile.type'],
  [{ metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/flink-main-container': 'unconfined' } } }, 'podTemplate.metadata.annotations.container.apparmor.security.beta.kubernetes.io/flink-main-container'],
  [{ metadata: { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } } }, 'podTemplate.metadata.annotations.seccomp.security.alpha.kubernetes.io/pod'],
  [main({ seLinuxOptions: { type: 'spc_t' } }), 'podTemplate.spec.containers.0.securityContext.seLinuxOptions.type'],
  [{ spec: { securityContext: { seLinuxOptions: { user: 'system_u' } } } }, 'podTemplate.spec.securityContext.seLinuxOptions.user'],
  [main({ seLinuxOptions: { role: 'sysadm_r' } }), 'podTemplate.spec.containers.0.securityContext.seLinuxOptions.role'],
  [main({ windowsOptions: { hostProcess: true } }), 'podTemplate.spec.containers.0.securityContext.windowsOptions.hostProcess'],
  [{ spec: { securityContext: { windowsOptions: { hostProcess: true } } } }, 'podTemplate.spec.securityContext.windowsOptions.hostProcess'],
  [{ spec: { serviceAccountName: 'default' } }, 'podTemplate.spec.serviceAccountName'],
  [{ spec: { serviceAccount: 'flink-operator' } }, 'podTemplate.spec.serviceAccount'],
  [{ spec: { automountServiceAccountToken: false } }, 'podTemplate.spec.automountServiceAccountToken'],
  [{ spec: { nodeName: 'control-plane-0' } }, 'podTemplate.spec.nodeName'],
  [{ metadata: { namespace: 'kube-system' } }, 'podTemplate.metadata.namespace'],
];

/** Refused under restricted only: baseline allows them. */
const RESTRICTED_ONLY: [object, string][] = [
  [{ spec: { volumes: [{ name: 'nfs', nfs: { server: 'nas', path: '/' } }] } }, 'podTemplate.spec.volumes.0.nfs'],
  [{ spec: { volumes: [{ name: 'disk', iscsi: { targetPortal: '10.0.0.1', iqn: 'x', lun: 0 } }] } }, 'podTemplate.spec.volumes.0.iscsi'],
  [{ spec: { volumes: [{ name: 'git', gitRepo: { repository: 'https://example.com/x.git' } }] } }, 'podTemplate.spec.volumes.0.gitRepo'],
  [main({ allowPrivilegeEscalation: true }), 'podTemplate.spec.containers.0.securityContext.allowPrivilegeEscalation'],
  [main({ runAsUser: 0 }), 'podTemplate.spec.containers.0.securityContext.runAsUser'],
  [{ spec: { securityContext: { runAsUser: '0' } } }, 'podTemplate.spec.securityContext.runAsUser'],
  [main({ runAsNonRoot: false }), 'podTemplate.spec.containers.0.securityContext.runAsNonRoot'],
  [{ spec: { securityContext: { runAsNonRoot: false } } }, 'podTemplate.spec.securityContext.runAsNonRoot'],
  [main({ capabilities: { add: ['CHOWN'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.add.0'],
  [main({ capabilities: { add: ['SETUID'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.add.0'],
  [main({ capabilities: { drop: ['NET_RAW'] } }), 'podTemplate.spec.containers.0.securityContext.capabilities.drop'],
];

/** What Flink pods legitimately carry: accepted at both levels. */
const ACCEPTED: object[] = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { labels: { team: 'data' }, annotations: { 'prometheus.io/scrape': 'true' } } },
  main({ runAsNonRoot: true, runAsUser: 9999, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }, seccompProfile: { type: 'RuntimeDefault' } }),
  { spec: { serviceAccountName: 'flink', automountServiceAccountToken: true, nodeSelector: { pool: 'flink' } } },
  { spec: { volumes: [{ name: 'a', emptyDir: {} }, { name: 'b', secret: { secretName: 's3' } }, { name: 'c', configMap: { name: 'c' } }, { name: 'd', persistentVolumeClaim: { claimName: 'd' } }, { name: 'e', projected: { sources: [] } }] } },
  { spec: { securityContext: { fsGroup: 9999, sysctls: [{ name: 'net.ipv4.tcp_keepalive_time', value: '60' }], seLinuxOptions: { type: 'container_t' }, seccompProfile: { type: 'Localhost', localhostProfile: 'flink.json' } } } },
  main({}, { ports: [{ containerPort: 9249, name: 'metrics' }], env: [{ name: 'TZ', value: 'UTC' }] }),
];

describe('podTemplateProblems', () => {
  it.each(LEVELS)('refuses host namespaces, host paths, privilege, capabilities, unsafe profiles and other service accounts (%s)', (level) => {
    for (const [template, path] of ALWAYS_REFUSED) {
      const errors = podTemplateProblems(template as Record<string, unknown>, level);
      expect(Object.keys(errors), JSON.stringify(template)).toEqual([path]);
      // The message names the path inside the template, then why.
      expect(errors[path]![0]).toMatch(new RegExp(`^${path.replace('podTemplate.', '').split('.')[0]}`));
    }
  });

  it('refuses what only restricted refuses, under restricted only', () => {
    for (const [template, path] of RESTRICTED_ONLY) {
      expect(Object.keys(podTemplateProblems(template as Record<string, unknown>, 'restricted')), JSON.stringify(template)).toEqual([path]);
      expect(podTemplateProblems(template as Record<string, unknown>, 'baseline'), JSON.stringify(template)).toEqual({});
    }
  });

  it.each(LEVELS)('keeps what Flink pods legitimately carry (%s)', (level) => {
    for (const template of ACCEPTED) expect(podTemplateProblems(template as Record<string, unknown>, level), JSON.stringify(template)).toEqual({});
    expect(podTemplateProblems(undefined, level)).toEqual({});
  });

  it('says why in words a person can act on', () => {
    const errors = podTemplateProblems({ spec: { hostNetwork: true, containers: [{ name: 'x', securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }] } }, 'restricted');
    expect(errors['podTemplate.spec.hostNetwork']).toEqual(["spec.hostNetwork: Sharing the node's namespaces is not allowed."]);
    expect(errors['podTemplate.spec.containers.0.securityContext.capabilities.add.0']![0]).toBe(
      'spec.containers[0].securityContext.capabilities.add[0]: Adding SYS_ADMIN is not allowed in a restricted workspace (allowed: NET_BIND_SERVICE).',
    );
  });
});

describe('flinkConfigurationProblems', () => {
  const REFUSED: Record<string, string>[] = [
    { 'kubernetes.hostnetwork.enabled': 'true' },
    { 'kubernetes.hostnetwork.enabled': 'TRUE' },
    { 'kubernetes.service-account': 'default' },
    { 'kubernetes.jobmanager.service-account': 'flink-operator' },
    { 'kubernetes.taskmanager.service-account': 'admin' },
    { 'kubernetes.pod-template-file': '/etc/passwd' },
    { 'kubernetes.pod-template-file.default': '/opt/flink/pod.yaml' },
    { 'kubernetes.pod-template-file.jobmanager': '/tmp/jm.yaml' },
    { 'kubernetes.pod-template-file.taskmanager': '/tmp/tm.yaml' },
    { 'kubernetes.config.file': '/var/run/secrets/kubernetes.io/serviceaccount/token' },
    { 'kubernetes.context': 'prod-admin' },
    { 'security.kerberos.login.keytab': '/etc/krb5.keytab' },
    { 'security.kerberos.krb5-conf.path': '/etc/krb5.conf' },
    { 'security.ssl.rest.keystore': '/opt/flink-operator/keystore.jks' },
    { 'security.ssl.truststore': '/etc/ssl/truststore.jks' },
    { 'env.hadoop.conf.dir': '/etc/hadoop' },
    { 'kubernetes.operator.user.artifacts.base.dir': '/' },
    { '$internal.deployment.config-dir': '/opt/flink-operator/conf' },
    { 'kubernetes.jobmanager.annotations': 'team:data,container.apparmor.security.beta.kubernetes.io/flink-main-container:unconfined' },
    { 'kubernetes.taskmanager.annotations': 'seccomp.security.alpha.kubernetes.io/pod:unconfined' },
  ];

  it('refuses options that switch host networking, choose service accounts or read files, naming the key', () => {
    for (const config of REFUSED) {
      const key = Object.keys(config)[0]!;
      const errors = flinkConfigurationProblems(config);
      expect(Object.keys(errors), key).toEqual([`flinkConfiguration.${key}`]);
      expect(errors[`flinkConfiguration.${key}`]![0]).toMatch(new RegExp(`^${key.replace(/[.$]/g, '\\$&')}: `));
    }
  });

  it('keeps ordinary configuration, our own service account and paths inside the pods', () => {
    const ok = {
      'kubernetes.hostnetwork.enabled': 'false',
      'kubernetes.service-account': 'flink',
      'kubernetes.jobmanager.annotations': 'team:data,prometheus.io/scrape:true',
      'security.ssl.internal.keystore': '/opt/flink/secrets/internal.keystore',
      'io.tmp.dirs': '/tmp/flink',
      'execution.checkpointing.interval': '60s',
      'kubernetes.hadoop.conf.config-map.name': 'hadoop-conf',
    };
    expect(flinkConfigurationProblems(ok)).toEqual({});
  });
});

describe('the policy in the spec checks', () => {
  const ctx = (podSecurityLevel?: PodSecurityLevel) => ({ flinkVersions: CRD_FLINK_VERSIONS, podSecurityLevel });

  it('refuses applications and sessions by their workspace level, restricted when unknown', () => {
    const app = { ...minimalApplicationInput, podTemplate: 'spec:\n  securityContext:\n    runAsUser: 0\n' };
    expect(checkApplication(app, ctx('restricted'))).toEqual({ ok: false, fieldErrors: { 'podTemplate.spec.securityContext.runAsUser': [expect.stringMatching(/root/)] } });
    expect(checkApplication(app, ctx())).toMatchObject({ ok: false });
    expect(checkApplication(app, ctx('baseline'))).toMatchObject({ ok: true });
    const session = { name: 'shared', image: 'flink:1.20', podTemplate: { spec: { hostPID: true } }, flinkConfiguration: { 'kubernetes.config.file': '/root/.kube/config' } };
    expect(checkSession(session, ctx('baseline'))).toEqual({
      ok: false,
      fieldErrors: { 'podTemplate.spec.hostPID': [expect.any(String)], 'flinkConfiguration.kubernetes.config.file': [expect.stringMatching(/kube config/)] },
    });
  });

  it('refuses session jobs whose configuration escapes', () => {
    const job = { name: 'job', jarURI: 'https://repo.example.com/job.jar', flinkConfiguration: { 'kubernetes.taskmanager.service-account': 'default' } };
    expect(checkSessionJob(job)).toEqual({ ok: false, fieldErrors: { 'flinkConfiguration.kubernetes.taskmanager.service-account': [expect.any(String)] } });
  });
});
