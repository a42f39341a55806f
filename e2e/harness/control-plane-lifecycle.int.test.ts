// A control plane of its own: without the CRDs, through an API server outage, and cleaned up
// completely when stopped.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from './control-plane';
import { kubeRequest } from './kube-http';

let cp: ControlPlane;

beforeAll(async () => {
  const started = Date.now();
  cp = await startControlPlane({ installCrds: false });
  console.log(`[harness] control plane without CRDs ready in ${Date.now() - started} ms`);
});
afterAll(() => cp?.stop());

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a control plane started without the Flink CRDs', () => {
  it('serves Kubernetes but not the flink.apache.org API', async () => {
    expect((await kubeRequest(cp.admin, 'GET', '/api/v1/namespaces')).status).toBe(200);
    expect((await kubeRequest(cp.admin, 'GET', '/apis/flink.apache.org/v1beta1/flinkdeployments')).status).toBe(404);
  });

  it('authenticates a client certificate signed by its CA', async () => {
    const { certPem, keyPem } = cp.issueClientCertificate('alice', ['system:masters']);
    const https = await import('node:https');
    const status = await new Promise<number>((resolve, reject) => {
      https
        .get(new URL('/api/v1/namespaces', cp.url), { ca: cp.caPem, cert: certPem, key: keyPem }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(status).toBe(200);
  });

  it('goes unreachable while its API server is stopped and keeps its state when it returns', async () => {
    await kubeRequest(cp.admin, 'POST', '/api/v1/namespaces', { metadata: { name: 'survives' } });
    await cp.stopApiServer();
    await expect(kubeRequest(cp.admin, 'GET', '/api/v1/namespaces')).rejects.toThrow(/ECONNREFUSED/);
    await cp.startApiServer();
    expect((await kubeRequest(cp.admin, 'GET', '/api/v1/namespaces/survives')).status).toBe(200);
  });

  it('stops every process and removes its temporary files', async () => {
    const pids = cp.pids();
    expect(pids).toHaveLength(3);
    await cp.stop();
    expect(existsSync(cp.workDir)).toBe(false);
    for (const pid of pids) expect(alive(pid), `process ${pid}`).toBe(false);
  });
});
