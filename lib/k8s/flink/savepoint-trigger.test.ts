// The trigger-nonce savepoint flow of operators before 1.10, on status documents shaped as
// operator 1.7.0 writes them (e2e/harness/recordings/operator-1.7.0: a fresh deployment's
// savepointInfo is `{ lastPeriodicSavepointTimestamp: 0, savepointHistory: [] }`; the entries are
// the operator's Savepoint: timeStamp in ms, location, triggerType, formatType, triggerNonce).
import { describe, expect, it } from 'vitest';
import recorded from '@/e2e/harness/recordings/operator-1.7.0/application-lifecycle.json';
import { buildSavepointTrigger, operatorHistorySavepoints, reconciledSavepointNonce, savepointInfoOf, savepointTriggerNonce, summarizeSavepointTrigger } from './savepoint-trigger';

const NONCE = savepointTriggerNonce('orders-savepoint-0a1b2c3d4e5f');
const spec = (nonce: number | null) => JSON.stringify({ spec: { job: { state: 'running', savepointTriggerNonce: nonce } }, resource_metadata: { metadata: { generation: 3 } } });
const status = (savepointInfo: object, nonce: number | null) => ({ jobStatus: { state: 'RUNNING', savepointInfo }, reconciliationStatus: { lastReconciledSpec: spec(nonce) } });

describe('savepoints through the trigger nonce (operator 1.7)', () => {
  it('derives a stable, non-zero nonce from the savepoint name and applies only that field', () => {
    expect(NONCE).toBe(0x0a1b2c3d4e5f);
    expect(savepointTriggerNonce('orders-savepoint-000000000000')).toBe(1);
    expect(buildSavepointTrigger('FlinkSessionJob', 'views', 'ws', NONCE)).toEqual({
      apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkSessionJob', metadata: { name: 'views', namespace: 'ws' }, spec: { job: { savepointTriggerNonce: NONCE } },
    });
  });

  it("reads a recorded 1.7 status: no savepoint yet, the nonce not reconciled", () => {
    const fresh = (recorded.documents as { status?: Record<string, unknown> | null }[]).map((d) => d.status).find((st) => savepointInfoOf(st) !== null)!;
    expect(savepointInfoOf(fresh)).toEqual({ lastPeriodicSavepointTimestamp: 0, savepointHistory: [] });
    expect(reconciledSavepointNonce(fresh)).toBeNull();
    expect(summarizeSavepointTrigger(savepointInfoOf(fresh), NONCE, null)).toEqual({ state: 'pending', message: 'Waiting for the operator to trigger the savepoint.' });
  });

  it('is in progress while the operator holds the manual trigger, then completed from the history entry of its nonce', () => {
    const triggered = status({ triggerId: '6f1e…', triggerTimestamp: 1764866400000, triggerType: 'MANUAL', formatType: 'CANONICAL', lastPeriodicSavepointTimestamp: 0, savepointHistory: [] }, NONCE);
    expect(summarizeSavepointTrigger(savepointInfoOf(triggered), NONCE, reconciledSavepointNonce(triggered)).state).toBe('in_progress');

    const entry = { timeStamp: 1764866405000, location: 's3://b/sp/savepoint-6f1e', triggerType: 'MANUAL', formatType: 'CANONICAL', triggerNonce: NONCE };
    const done = status({ lastSavepoint: entry, triggerId: '', triggerTimestamp: 0, triggerType: 'UNKNOWN', formatType: 'UNKNOWN', lastPeriodicSavepointTimestamp: 0, savepointHistory: [entry] }, NONCE);
    expect(summarizeSavepointTrigger(savepointInfoOf(done), NONCE, reconciledSavepointNonce(done))).toEqual({
      state: 'completed', message: 'Savepoint written to s3://b/sp/savepoint-6f1e.', path: 's3://b/sp/savepoint-6f1e', finishedAt: '2025-12-04T16:40:05.000Z',
    });
  });

  it("never credits another request's or a periodic savepoint to this one", () => {
    const periodic = { timeStamp: 1764866405000, location: 's3://b/sp/savepoint-p', triggerType: 'PERIODIC', formatType: 'CANONICAL', triggerNonce: null };
    const other = { ...periodic, location: 's3://b/sp/other', triggerType: 'MANUAL', triggerNonce: NONCE + 1 };
    const s = status({ lastSavepoint: other, savepointHistory: [periodic, other], lastPeriodicSavepointTimestamp: 1764866405000 }, NONCE);
    const summary = summarizeSavepointTrigger(savepointInfoOf(s), NONCE, reconciledSavepointNonce(s));
    expect(summary.state).toBe('pending');
    expect(summary.message).toContain('accepted the savepoint request');
  });

  it("lists the savepoints the operator took by itself from its history, not Flotilla's manual ones", () => {
    const info = {
      savepointHistory: [
        { timeStamp: 1764866405000, location: 's3://b/sp/savepoint-p', triggerType: 'PERIODIC', formatType: 'CANONICAL', triggerNonce: null },
        { timeStamp: 1764866406000, location: 's3://b/sp/savepoint-u', triggerType: 'UPGRADE', formatType: 'CANONICAL', triggerNonce: null },
        { timeStamp: 1764866407000, location: 's3://b/sp/savepoint-m', triggerType: 'MANUAL', formatType: 'CANONICAL', triggerNonce: NONCE },
      ],
    };
    expect(operatorHistorySavepoints('orders', info)).toEqual([
      { name: 'orders-periodic-1764866405000', trigger: 'periodic', path: 's3://b/sp/savepoint-p', takenAt: new Date(1764866405000) },
      { name: 'orders-upgrade-1764866406000', trigger: 'upgrade', path: 's3://b/sp/savepoint-u', takenAt: new Date(1764866406000) },
    ]);
    expect(operatorHistorySavepoints('orders', null)).toEqual([]);
  });
});
