// A minimal HTTPS client for the test harness's own calls to the local API server (install
// CRDs, bind RBAC, write status). Product code talks to clusters through lib/k8s instead.
import https from 'node:https';

export interface KubeResponse<T = unknown> {
  status: number;
  body: T;
}

export interface KubeTarget {
  url: string;
  caPem: string;
  token: string;
}

export function kubeRequest<T = Record<string, unknown>>(
  target: KubeTarget,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<KubeResponse<T>> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      new URL(path, target.url),
      {
        method,
        ca: target.caPem,
        timeout: 15_000,
        headers: {
          Authorization: `Bearer ${target.token}`,
          Accept: 'application/json',
          ...(payload !== undefined ? { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : {};
          } catch {
            // not JSON (e.g. /readyz): keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Server-side apply under a field manager, as Flotilla's reconciler does. */
export function serverSideApply(target: KubeTarget, path: string, object: unknown, fieldManager = 'flotilla-tests') {
  return kubeRequest(target, 'PATCH', `${path}?fieldManager=${fieldManager}&force=true`, object, 'application/apply-patch+yaml');
}
