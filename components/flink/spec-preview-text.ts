// The text a spec form's preview shows: the object only when the form holds no error at all (its
// own shapes, the schema and every operator rule), so nothing a field refused (a credential in
// the configuration, a version the cluster lacks) is ever shown as what would be applied. Null
// otherwise, and the form keeps showing the last valid one, marked. Pure.
import { stringify } from 'yaml';
import type { FieldErrors } from '@/lib/errors';
import type { CheckResult } from '@/lib/k8s/flink/check-spec';

export function specPreviewText(
  input: Record<string, unknown>,
  formErrors: FieldErrors,
  check: CheckResult<unknown>,
  build: (input: Record<string, unknown>) => object | null,
): string | null {
  if (!check.ok || Object.keys(formErrors).length > 0) return null;
  const object = build(input);
  return object ? stringify(object) : null;
}
