// A pasted kubeconfig, read as data and reduced to what Flotilla stores: server, CA, TLS server
// name, and a token or a client certificate and key. Anything that would run a command, read a
// file or route through a proxy on the server is refused with a message saying why and what to
// paste instead. Untrusted kubeconfig text never reaches a client library's loaders. Pure and
// client-safe: the registration form lists contexts with it as you paste.
import { parseUntrustedYaml } from '@/lib/validation/untrusted-yaml';

export interface KubeconfigContext {
  name: string;
  cluster: string;
  user: string;
  server: string | null;
}

export interface ReducedKubeconfig {
  context: string;
  server: string;
  caPem: string | null;
  tlsServerName: string | null;
  credentials: { kind: 'token'; token: string } | { kind: 'client_certificate'; certPem: string; keyPem: string };
}

export type KubeconfigResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

const FLATTEN = 'Export a self-contained kubeconfig with `kubectl config view --raw --flatten --minify` and paste that.';

function load(text: string): KubeconfigResult<Obj> {
  let doc: unknown;
  try {
    // A small alias budget: a kubeconfig needs none, and aliases are how YAML bombs grow.
    doc = parseUntrustedYaml(text, { maxAliasCount: 20, uniqueKeys: false });
  } catch (err) {
    return { ok: false, errors: [`This is not valid YAML: ${(err as Error).message.split('\n')[0]}`] };
  }
  if (!isObj(doc) || !Array.isArray(doc.contexts)) {
    return { ok: false, errors: ['This does not look like a kubeconfig: it has no contexts.'] };
  }
  return { ok: true, value: doc };
}

function named(list: unknown, name: string, field: string): Obj | null {
  if (!Array.isArray(list)) return null;
  const entry = list.find((e) => isObj(e) && e.name === name) as Obj | undefined;
  return entry && isObj(entry[field]) ? (entry[field] as Obj) : null;
}

export function listKubeconfigContexts(text: string): KubeconfigResult<{ contexts: KubeconfigContext[]; current: string | null }> {
  const loaded = load(text);
  if (!loaded.ok) return loaded;
  const doc = loaded.value;
  const contexts = (doc.contexts as unknown[]).flatMap((entry): KubeconfigContext[] => {
    if (!isObj(entry) || !str(entry.name) || !isObj(entry.context)) return [];
    const cluster = String(entry.context.cluster ?? '');
    return [{ name: str(entry.name)!, cluster, user: String(entry.context.user ?? ''), server: str(named(doc.clusters, cluster, 'cluster')?.server) }];
  });
  return { ok: true, value: { contexts, current: str(doc['current-context']) } };
}

/** Why each refused field is refused, and what to paste instead. */
function refusals(cluster: Obj, user: Obj, userName: string, clusterName: string): string[] {
  const errors: string[] = [];
  const has = (o: Obj, k: string) => o[k] !== undefined && o[k] !== null && o[k] !== '';
  if (has(user, 'exec')) {
    errors.push(
      `User "${userName}" gets its credentials by running a command (exec). Flotilla never runs commands from a kubeconfig: paste a token (for example of a ServiceAccount holding the permissions in Flotilla's manifest) or a client certificate and key instead.`,
    );
  }
  if (has(user, 'auth-provider')) {
    errors.push(`User "${userName}" uses an auth-provider plugin, which runs code on the server. Paste a ServiceAccount token or a client certificate and key instead.`);
  }
  for (const key of ['tokenFile', 'token-file']) {
    if (has(user, key)) errors.push(`User "${userName}" reads its token from a file (${key}). Flotilla reads no files from a kubeconfig: paste the token itself as \`token\`.`);
  }
  for (const [key, instead] of [['client-certificate', 'client-certificate-data'], ['client-key', 'client-key-data']] as const) {
    if (has(user, key)) errors.push(`User "${userName}" points to a file (${key}). Flotilla reads no files from a kubeconfig: paste the contents as ${instead}. ${FLATTEN}`);
  }
  if (has(user, 'username') || has(user, 'password')) {
    errors.push(`User "${userName}" uses a user name and password (basic authentication), which Kubernetes no longer supports. Use a token or a client certificate and key.`);
  }
  for (const key of ['as', 'as-groups', 'as-uid', 'as-user-extra']) {
    if (has(user, key)) errors.push(`User "${userName}" impersonates another identity (${key}). Give Flotilla credentials of its own identity instead.`);
  }
  if (has(cluster, 'certificate-authority')) {
    errors.push(`Cluster "${clusterName}" points to a CA file (certificate-authority). Flotilla reads no files from a kubeconfig: paste the CA as certificate-authority-data. ${FLATTEN}`);
  }
  if (has(cluster, 'proxy-url')) {
    errors.push(`Cluster "${clusterName}" is reached through a proxy (proxy-url). Flotilla connects to API servers directly and never through a proxy named in a kubeconfig: remove proxy-url.`);
  }
  if (cluster['insecure-skip-tls-verify'] === true) {
    errors.push(
      `Cluster "${clusterName}" turns off TLS verification in the kubeconfig. Paste its certificate-authority-data instead, or, if the cluster truly has no verifiable certificate, use the explicit "insecure" opt-in.`,
    );
  }
  return errors;
}

