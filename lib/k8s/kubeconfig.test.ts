import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { listKubeconfigContexts, reduceKubeconfig } from './kubeconfig';

const CA = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEfake\n-----END PRIVATE KEY-----\n';
const b64 = (s: string) => Buffer.from(s).toString('base64');

function kubeconfig(user: Record<string, unknown>, cluster: Record<string, unknown> = {}) {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'main',
    clusters: [
      { name: 'prod', cluster: { server: 'https://k8s.example.com:6443', 'certificate-authority-data': b64(CA), ...cluster } },
      { name: 'other', cluster: { server: 'https://other.example.com' } },
    ],
    users: [
      { name: 'me', user },
      { name: 'plugin', user: { exec: { command: 'aws', args: ['eks', 'get-token'] } } },
    ],
    contexts: [
      { name: 'main', context: { cluster: 'prod', user: 'me' } },
      { name: 'eks', context: { cluster: 'other', user: 'plugin' } },
    ],
  });
}

describe('reading a kubeconfig as data', () => {
  it('lists contexts with their servers and the current one', () => {
    const listed = listKubeconfigContexts(kubeconfig({ token: 't' }));
    expect(listed).toEqual({
      ok: true,
      value: {
        current: 'main',
        contexts: [
          { name: 'main', cluster: 'prod', user: 'me', server: 'https://k8s.example.com:6443' },
          { name: 'eks', cluster: 'other', user: 'plugin', server: 'https://other.example.com' },
        ],
      },
    });
  });

  it('reduces a token context to server, CA, TLS server name and token', () => {
    const reduced = reduceKubeconfig(kubeconfig({ token: 'secret-token' }, { 'tls-server-name': 'api.internal' }));
    expect(reduced).toEqual({
      ok: true,
      value: { context: 'main', server: 'https://k8s.example.com:6443', caPem: CA, tlsServerName: 'api.internal', credentials: { kind: 'token', token: 'secret-token' } },
    });
  });

  it('reduces a client certificate context', () => {
    const reduced = reduceKubeconfig(kubeconfig({ 'client-certificate-data': b64(CA), 'client-key-data': b64(KEY) }));
    expect(reduced.ok && reduced.value.credentials).toEqual({ kind: 'client_certificate', certPem: CA, keyPem: KEY });
  });

  it.each([
    [{ exec: { command: 'touch', args: ['/tmp/x'] } }, /running a command \(exec\).*paste a token/],
    [{ 'auth-provider': { name: 'gcp' } }, /auth-provider plugin/],
    [{ tokenFile: '/var/run/secrets/token' }, /reads its token from a file \(tokenFile\).*paste the token itself/],
    [{ 'client-certificate': '/home/me/.kube/me.crt', 'client-key-data': b64(KEY) }, /points to a file \(client-certificate\).*client-certificate-data/],
    [{ 'client-certificate-data': b64(CA), 'client-key': '/home/me/.kube/me.key' }, /points to a file \(client-key\).*--flatten/],
    [{ username: 'admin', password: 'hunter2' }, /basic authentication/],
    [{ token: 't', as: 'system:admin' }, /impersonates/],
  ])('refuses user fields that run commands or read files: %j', (user, message) => {
    const reduced = reduceKubeconfig(kubeconfig(user));
    expect(reduced.ok).toBe(false);
    expect(!reduced.ok && reduced.errors.join('\n')).toMatch(message);
  });

  it.each([
    [{ 'certificate-authority': '/etc/ca.crt', 'certificate-authority-data': undefined }, /CA file.*certificate-authority-data/],
    [{ 'proxy-url': 'http://proxy:3128' }, /proxy-url/],
    [{ 'insecure-skip-tls-verify': true }, /explicit "insecure" opt-in/],
  ])('refuses cluster fields that read files or route elsewhere: %j', (cluster, message) => {
    const reduced = reduceKubeconfig(kubeconfig({ token: 't' }, cluster));
    expect(!reduced.ok && reduced.errors.join('\n')).toMatch(message);
  });

  it('checks only the chosen context, and refuses an exec context when chosen', () => {
    const text = kubeconfig({ token: 't' });
    expect(reduceKubeconfig(text, 'main').ok).toBe(true);
    expect(reduceKubeconfig(text, 'eks')).toMatchObject({ ok: false, errors: [expect.stringContaining('exec')] });
    expect(reduceKubeconfig(text, 'nope')).toEqual({ ok: false, errors: ['The kubeconfig has no context "nope".'] });
  });

  it('explains text that is not a kubeconfig, and survives a YAML bomb', () => {
    expect(reduceKubeconfig('{{{')).toMatchObject({ ok: false, errors: [expect.stringContaining('not valid YAML')] });
    expect(reduceKubeconfig('just: text')).toEqual({ ok: false, errors: ['This does not look like a kubeconfig: it has no contexts.'] });
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]}]`), 'contexts: *i'].join('\n');
    expect(reduceKubeconfig(bomb).ok).toBe(false);
  });

  it('needs exactly one kind of credential', () => {
    expect(reduceKubeconfig(kubeconfig({}))).toMatchObject({ ok: false, errors: [expect.stringContaining('no token and no client certificate')] });
    expect(reduceKubeconfig(kubeconfig({ token: 't', 'client-certificate-data': b64(CA), 'client-key-data': b64(KEY) }))).toMatchObject({ ok: false });
    expect(reduceKubeconfig(kubeconfig({ 'client-certificate-data': 'bm90IGEgcGVt', 'client-key-data': b64(KEY) }))).toMatchObject({
      ok: false,
      errors: ['client-certificate-data is not base64-encoded PEM.'],
    });
  });
});
