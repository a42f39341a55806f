// The audit log shows what was recorded as it is: control and direction characters in labels,
// actions and details (refused input, user agents, rows older than the input rules) are spelled
// out, never sent to the page to act.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AuditEventDto } from '@/lib/validation/audit';
import { AuditTable } from './audit-table';

const event = (over: Partial<AuditEventDto>): AuditEventDto => ({
  id: '00000000-0000-4000-8000-000000000001',
  time: '2026-12-04T16:00:00.000Z',
  actor: { type: 'user', id: null, label: 'dana@example.com' },
  action: 'workspace.update',
  target: { type: 'workspace', id: null, label: 'analytics' },
  result: 'success',
  requestId: 'req-1',
  details: {},
  ...over,
});

describe('AuditTable', () => {
  it('spells out control and direction characters wherever it shows recorded text', () => {
    const html = renderToStaticMarkup(
      <AuditTable
        events={[
          event({
            actor: { type: 'anonymous', id: null, label: 'evil\u202Egpj.exe' },
            target: { type: 'service_account', id: null, label: 'ci\u001b[2Jbot' },
            action: 'auth.sign_in\u0007',
            requestId: 'r\u2066q',
            details: { userAgent: 'curl\r\nX-Forged: 1', refused: 'x\u0085y\u202Dz' },
          }),
        ]}
      />,
    );
    for (const raw of ['\u202E', '\u001b', '\u0007', '\u2066', '\u0085', '\u202D']) expect(html).not.toContain(raw);
    for (const shown of ['evil\\u202Egpj.exe', 'ci\\u001B[2Jbot', 'auth.sign_in\\u0007', 'r\\u2066q', 'x\\u0085y\\u202Dz']) expect(html).toContain(shown);
    // JSON already escapes CR and LF inside strings; the layout's own line breaks stay.
    expect(html).toContain('curl\\r\\nX-Forged: 1');
  });

  it('shows ordinary text unchanged', () => {
    const html = renderToStaticMarkup(<AuditTable events={[event({ actor: { type: 'user', id: null, label: 'Zoë 🚀 データ' } })]} />);
    expect(html).toContain('Zoë 🚀 データ');
  });
});