function pemFromData(value: unknown, what: string, marker: RegExp, errors: string[]): string | null {
  const data = str(value);
  if (!data) return null;
  const pem = Buffer.from(data, 'base64').toString('utf8');
  if (!marker.test(pem)) {
    errors.push(`${what} is not base64-encoded PEM.`);
    return null;
  }
  return pem.trim() + '\n';
}

/** The chosen context (or the current one) reduced to the allowed fields, or why not. */
export function reduceKubeconfig(text: string, contextName?: string): KubeconfigResult<ReducedKubeconfig> {
  const listed = listKubeconfigContexts(text);
  if (!listed.ok) return listed;
  const { contexts, current } = listed.value;
  const name = contextName ?? current ?? (contexts.length === 1 ? contexts[0]!.name : null);
  if (!name) return { ok: false, errors: [`Choose a context: ${contexts.map((c) => c.name).join(', ') || 'the kubeconfig has none'}.`] };
  const context = contexts.find((c) => c.name === name);
  if (!context) return { ok: false, errors: [`The kubeconfig has no context "${name}".`] };
  const doc = (load(text) as { ok: true; value: Obj }).value;
  const cluster = named(doc.clusters, context.cluster, 'cluster');
  const user = named(doc.users, context.user, 'user');
  if (!cluster) return { ok: false, errors: [`Context "${name}" names cluster "${context.cluster}", which the kubeconfig does not define.`] };
  if (!user) return { ok: false, errors: [`Context "${name}" names user "${context.user}", which the kubeconfig does not define.`] };

  const errors = refusals(cluster, user, context.user, context.cluster);
  const server = str(cluster.server);
  if (!server) errors.push(`Cluster "${context.cluster}" has no server address.`);
  const caPem = pemFromData(cluster['certificate-authority-data'], 'certificate-authority-data', /-----BEGIN CERTIFICATE-----/, errors);
  const token = str(user.token);
  const certPem = pemFromData(user['client-certificate-data'], 'client-certificate-data', /-----BEGIN CERTIFICATE-----/, errors);
  const keyPem = pemFromData(user['client-key-data'], 'client-key-data', /-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----/, errors);
  if (errors.length > 0) return { ok: false, errors };
  let credentials: ReducedKubeconfig['credentials'];
  if (token && !certPem && !keyPem) credentials = { kind: 'token', token };
  else if (!token && certPem && keyPem) credentials = { kind: 'client_certificate', certPem, keyPem };
  else if (token) return { ok: false, errors: [`User "${context.user}" has both a token and a client certificate: keep one.`] };
  else if (certPem || keyPem) return { ok: false, errors: [`User "${context.user}" needs both client-certificate-data and client-key-data.`] };
  else return { ok: false, errors: [`User "${context.user}" has no token and no client certificate: paste one of them.`] };
  return { ok: true, value: { context: name, server: server!, caPem, tlsServerName: str(cluster['tls-server-name']), credentials } };
}
