import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClusterClient } from '@/lib/k8s/cluster-client';
import { cachedClusterClients } from './client-cache';

function fakeClient(id: number) {
  return { id, closed: false, get: async () => ({ status: 200, body: { id } }), apply: async () => ({ status: 200, body: {} }), delete: async () => ({ status: 200, body: {} }), close() { this.closed = true; } };
}

afterEach(() => vi.useRealTimers());

describe('the per-cluster client cache', () => {
  it('reuses one client per cluster until it is a minute old, then closes the old one', async () => {
    vi.useFakeTimers();
    const made: ReturnType<typeof fakeClient>[] = [];
    const apiFor = cachedClusterClients(async () => {
      made.push(fakeClient(made.length));
      return made.at(-1) as unknown as ClusterClient;
    });
    await apiFor('a');
    await apiFor('a');
    await apiFor('b');
    expect(made).toHaveLength(2);
    vi.advanceTimersByTime(61_000);
    const api = await apiFor('a');
    expect(made).toHaveLength(3);
    expect((await api.get('/')).body).toEqual({ id: 2 });
    expect(made[0]!.closed).toBe(false); // requests under way may still finish
    await vi.advanceTimersByTimeAsync(31_000);
    expect(made[0]!.closed).toBe(true);
  });

  it('does not keep a failed creation', async () => {
    let attempts = 0;
    const apiFor = cachedClusterClients(async () => {
      attempts++;
      if (attempts === 1) throw new Error('unreadable credentials');
      return fakeClient(attempts) as unknown as ClusterClient;
    });
    await expect(apiFor('a')).rejects.toThrow('unreadable credentials');
    await expect(apiFor('a')).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });

  it('hands out clients without close, so nobody closes the shared pool', async () => {
    const apiFor = cachedClusterClients(async () => fakeClient(0) as unknown as ClusterClient);
    expect('close' in (await apiFor('a'))).toBe(false);
  });
});
