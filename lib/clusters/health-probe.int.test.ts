// The background health probe against a real kube-apiserver that goes down and comes back, and
// a black-hole server that accepts connections and never answers: each probe is bounded, a
// slow cluster does not delay another, and health is never better than the last success.
import net from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { createTestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { clusters } from '@/lib/db/schema';
import { getCluster, registerCluster } from '.';
import { nextDelayMs, probeClusterOnce, PROBE_INTERVAL_MS } from './health-probe';

let cp: ControlPlane;
let ctx: OrgCtx;
let blackHole: net.Server;
const held: net.Socket[] = [];

beforeAll(async () => {
  cp = await startControlPlane();
  const org = await createTestOrg();
  ctx = {
    requestId: 'test',
    actor: { type: 'user', id: org.ownerId, email: 'owner@example.com', name: 'Owner' },
    organization: { id: org.id, slug: org.slug, name: org.name },
    orgRole: 'owner',
  };
  blackHole = net.createServer((s) => held.push(s));
  await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
}, 300_000);

afterAll(async () => {
  for (const s of held) s.destroy();
  blackHole?.close();
  await cp?.stop();
});

const register = (name: string, apiServerUrl = cp.url) =>
  registerCluster(ctx, { name, apiServerUrl, caPem: cp.caPem, credentials: { type: 'token', token: cp.restrictedToken } });

describe('the health probe', () => {
  it('records unreachable while the API server is down, keeps the last success, and recovers', async () => {
    const cluster = await register('flaky');
    expect(await probeClusterOnce(cluster.id)).toBe('reachable');
    const { health: before } = await getCluster(ctx, 'flaky');
    expect(before.status).toBe('reachable');

    await cp.stopApiServer();
    try {
      expect(await probeClusterOnce(cluster.id)).toBe('unreachable');
      const { health: down } = await getCluster(ctx, 'flaky');
      expect(down).toMatchObject({ status: 'unreachable', message: expect.stringContaining('Connection refused'), lastSuccessAt: before.lastSuccessAt });
      expect(Date.parse(down.lastCheckedAt!)).toBeGreaterThan(Date.parse(before.lastCheckedAt!));
    } finally {
      await cp.startApiServer();
    }
    expect(await probeClusterOnce(cluster.id)).toBe('reachable');
    expect(Date.parse((await getCluster(ctx, 'flaky')).health.lastSuccessAt!)).toBeGreaterThan(Date.parse(before.lastSuccessAt!));
    // The probe keeps the full report from the last connection test.
    expect((await getCluster(ctx, 'flaky')).connectionReport?.permissions?.missing).toEqual([]);

    // ...but refreshes what it saw of the operator (an upgraded operator shows without a new test).
    await (await getDb())
      .update(clusters)
      .set({ connectionReport: sql`jsonb_set(${clusters.connectionReport}, '{crds,operator,detail}', '"stale"'::jsonb)` })
      .where(eq(clusters.id, cluster.id));
    expect(await probeClusterOnce(cluster.id)).toBe('reachable');
    const refreshed = (await getCluster(ctx, 'flaky')).connectionReport;
    expect(refreshed?.crds?.operator).toMatchObject({ savepoints: 'snapshot', detail: expect.stringContaining('1.10 or later') });
    expect(refreshed?.permissions?.missing).toEqual([]);
  });

  it('bounds a probe of a cluster that never answers, without delaying another', async () => {
    const { port } = blackHole.address() as net.AddressInfo;
    const slow = await register('black-hole', `https://127.0.0.1:${port}`);
    expect(slow.health.status).toBe('unreachable');
    const healthy = await register('healthy');
    const started = Date.now();
    const slowProbe = probeClusterOnce(slow.id, { deadlineMs: 3_000 });
    expect(await probeClusterOnce(healthy.id)).toBe('reachable');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await slowProbe).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(4_500);
    expect((await getCluster(ctx, 'black-hole')).health.message).toMatch(/did not (answer|complete)/);
  });

  it('never shows a stale success as healthy', async () => {
    const cluster = await register('stale');
    await (await getDb()).update(clusters).set({ lastSuccessAt: new Date(Date.now() - 10 * 60_000) }).where(eq(clusters.id, cluster.id));
    expect((await getCluster(ctx, 'stale')).health).toMatchObject({ status: 'unknown', message: expect.stringContaining('Not confirmed recently') });
  });

  it('backs off while a cluster fails', () => {
    expect([0, 1, 2, 3, 10].map(nextDelayMs)).toEqual([PROBE_INTERVAL_MS, PROBE_INTERVAL_MS, PROBE_INTERVAL_MS * 2, PROBE_INTERVAL_MS * 4, 5 * 60_000]);
  });
});
