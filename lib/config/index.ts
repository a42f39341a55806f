// The validated configuration, read once. In embedded mode (no DATABASE_URL) the secret key and
// the auth secret are generated into the data directory on first start and reused after.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeConfigErrors, EnvSchema, type ClusterAddressPolicy } from './schema';
import type { TrustedProxies } from './trusted-proxies';

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  secretKey: Buffer;
  /** Keys credentials may still be encrypted under (FLOTILLA_PREVIOUS_SECRET_KEYS), for reading only. */
  previousSecretKeys: Buffer[];
  authSecret: string;
  publicUrl: string;
  clusterAddresses: ClusterAddressPolicy;
  signup: 'open' | 'invite-only';
  /** How long the Flink operator may stay silent (no status; a finalizer kept) before Flotilla says so. */
  operatorTimeoutMs: number;
  /** Whether the web process runs a reconciler worker (off when `npm run worker` processes do). */
  worker: 'in-process' | 'off';
  /** How often workers read Flink status back from each cluster. */
  statusPollMs: number;
  /** Reverse proxies whose forwarded headers are believed (FLOTILLA_TRUSTED_PROXIES). */
  trustedProxies: TrustedProxies;
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= loadConfig(process.env);
  return cached;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(describeConfigErrors(parsed.error));
  const e = parsed.data;
  const dataDir = path.resolve(e.FLOTILLA_DATA_DIR);
  const keys = e.FLOTILLA_SECRET_KEY && e.AUTH_SECRET ? undefined : readOrCreateLocalKeys(dataDir);
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir,
    secretKey: Buffer.from(e.FLOTILLA_SECRET_KEY ?? keys!.secretKey, 'base64'),
    previousSecretKeys: e.FLOTILLA_PREVIOUS_SECRET_KEYS.map((k) => Buffer.from(k, 'base64')),
    authSecret: e.AUTH_SECRET ?? keys!.authSecret,
    publicUrl: e.FLOTILLA_PUBLIC_URL.replace(/\/$/, ''),
    clusterAddresses: e.FLOTILLA_CLUSTER_ADDRESSES,
    operatorTimeoutMs: e.FLOTILLA_OPERATOR_TIMEOUT_SECONDS * 1000,
    signup: e.FLOTILLA_SIGNUP,
    worker: e.FLOTILLA_WORKER,
    statusPollMs: e.FLOTILLA_STATUS_POLL_MS,
    trustedProxies: e.FLOTILLA_TRUSTED_PROXIES,
  };
}

interface LocalKeys {
  secretKey: string;
  authSecret: string;
}

function readOrCreateLocalKeys(dataDir: string): LocalKeys {
  const file = path.join(dataDir, 'keys.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalKeys;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const keys: LocalKeys = {
    secretKey: randomBytes(32).toString('base64'),
    authSecret: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // 'wx' fails if another process created the file first; then read theirs.
  try {
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' });
    return keys;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return JSON.parse(readFileSync(file, 'utf8')) as LocalKeys;
  }
}
