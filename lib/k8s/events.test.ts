import { describe, expect, it } from 'vitest';
import { EVENT_MESSAGE_MAX, newestEvents, toKubeEvent } from './events';

describe('toKubeEvent', () => {
  it('reads a core/v1 Event written by kubectl or a controller', () => {
    expect(
      toKubeEvent({
        type: 'Warning',
        reason: 'FailedCreate',
        message: ' exceeded quota: flotilla-quota ',
        involvedObject: { kind: 'ReplicaSet', name: 'job-1' },
        count: 3,
        firstTimestamp: '2025-01-01T10:00:00Z',
        lastTimestamp: '2025-01-01T10:05:00Z',
      }),
    ).toEqual({
      type: 'Warning',
      reason: 'FailedCreate',
      message: 'exceeded quota: flotilla-quota',
      object: { kind: 'ReplicaSet', name: 'job-1' },
      count: 3,
      lastTime: '2025-01-01T10:05:00.000Z',
    });
  });

  it('reads an events.k8s.io-style Event (eventTime and series) and fills what is missing', () => {
    const e = toKubeEvent({ eventTime: '2025-01-01T10:00:00.123456Z', series: { count: 7, lastObservedTime: '2025-01-01T11:00:00.5Z' } });
    expect(e).toEqual({ type: 'Normal', reason: '', message: '', object: { kind: '', name: '' }, count: 7, lastTime: '2025-01-01T11:00:00.500Z' });
    expect(toKubeEvent({ metadata: { creationTimestamp: 'not a time' } }).lastTime).toBeNull();
  });

  it('cuts a very long message', () => {
    const e = toKubeEvent({ message: 'x'.repeat(EVENT_MESSAGE_MAX + 50) });
    expect(e.message).toHaveLength(EVENT_MESSAGE_MAX + 1);
    expect(e.message.endsWith('…')).toBe(true);
  });
});

describe('newestEvents', () => {
  it('orders newest first, keeps at most the limit, and puts events without a time last', () => {
    const at = (reason: string, lastTimestamp?: string) => ({ reason, lastTimestamp });
    const events = newestEvents([at('old', '2025-01-01T00:00:00Z'), at('none'), at('new', '2025-01-03T00:00:00Z'), at('mid', '2025-01-02T00:00:00Z')], 3);
    expect(events.map((e) => e.reason)).toEqual(['new', 'mid', 'old']);
    expect(newestEvents([at('none'), at('old', '2025-01-01T00:00:00Z')], 5).map((e) => e.reason)).toEqual(['old', 'none']);
  });
});
