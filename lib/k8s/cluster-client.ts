// The one way Flotilla talks to a registered cluster's API server: node's https with a client
// built only from sanitized credentials (server, CA, TLS server name, token or client
// certificate, the audited insecure flag). Every connection goes through the address policy's
// lookup; redirects are never followed (https.request does not), no proxy from the environment
// applies (an explicit agent), and every request has a deadline and a response size cap (a
// watch, which stays open, has an idle limit and a cap per event instead).
import 'server-only';
import type { ClientRequest, IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { getConfig } from '@/lib/config';
import type { ClusterCredentials } from '@/lib/clusters/credentials-crypto';
import { AddressRefusedError, checkHost, safeLookup, type AddressPolicy, type Resolver } from './address-policy';
import { FIELD_MANAGER, KubeApiError, type KubeApi, type KubeResponse, type WatchEvent } from './kube-api';

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
  /**
   * Streams a watch (`path` carries `watch=1`): each event goes to `onEvent` as it arrives.
   * Resolves when the server ends the stream or `signal` aborts; rejects when the connection
   * fails or the server refuses (a KubeApiError with its status).
   */
  watch(path: string, onEvent: (event: WatchEvent) => void, signal: AbortSignal): Promise<void>;
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
/** A watch asked for bookmarks hears from the server at least about once a minute. */
const WATCH_IDLE_MS = 150_000;

function readBody(res: IncomingMessage, req: ClientRequest, done: (text: string) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_RESPONSE_BYTES) req.destroy(new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`));
    else chunks.push(c);
  });
  res.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
}

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return text; // not JSON: keep the text
  }
}

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

  /**
   * Sends one request through the policy-checked agent and hands the response to `onResponse`.
   * `deadlineMs` bounds the whole exchange; `idleMs` how long the socket may stay silent.
   */
  const send = (
    method: string,
    path: string,
    opts: { payload?: string; contentType?: string; deadlineMs?: number; idleMs: number; signal?: AbortSignal },
    onResponse: (res: IncomingMessage, req: ClientRequest, settle: (err?: Error) => void) => void,
  ): Promise<void> => {
    if (agentError) return Promise.reject(agentError);
    // Refuse metadata names and bad literal IPs before any socket is opened (literal IPs skip lookup).
    const verdict = checkHost(host, policy());
    if (!verdict.ok) return Promise.reject(new ClusterRequestError('address_refused', `Address refused: ${verdict.reason}`));
    const url = new URL(base.pathname.replace(/\/$/, '') + path, base);
    return new Promise((resolve, reject) => {
      let req: ClientRequest;
      try {
        req = https.request(url, {
          method,
          agent,
          timeout: opts.idleMs,
          signal: opts.signal,
          headers: {
            ...authorization,
            Accept: 'application/json',
            'User-Agent': 'flotilla',
            ...(opts.payload !== undefined ? { 'Content-Type': opts.contentType ?? 'application/json', 'Content-Length': Buffer.byteLength(opts.payload) } : {}),
          },
        });
      } catch (err) {
        // A CA or client key OpenSSL cannot load fails synchronously, while the socket is made.
        return reject(describeFailure(err, conn.apiServerUrl, timeoutMs));
      }
      const timedOut = () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }));
      const deadline = opts.deadlineMs === undefined ? undefined : setTimeout(timedOut, opts.deadlineMs);
      let settled = false;
      const settle = (err?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        if (err) reject(err);
        else resolve();
      };
      req.on('timeout', timedOut);
      req.on('error', (err) => settle(opts.signal?.aborted ? undefined : describeFailure(err, conn.apiServerUrl, timeoutMs)));
      req.on('response', (res) => onResponse(res, req, settle));
      if (opts.payload !== undefined) req.write(opts.payload);
      req.end();
    });
  };

  const request = async <T,>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<KubeResponse<T>> => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    let answer: KubeResponse<T> | undefined;
    await send(method, path, { payload, contentType, deadlineMs: timeoutMs, idleMs: timeoutMs }, (res, req, settle) => {
      readBody(res, req, (text) => {
        answer = { status: res.statusCode ?? 0, body: parseBody(text) as T };
        settle();
      });
    });
    return answer as KubeResponse<T>;
  };

  const watch = (path: string, onEvent: (event: WatchEvent) => void, signal: AbortSignal): Promise<void> =>
    send('GET', path, { idleMs: WATCH_IDLE_MS, signal }, (res, req, settle) => {
      if (res.statusCode !== 200) {
        // A refusal (403, 404 for a missing CRD, 410…) is read whole and reported like any answer.
        return readBody(res, req, (text) => {
          const body = parseBody(text) as { message?: string };
          settle(new KubeApiError(res.statusCode ?? 0, `watching ${path.split('?')[0]}: ${res.statusCode} ${body?.message ?? ''}`.trim()));
        });
      }
      let pending = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        pending += chunk;
        if (pending.length > MAX_RESPONSE_BYTES) return req.destroy(new Error(`watch event larger than ${MAX_RESPONSE_BYTES} bytes`));
        let newline: number;
        while ((newline = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, newline).trim();
          pending = pending.slice(newline + 1);
          if (!line) continue;
          try {
            onEvent(JSON.parse(line) as WatchEvent);
          } catch (err) {
            return req.destroy(err as Error);
          }
        }
      });
      res.on('end', () => settle());
      res.on('error', (err) => settle(signal.aborted ? undefined : describeFailure(err, conn.apiServerUrl, timeoutMs)));
    });

  return {
    request,
    watch,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    apply: (path, object, fieldManager = FIELD_MANAGER) =>
      request('PATCH', `${path}${path.includes('?') ? '&' : '?'}fieldManager=${fieldManager}&force=true`, object, 'application/apply-patch+yaml'),
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
