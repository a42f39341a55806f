import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Server modules import 'server-only' to keep them out of client bundles; tests are server code.
      'server-only': path.join(root, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{lib,components,app,e2e}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.{ts,tsx}', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{lib,app,e2e}/**/*.int.test.ts'],
          exclude: ['e2e/harness/node/**', 'node_modules/**'],
          globalSetup: ['e2e/harness/vitest-global-setup.ts'],
          setupFiles: ['e2e/harness/vitest-integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Two cores: more workers than that only contend for the same control plane.
          maxWorkers: 2,
        },
      },
      {
        // The real node (kubelet, containerd, …) is work in progress (issue 14): not part of
        // `npm test` yet; run it alone with `npx vitest run --project node`.
        extends: true,
        test: {
          name: 'node',
          sequence: { groupOrder: 2 },
          include: ['e2e/harness/node/**/*.int.test.ts'],
          globalSetup: ['e2e/harness/vitest-global-setup.ts'],
          setupFiles: ['e2e/harness/vitest-integration-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
