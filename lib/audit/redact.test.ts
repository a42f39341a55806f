import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('drops keys that name secrets at any depth and keeps the rest', () => {
    expect(
      redactSecrets({
        name: 'prod',
        password: 'hunter2hunter2',
        credentials: { token: 'abc' },
        tokenHash: 'x',
        nested: [{ clientKey: 'k', apiServerUrl: 'https://k8s' }],
        role: 'admin',
      }),
    ).toEqual({ name: 'prod', nested: [{ apiServerUrl: 'https://k8s' }], role: 'admin' });
  });
});
