// Every savepoint of a workspace, newest first: what people start new deployments from, so it
// outlives the application or session job it was taken of.
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { savepoints } from '@/lib/db/schema';
import type { SavepointDto } from '@/lib/validation/applications';
import { toSavepointDto } from './dto';

export async function listWorkspaceSavepoints(ctx: OrgCtx, wsName: string): Promise<SavepointDto[]> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'savepoints.read');
  const rows = await (await getDb()).select().from(savepoints).where(eq(savepoints.workspaceId, workspace.id)).orderBy(desc(savepoints.createdAt)).limit(500);
  return rows.map(toSavepointDto);
}
