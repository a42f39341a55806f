// Runs in every integration worker before its test file: points the server code at the test
// database, with fixed keys so encrypted data is readable across files.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
process.env.FLOTILLA_SECRET_KEY ??= Buffer.alloc(32, 7).toString('base64');
process.env.AUTH_SECRET ??= 'integration-test-auth-secret-0123456789abcdef';
process.env.FLOTILLA_CLUSTER_ADDRESSES ??= 'loopback';
