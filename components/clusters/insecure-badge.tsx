// Shown wherever a cluster appears whose TLS verification an admin turned off.
import { Badge } from '@/components/ui/badge';

export function InsecureBadge() {
  return (
    <Badge tone="warning">
      <span title="TLS verification is off for this cluster: its identity is not verified.">Insecure</span>
    </Badge>
  );
}
