// The one way Flotilla talks to a registered cluster's API server: node's https with a client
// built only from sanitized credentials (server, CA, TLS server name, token or client
// certificate, the audited insecure flag). Every connection goes through the address policy's
// lookup; redirects are never followed (https.request does not), no proxy from the environment
// applies (an explicit agent), and every request has a deadline and a response size cap.
import 'server-only';
import https from 'node:https';
import { isIP } from 'node:net';
import { getConfig } from '@/lib/config';
import type { ClusterCredentials } from '@/lib/clusters/credentials-crypto';
import { AddressRefusedError, checkHost, safeLookup, type AddressPolicy, type Resolver } from './address-policy';
import { FIELD_MANAGER, type KubeApi, type KubeResponse } from './kube-api';

export interface ClusterConnection {
  apiServerUrl: string;
  caPem: string | null;
  tlsServerName: string | null;
  insecureSkipTlsVerify: boolean;
  credentials: ClusterCredentials;
}

export interface ClusterClientOptions {
  /** Deadline of one request, connection included. */
  timeoutMs?: number;
  policy?: () => AddressPolicy;
  resolver?: Resolver;
}

export interface ClusterClient extends KubeApi {
  request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, contentType?: string): Promise<KubeResponse<T>>;
  post<T = Record<string, unknown>>(path: string, body: unknown): Promise<KubeResponse<T>>;
  /** Closes pooled connections. */
  close(): void;
}

export type ConnectionFailure = 'address_refused' | 'tls_failed' | 'unreachable';

/** A request that got no HTTP answer; `kind` says why, `message` is fit to show (never credentials). */
export class ClusterRequestError extends Error {
  constructor(
    readonly kind: ConnectionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ClusterRequestError';
  }
}

const MAX_RESPONSE_BYTES = 32 << 20;
const DEFAULT_TIMEOUT_MS = 15_000;

export function createClusterClient(conn: ClusterConnection, opts: ClusterClientOptions = {}): ClusterClient {
  const policy = opts.policy ?? (() => getConfig().clusterAddresses);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = new URL(conn.apiServerUrl);
  const host = base.hostname.replace(/^\[|\]$/g, '');
  let agent: https.Agent | undefined;
  let agentError: ClusterRequestError | undefined;
  try {
    agent = new https.Agent({
      keepAlive: true,
      maxSockets: 8,
      timeout: 30_000,
      ca: conn.caPem ?? undefined,
      rejectUnauthorized: !conn.insecureSkipTlsVerify,
      // Node verifies the certificate against `servername` when given; an IP is never sent as SNI.
      servername: conn.tlsServerName ?? (isIP(host) ? undefined : host),
      ...(conn.credentials.kind === 'client_certificate' ? { cert: conn.credentials.certPem, key: conn.credentials.keyPem } : {}),
      lookup: safeLookup(policy, opts.resolver),
    });
  } catch (err) {
    agentError = new ClusterRequestError('tls_failed', `The CA or client certificate cannot be used: ${(err as Error).message}`);
  }
  const authorization = conn.credentials.kind === 'token' ? { Authorization: `Bearer ${conn.credentials.token}` } : {};

  const request = <T,>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<KubeResponse<T>> => {
    if (agentError) return Promise.reject(agentError);
    // Refuse metadata names and bad literal IPs before any socket is opened (literal IPs skip lookup).
    const verdict = checkHost(host, policy());
    if (!verdict.ok) return Promise.reject(new ClusterRequestError('address_refused', `Address refused: ${verdict.reason}`));
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const url = new URL(base.pathname.replace(/\/$/, '') + path, base);
    return new Promise((resolve, reject) => {
      let req: ReturnType<typeof https.request>;
      try {
        req = https.request(url, {
          method,
          agent,
          timeout: timeoutMs,
          headers: {
            ...authorization,
            Accept: 'application/json',
            'User-Agent': 'flotilla',
            ...(payload !== undefined ? { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) } : {}),
          },
        });
      } catch (err) {
        // A CA or client key OpenSSL cannot load fails synchronously, while the socket is made.
        return reject(describeFailure(err, conn.apiServerUrl, timeoutMs));
      }
      const deadline = setTimeout(() => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs);
      req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', (err) => {
        clearTimeout(deadline);
        reject(describeFailure(err, conn.apiServerUrl, timeoutMs));
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) req.destroy(new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`));
          else chunks.push(c);
        });
        res.on('end', () => {
          clearTimeout(deadline);
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : {};
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T });
        });
      });
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  };

  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    apply: (path, object) =>
      request('PATCH', `${path}${path.includes('?') ? '&' : '?'}fieldManager=${FIELD_MANAGER}&force=true`, object, 'application/apply-patch+yaml'),
    delete: (path) => request('DELETE', path),
    close: () => agent?.destroy(),
  };
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|ERR_TLS|ERR_SSL|EPROTO|ALTNAME/;

/** Turns a socket/TLS/DNS error into a ClusterRequestError a person can act on. */
export function describeFailure(err: unknown, address: string, timeoutMs: number): ClusterRequestError {
  if (err instanceof ClusterRequestError) return err;
  if (err instanceof AddressRefusedError) return new ClusterRequestError('address_refused', err.message);
  const e = err as NodeJS.ErrnoException;
  const code = e.code ?? '';
  if (/OSSL|PEM|ERR_CRYPTO/.test(code)) {
    return new ClusterRequestError('tls_failed', `The CA certificate or the client certificate and key cannot be used (${code}).`);
  }
  if (TLS_CODES.test(code)) {
    return new ClusterRequestError(
      'tls_failed',
      `TLS verification failed (${code}): ${e.message}. Check the CA certificate and the TLS server name.`,
    );
  }
  if (code === 'ECONNREFUSED') return new ClusterRequestError('unreachable', `Connection refused by ${address}: nothing listens there.`);
  if (code === 'ETIMEDOUT') return new ClusterRequestError('unreachable', `${address} did not answer within ${timeoutMs / 1000} s.`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new ClusterRequestError('unreachable', `${new URL(address).hostname} does not resolve.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new ClusterRequestError('unreachable', `No route to ${address}.`);
  return new ClusterRequestError('unreachable', `Could not reach ${address}: ${e.message}${code ? ` (${code})` : ''}.`);
}
