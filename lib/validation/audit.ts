// Audit log filters and the event DTO: shared by the service, the API and the audit page, whose
// filters are URL search params (strings). No server imports.
import { z } from 'zod';
import { AUDIT_FILTER_MAX, TIMESTAMP_MAX } from './limits';
import { safeText } from './text';
import { PAGINATION_FIELDS } from '@/lib/api/pagination';

const optionalText = (description: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), safeText(AUDIT_FILTER_MAX).optional()).meta({ description });
// A time without an offset (what a datetime-local input sends) is read as UTC, the zone the
// audit page shows times in. The output is again an ISO string, so parsing twice (the API's
// wrapper, then the service) is harmless.
const optionalTime = (description: string) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.iso
      .datetime({ offset: true, local: true })
      .max(TIMESTAMP_MAX)
      .transform((v) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`).toISOString())
      .optional(),
  ).meta({ description });

export const AuditFilterFields = {
  actor: optionalText('Actor: part of the email or service account name, or an exact actor id.'),
  action: optionalText('Action, e.g. `service_account.create`, or a prefix such as `service_account`.'),
  target: optionalText('Target: part of its label, or an exact target id.'),
  from: optionalTime('Events at or after this time (ISO 8601).'),
  to: optionalTime('Events before this time (ISO 8601).'),
};

/** The audit list's input: the filters plus `limit` and `cursor` (the API's query, the page's search params). */
export const ListAuditEventsInput = z.strictObject({ ...AuditFilterFields, ...PAGINATION_FIELDS });
export type ListAuditEventsInput = z.input<typeof ListAuditEventsInput>;

export const AuditEventSchema = z
  .object({
    id: z.uuid(),
    time: z.iso.datetime(),
    actor: z.object({ type: z.enum(['user', 'service_account', 'system', 'anonymous']), id: z.string().nullable(), label: z.string() }),
    action: z.string(),
    target: z.object({ type: z.string().nullable(), id: z.string().nullable(), label: z.string().nullable() }),
    result: z.enum(['success', 'failure', 'denied']),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventDto = z.output<typeof AuditEventSchema>;
