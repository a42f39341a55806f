// Certificates for the local control plane, made with the openssl command: a CA, the API
// server's serving certificate (127.0.0.1 and localhost), service-account signing keys, and
// client certificates signed by the same CA for client-certificate authentication.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function openssl(args: string[], cwd: string) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export interface Pki {
  caCert: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  saKey: string;
  saPub: string;
}

/** `extraIps`: more addresses the API server answers on (a node's bridge, the `kubernetes` Service's IP). */
export function createPki(dir: string, extraIps: string[] = []): Pki {
  const p = (f: string) => path.join(dir, f);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=flotilla-test-ca'], dir);
  const sans = ['IP:127.0.0.1', ...extraIps.map((ip) => `IP:${ip}`), 'DNS:localhost', 'DNS:kubernetes', 'DNS:kubernetes.default', 'DNS:kubernetes.default.svc', 'DNS:kubernetes.default.svc.cluster.local'];
  writeFileSync(p('server.ext'), `subjectAltName=${sans.join(',')}\nextendedKeyUsage=serverAuth\n`);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube-apiserver'], dir);
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'server.ext'], dir);
  openssl(['genrsa', '-out', 'sa.key', '2048'], dir);
  openssl(['rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], dir);
  return { caCert: p('ca.crt'), caKey: p('ca.key'), serverCert: p('server.crt'), serverKey: p('server.key'), saKey: p('sa.key'), saPub: p('sa.pub') };
}

/** A client certificate for user `cn` in `groups`, signed by the control plane's CA (PEM strings). */
export function issueClientCertificate(pki: Pki, dir: string, cn: string, groups: string[] = []): { certPem: string; keyPem: string } {
  const name = `client-${cn.replace(/[^a-z0-9-]/gi, '_')}`;
  const subject = `/CN=${cn}${groups.map((g) => `/O=${g}`).join('')}`;
  writeFileSync(path.join(dir, `${name}.ext`), 'extendedKeyUsage=clientAuth\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], dir);
  openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', pki.caCert, '-CAkey', pki.caKey, '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`], dir);
  return { certPem: readFileSync(path.join(dir, `${name}.crt`), 'utf8'), keyPem: readFileSync(path.join(dir, `${name}.key`), 'utf8') };
}
