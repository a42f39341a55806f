'use server';
// Server actions of the cluster pages: each adapts its arguments to one service call in the
// signed-in user's OrgCtx and returns `{ ok, ... }`. The services authorize and validate (the
// payloads are untrusted objects); credentials go in and never come back.
import { revalidatePath } from 'next/cache';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { deleteCluster, registerCluster, testClusterConnection, updateCluster } from '@/lib/clusters';
import type { ClusterDetailDto, ConnectionReport } from '@/lib/validation/clusters';

export async function registerClusterAction(orgSlug: string, input: unknown): Promise<ActionResult<{ cluster: ClusterDetailDto }>> {
  try {
    const cluster = await registerCluster(await requireActionOrgCtx(orgSlug), input);
    revalidatePath(`/orgs/${orgSlug}/clusters`);
    return { ok: true, cluster };
  } catch (err) {
    return toActionError(err);
  }
}

export async function updateClusterAction(orgSlug: string, name: string, input: unknown): Promise<ActionResult<{ cluster: ClusterDetailDto }>> {
  try {
    const cluster = await updateCluster(await requireActionOrgCtx(orgSlug), name, input);
    revalidatePath(`/orgs/${orgSlug}/clusters`, 'layout');
    return { ok: true, cluster };
  } catch (err) {
    return toActionError(err);
  }
}

export async function testClusterConnectionAction(orgSlug: string, name: string): Promise<ActionResult<{ report: ConnectionReport }>> {
  try {
    const report = await testClusterConnection(await requireActionOrgCtx(orgSlug), name);
    revalidatePath(`/orgs/${orgSlug}/clusters`, 'layout');
    return { ok: true, report };
  } catch (err) {
    return toActionError(err);
  }
}

export async function deleteClusterAction(orgSlug: string, name: string): Promise<ActionResult> {
  try {
    await deleteCluster(await requireActionOrgCtx(orgSlug), name);
    revalidatePath(`/orgs/${orgSlug}/clusters`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
