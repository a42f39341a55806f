// Writes an audit event, inside the caller's transaction so the record and the change commit
// or roll back together. Details are stripped of secrets here, whatever the caller passed.
import 'server-only';
import type { Executor } from '@/lib/db/client';
import { auditEvents } from '@/lib/db/schema';
import { actorLabel, type Ctx, type OrgCtx } from '@/lib/auth/context';
import { redactSecrets } from './redact';

export interface AuditInput {
  action: string;
  target?: { type: string; id?: string | null; label?: string | null };
  result?: 'success' | 'failure' | 'denied';
  details?: Record<string, unknown>;
  /** For events outside an OrgCtx (sign-up, sign-in): the organization they belong to, if any. */
  organizationId?: string | null;
}

export async function recordAudit(tx: Executor, ctx: Ctx | OrgCtx, input: AuditInput): Promise<void> {
  const organizationId = input.organizationId !== undefined ? input.organizationId : 'organization' in ctx ? ctx.organization.id : null;
  await tx.insert(auditEvents).values({
    organizationId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorLabel: actorLabel(ctx.actor),
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    targetLabel: input.target?.label ?? null,
    result: input.result ?? 'success',
    requestId: ctx.requestId,
    details: redactSecrets(input.details ?? {}) as Record<string, unknown>,
  });
}
