// The least-privilege identity Flotilla needs in a cluster, as a manifest to apply, and how to
// read the token it creates. Rendered from lib/k8s/required-permissions.ts, the same data the
// connection test checks.
import { DEFAULT_IDENTITY, renderLeastPrivilegeManifest } from '@/lib/k8s/required-permissions';
import { CopyBlock } from './copy-block';

const { namespace, serviceAccount } = DEFAULT_IDENTITY;
const TOKEN_COMMAND = `kubectl -n ${namespace} get secret ${serviceAccount}-token -o jsonpath='{.data.token}' | base64 -d`;

export function LeastPrivilegeManifest() {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-fg-muted">
        Apply this in the cluster (<code className="font-mono text-xs">kubectl apply -f flotilla.yaml</code>): a ServiceAccount with only the
        permissions Flotilla needs. Never <code className="font-mono text-xs">*</code>, no secrets, no impersonation.
      </p>
      <CopyBlock label="Least-privilege manifest" text={renderLeastPrivilegeManifest()} />
      <p className="text-fg-muted">Then paste its token into the form:</p>
      <CopyBlock label="Token command" text={TOKEN_COMMAND} />
    </div>
  );
}
