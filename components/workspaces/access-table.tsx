// Who may do what in a workspace, and why: a direct grant or an organization role.
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { AccessEntry } from '@/lib/workspaces';
import { visibleText } from '@/lib/validation/text';

const SOURCE: Record<AccessEntry['source'], string> = {
  grant: 'Granted on this workspace',
  org_owner: 'Organization owner',
  org_admin: 'Organization admin',
};

export function AccessTable({ entries, actionsFor }: { entries: AccessEntry[]; actionsFor?: (entry: AccessEntry) => ReactNode }) {
  return (
    <Table>
      <THead>
        <Tr>
          <Th>Who</Th>
          <Th>Kind</Th>
          <Th>Role</Th>
          <Th>Why</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((e) => (
          <Tr key={`${e.principal.type}:${e.principal.id}`}>
            <Td className="font-medium">{visibleText(e.principal.label)}</Td>
            <Td>{e.principal.type === 'user' ? 'Person' : 'Service account'}</Td>
            <Td>
              <Badge tone={e.role === 'admin' ? 'info' : 'neutral'}>{e.role}</Badge>
            </Td>
            <Td className="text-fg-muted">{SOURCE[e.source]}</Td>
            <Td className="text-right">{e.source === 'grant' && actionsFor?.(e)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
