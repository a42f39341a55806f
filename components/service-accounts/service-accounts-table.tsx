// The organization's service accounts: name, role, status, active tokens, created.
import Link from 'next/link';
import { formatDate } from '@/components/audit/format-time';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ServiceAccountDto } from '@/lib/validation/service-accounts';
import { visibleText } from '@/lib/validation/text';

export function ServiceAccountsTable({ orgSlug, accounts }: { orgSlug: string; accounts: ServiceAccountDto[] }) {
  return (
    <Table>
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Active tokens</Th>
          <Th>Created</Th>
        </tr>
      </THead>
      <TBody>
        {accounts.map((a) => (
          <Tr key={a.id}>
            <Td>
              <Link href={`/orgs/${orgSlug}/service-accounts/${a.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-100">
                {a.name}
              </Link>
              {a.description && <p className="max-w-md truncate text-xs text-fg-muted">{visibleText(a.description)}</p>}
            </Td>
            <Td>
              <Badge tone={a.role === 'admin' ? 'info' : 'neutral'}>{a.role === 'admin' ? 'Admin' : 'Member'}</Badge>
            </Td>
            <Td>{a.disabled ? <Badge tone="warning">Disabled</Badge> : <Badge tone="success">Active</Badge>}</Td>
            <Td className="tabular-nums">{a.activeTokenCount}</Td>
            <Td className="text-fg-muted">{formatDate(a.createdAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
