'use client';
// How Flotilla authenticates to the cluster: a bearer token, a client certificate and key, or a
// pasted kubeconfig whose contexts are listed as you paste (parsed as data, in the browser too;
// the server parses it again and refuses anything that would run a command or read a file).
import { useMemo } from 'react';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { FieldErrors } from '@/lib/errors';
import { listKubeconfigContexts } from '@/lib/k8s/kubeconfig';
import { BEARER_TOKEN_MAX, KUBECONFIG_MAX, PEM_MAX } from '@/lib/validation/limits';

export type CredentialsType = 'token' | 'client_certificate' | 'kubeconfig';

export interface CredentialsState {
  type: CredentialsType;
  token: string;
  clientCertificatePem: string;
  clientKeyPem: string;
  kubeconfig: string;
  context: string;
}

export const EMPTY_CREDENTIALS: CredentialsState = { type: 'token', token: '', clientCertificatePem: '', clientKeyPem: '', kubeconfig: '', context: '' };

/** The API's credentials object for the chosen type. */
export function credentialsPayload(c: CredentialsState) {
  if (c.type === 'token') return { type: c.type, token: c.token };
  if (c.type === 'client_certificate') return { type: c.type, clientCertificatePem: c.clientCertificatePem, clientKeyPem: c.clientKeyPem };
  return { type: c.type, kubeconfig: c.kubeconfig, context: c.context || defaultContext(c.kubeconfig) };
}

/** The context the picker shows before one is chosen: the current one, else the first. */
function defaultContext(kubeconfig: string): string {
  const listed = listKubeconfigContexts(kubeconfig);
  return listed.ok ? (listed.value.current ?? listed.value.contexts[0]?.name ?? '') : '';
}

const TYPES: { value: CredentialsType; label: string }[] = [
  { value: 'token', label: 'Bearer token' },
  { value: 'client_certificate', label: 'Client certificate' },
  { value: 'kubeconfig', label: 'Paste a kubeconfig' },
];

export function CredentialsFields({ idPrefix, value, onChange, errors = {} }: { idPrefix: string; value: CredentialsState; onChange: (v: CredentialsState) => void; errors?: FieldErrors }) {
  const set = (patch: Partial<CredentialsState>) => onChange({ ...value, ...patch });
  const contexts = useMemo(() => (value.kubeconfig.trim() ? listKubeconfigContexts(value.kubeconfig) : null), [value.kubeconfig]);
  const err = (k: string) => errors[`credentials.${k}`];
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-sm font-medium">Credentials</legend>
      <div role="radiogroup" aria-label="Kind of credentials" className="inline-flex w-fit rounded-md border border-border p-0.5">
        {TYPES.map((t) => (
          <label key={t.value} className={`cursor-pointer rounded px-3 py-1.5 text-sm ${value.type === t.value ? 'bg-accent-600 text-white' : 'text-fg-muted hover:text-fg'}`}>
            <input type="radio" className="sr-only" name={`${idPrefix}-type`} value={t.value} checked={value.type === t.value} onChange={() => set({ type: t.value })} />
            {t.label}
          </label>
        ))}
      </div>
      {errors.credentials && <p className="text-xs font-medium text-red-600 dark:text-red-400">{errors.credentials[0]}</p>}
      {value.type === 'token' && (
        <Input maxLength={BEARER_TOKEN_MAX} id={`${idPrefix}-token`} label="Token" type="password" autoComplete="off" required value={value.token} onChange={(e) => set({ token: e.target.value })} error={err('token')}
          hint="A ServiceAccount token of Flotilla's identity (see the manifest on this page). Stored encrypted; never shown again." />
      )}
      {value.type === 'client_certificate' && (
        <>
          <Textarea maxLength={PEM_MAX} id={`${idPrefix}-cert`} label="Client certificate (PEM)" mono required value={value.clientCertificatePem} onChange={(e) => set({ clientCertificatePem: e.target.value })} error={err('clientCertificatePem')} placeholder="-----BEGIN CERTIFICATE-----" />
          <Textarea maxLength={PEM_MAX} id={`${idPrefix}-key`} label="Client key (PEM)" mono required value={value.clientKeyPem} onChange={(e) => set({ clientKeyPem: e.target.value })} error={err('clientKeyPem')} placeholder="-----BEGIN PRIVATE KEY-----" hint="Stored encrypted; never shown again." />
        </>
      )}
      {value.type === 'kubeconfig' && (
        <>
          <Textarea maxLength={KUBECONFIG_MAX} id={`${idPrefix}-kubeconfig`} label="Kubeconfig" mono rows={8} required value={value.kubeconfig} onChange={(e) => set({ kubeconfig: e.target.value, context: '' })} error={err('kubeconfig')}
            hint="Paste a self-contained one (kubectl config view --raw --flatten --minify). Its server, CA and credentials are used; exec plugins, auth providers, file paths and proxies are refused." />
          {contexts?.ok && contexts.value.contexts.length > 0 && (
            <Select id={`${idPrefix}-context`} label="Context" value={value.context || defaultContext(value.kubeconfig)} onChange={(e) => set({ context: e.target.value })} error={err('context')}
              options={contexts.value.contexts.map((c) => ({ value: c.name, label: `${c.name}${c.server ? ` — ${c.server}` : ''}` }))} />
          )}
          {contexts && !contexts.ok && <p className="text-xs text-amber-700 dark:text-amber-400">{contexts.errors[0]}</p>}
        </>
      )}
    </fieldset>
  );
}
