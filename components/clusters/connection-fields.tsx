'use client';
// Where the cluster is and how to verify it: address, CA, TLS server name, and the explicit,
// audited opt-out of TLS verification with its warning.
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { FieldErrors } from '@/lib/errors';
import { DNS_SUBDOMAIN_MAX, PEM_MAX, URL_MAX } from '@/lib/validation/limits';

export interface ConnectionState {
  apiServerUrl: string;
  caPem: string;
  tlsServerName: string;
  insecureSkipTlsVerify: boolean;
}

export function ConnectionFields({ idPrefix, value, onChange, errors = {}, fromKubeconfig }: { idPrefix: string; value: ConnectionState; onChange: (v: ConnectionState) => void; errors?: FieldErrors; fromKubeconfig: boolean }) {
  const set = (patch: Partial<ConnectionState>) => onChange({ ...value, ...patch });
  return (
    <div className="flex flex-col gap-4">
      {!fromKubeconfig && (
        <>
          <Input maxLength={URL_MAX} id={`${idPrefix}-url`} label="API server address" required placeholder="https://k8s.example.com:6443" value={value.apiServerUrl} onChange={(e) => set({ apiServerUrl: e.target.value })} error={errors.apiServerUrl} hint="https:// only." />
          <Textarea maxLength={PEM_MAX} id={`${idPrefix}-ca`} label="CA certificate (PEM)" mono value={value.caPem} onChange={(e) => set({ caPem: e.target.value })} error={errors.caPem} placeholder="-----BEGIN CERTIFICATE-----"
            hint="The certificate authority that signed the API server's certificate. Leave empty if a public CA signed it." />
          <Input maxLength={DNS_SUBDOMAIN_MAX} id={`${idPrefix}-sni`} label="TLS server name" value={value.tlsServerName} onChange={(e) => set({ tlsServerName: e.target.value })} error={errors.tlsServerName} hint="Optional: the name in the server's certificate, when it differs from the address." />
        </>
      )}
      <div className="flex flex-col gap-2">
        <label className="flex items-center gap-2 text-sm">
          <input id={`${idPrefix}-insecure`} type="checkbox" className="size-4" checked={value.insecureSkipTlsVerify} onChange={(e) => set({ insecureSkipTlsVerify: e.target.checked })} />
          Skip TLS verification (insecure)
        </label>
        {value.insecureSkipTlsVerify && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-200">
            Flotilla will not verify the cluster&apos;s identity: anyone on the network path could impersonate it and receive its credentials. This choice is
            audited and the cluster is shown as insecure everywhere. Prefer pasting the CA certificate.
          </p>
        )}
      </div>
    </div>
  );
}
