// Migrations apply from empty on both drivers, and the schema's constraints hold on a real
// PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createFreshDatabase } from '@/e2e/harness/fresh-database';
import { openDatabase, type DatabaseHandle } from './client';
import { appliedMigrationCount, expectedMigrationCount } from './migrations';
import * as s from './schema';

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  return (result as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
}

const EXPECTED_TABLES = [
  'api_tokens', 'audit_events', 'clusters', 'flink_deployments', 'invitations', 'memberships',
  'operations', 'organizations', 'rate_limits', 'savepoints', 'service_accounts', 'session_jobs',
  'spec_revisions', 'status_leases', 'users', 'workspace_grants', 'workspaces',
];

describe('migrations from empty', () => {
  it('apply to a real PostgreSQL server, twice without harm', async () => {
    const url = await createFreshDatabase(inject('postgresAdminUrl'), 'migrate');
    const handle = await openDatabase({ databaseUrl: url, dataDir: '' });
    try {
      expect(await appliedMigrationCount(handle.db)).toBe(0);
      await handle.migrate();
      await handle.migrate();
      expect(await appliedMigrationCount(handle.db)).toBe(expectedMigrationCount());
      expect(await tableNames(handle)).toEqual(EXPECTED_TABLES);
    } finally {
      await handle.close();
    }
  });

  it('apply to embedded PGlite, and its data survives reopening', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flotilla-pglite-'));
    try {
      const first = await openDatabase({ dataDir });
      await first.migrate();
      expect(await tableNames(first)).toEqual(EXPECTED_TABLES);
      await first.db.insert(s.organizations).values({ slug: 'kept', name: 'Kept' });
      await first.close();

      const second = await openDatabase({ dataDir });
      await second.migrate();
      const rows = await second.db.select().from(s.organizations);
      expect(rows.map((r) => r.slug)).toEqual(['kept']);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('constraints on real PostgreSQL', () => {
  let handle: DatabaseHandle;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    handle = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '' });
    const suffix = Math.random().toString(36).slice(2, 8);
    const rows = await handle.db
      .insert(s.organizations)
      .values([
        { slug: `a-${suffix}`, name: 'A' },
        { slug: `b-${suffix}`, name: 'B' },
      ])
      .returning({ id: s.organizations.id });
    [orgA, orgB] = rows.map((r) => r.id) as [string, string];
  });
  afterAll(() => handle.close());

  // drizzle wraps driver errors; the Postgres error (with its constraint name) is the cause.
  const violation = async (p: Promise<unknown>) => {
    const err = await p.then(() => null, (e: { cause?: { constraint?: string; code?: string } }) => e);
    expect(err, 'the write should have been rejected').not.toBeNull();
    return err!.cause ?? (err as { constraint?: string; code?: string });
  };

  it('organization slugs are unique', async () => {
    const [org] = await handle.db.select().from(s.organizations).where(sql`${s.organizations.id} = ${orgA}`);
    const cause = await violation(handle.db.insert(s.organizations).values({ slug: org!.slug, name: 'dup' }));
    expect(cause.code).toBe('23505');
  });

  it('service account names are unique per organization, not across organizations', async () => {
    await handle.db.insert(s.serviceAccounts).values({ organizationId: orgA, name: 'ci' });
    await handle.db.insert(s.serviceAccounts).values({ organizationId: orgB, name: 'ci' });
    const cause = await violation(handle.db.insert(s.serviceAccounts).values({ organizationId: orgA, name: 'ci' }));
    expect(cause.constraint).toBe('service_accounts_org_name_key');
  });

  it('a service account is never an owner', async () => {
    const cause = await violation(
      handle.db.insert(s.serviceAccounts).values({ organizationId: orgA, name: 'root', role: 'owner' }),
    );
    expect(cause.constraint).toBe('service_accounts_role_not_owner');
  });

  it('cluster names are unique per organization and addresses must be https', async () => {
    const cluster = { name: 'prod', apiServerUrl: 'https://k8s.example:6443', credentialKind: 'token' as const, credentialsCiphertext: 'x', credentialsKeyId: 'k1' };
    await handle.db.insert(s.clusters).values({ ...cluster, organizationId: orgA });
    await handle.db.insert(s.clusters).values({ ...cluster, organizationId: orgB });
    expect((await violation(handle.db.insert(s.clusters).values({ ...cluster, organizationId: orgA }))).constraint).toBe('clusters_org_name_key');
    expect((await violation(handle.db.insert(s.clusters).values({ ...cluster, name: 'plain', apiServerUrl: 'http://k8s:80', organizationId: orgA }))).constraint).toBe('clusters_https_only');
  });

  it('every tenant-owned table refuses a row without an organization', async () => {
    const tenantTables = [
      'memberships', 'invitations', 'service_accounts', 'api_tokens', 'clusters', 'workspaces',
      'workspace_grants', 'flink_deployments', 'session_jobs', 'spec_revisions', 'savepoints', 'operations',
    ];
    const result = await handle.db.execute(sql`
      select c.table_name, c.is_nullable from information_schema.columns c
      where c.table_schema = 'public' and c.column_name = 'organization_id'`);
    const columns = new Map((result as unknown as { rows: { table_name: string; is_nullable: string }[] }).rows.map((r) => [r.table_name, r.is_nullable]));
    for (const table of tenantTables) expect(columns.get(table), table).toBe('NO');

    const indexed = await handle.db.execute(sql`
      select t.relname as table_name from pg_index i
      join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
      where a.attname = 'organization_id'`);
    const withIndex = new Set((indexed as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name));
    for (const table of tenantTables) expect(withIndex.has(table), `${table} has an index led by organization_id`).toBe(true);

    const cause = await violation(handle.db.execute(sql`insert into service_accounts (name) values ('orphan')`));
    expect(cause.code).toBe('23502');
  });

  it('a grant names exactly one principal, and workspaces are unique per organization', async () => {
    const [cluster] = await handle.db.insert(s.clusters)
      .values({ organizationId: orgA, name: 'ws-cluster', apiServerUrl: 'https://k:6443', credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k1' })
      .returning();
    const [ws] = await handle.db.insert(s.workspaces).values({ organizationId: orgA, clusterId: cluster!.id, name: 'analytics', namespace: 'analytics' }).returning();
    expect((await violation(handle.db.insert(s.workspaces).values({ organizationId: orgA, clusterId: cluster!.id, name: 'analytics', namespace: 'other' }))).constraint).toBe('workspaces_org_name_key');
    expect((await violation(handle.db.insert(s.workspaceGrants).values({ organizationId: orgA, workspaceId: ws!.id, role: 'viewer' }))).constraint).toBe('workspace_grants_one_principal');
    // A cluster with workspaces cannot be deleted out from under them.
    expect((await violation(handle.db.delete(s.clusters).where(sql`${s.clusters.id} = ${cluster!.id}`))).code).toBe('23503');
  });
});
