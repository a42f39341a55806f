'use client';
// A service account's tokens, by prefix (the token itself is never shown again), with revoke.
import { formatTime } from '@/components/audit/format-time';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApiTokenDto } from '@/lib/validation/api-tokens';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { visibleText } from '@/lib/validation/text';

const STATUS_TONE = { active: 'success', expired: 'neutral', revoked: 'danger' } as const;

export function TokensTable({ tokens, revoke, canWrite }: { tokens: ApiTokenDto[]; revoke: (tokenId: string) => Promise<ActionResult>; canWrite: boolean }) {
  return (
    <Table>
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Token</Th>
          <Th>Scopes</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Expires</Th>
          <Th>Status</Th>
          {canWrite && <Th><span className="sr-only">Actions</span></Th>}
        </tr>
      </THead>
      <TBody>
        {tokens.map((t) => (
          <Tr key={t.id}>
            <Td className="font-medium whitespace-nowrap">{visibleText(t.name)}</Td>
            <Td className="font-mono text-xs">{t.prefix}…</Td>
            <Td className="max-w-48 text-xs text-fg-muted">{t.scopes.length ? t.scopes.join(', ') : 'All of the account\'s permissions'}</Td>
            <Td className="text-xs text-fg-muted">{formatTime(t.createdAt)}</Td>
            <Td className="text-xs text-fg-muted">{formatTime(t.lastUsedAt, 'Never')}</Td>
            <Td className="text-xs text-fg-muted">{t.expiresAt ? formatTime(t.expiresAt) : <Badge tone="warning">Never</Badge>}</Td>
            <Td><Badge tone={STATUS_TONE[t.status]}>{t.status[0]!.toUpperCase() + t.status.slice(1)}</Badge></Td>
            {canWrite && (
              <Td className="text-right">
                {t.status !== 'revoked' && (
                  <ConfirmActionButton
                    label="Revoke"
                    title={`Revoke the token ${t.name}?`}
                    description="Anything using it gets 401 from its next request on. This cannot be undone."
                    confirmLabel="Revoke token"
                    done={`Token ${t.name} revoked.`}
                    action={() => revoke(t.id)}
                  />
                )}
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
