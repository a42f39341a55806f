// Cluster registration inputs and what callers see of a cluster, shared by the console's forms
// and the REST API. Client-safe: credentials appear here only as write-only inputs.
import { z } from 'zod';
import { BEARER_TOKEN_MAX, DESCRIPTION_MAX, DNS_LABEL_MAX, DNS_SUBDOMAIN_MAX, KUBECONFIG_MAX, PEM_MAX, URL_MAX } from './limits';
import { refuseUnsafeText, safeText } from './text';

export const ClusterName = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(DNS_LABEL_MAX, `Must be at most ${DNS_LABEL_MAX} characters.`)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'Use lower-case letters, digits and dashes; start and end with a letter or digit.')
  // The console's registration page lives at /clusters/new.
  .refine((v) => v !== 'new', 'This name is reserved: choose another.')
  .meta({ description: "The cluster's name, unique in the organization; workspaces refer to it.", example: 'prod-eu' });

/** Empty strings from forms mean "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const ApiServerUrl = z
  .string()
  .trim()
  .max(URL_MAX)
  .refine((v) => URL.canParse(v), 'Must be a URL such as https://k8s.example.com:6443.')
  .refine((v) => !URL.canParse(v) || new URL(v).protocol === 'https:', 'Only https:// API servers are allowed.')
  .refine((v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password), 'Must not contain a user name or password.')
  .refine((v) => !URL.canParse(v) || (!new URL(v).search && !new URL(v).hash), 'Must not contain a query or fragment.')
  .transform((v) => v.replace(/\/+$/, ''))
  .meta({ description: "The Kubernetes API server's address (https:// only).", example: 'https://k8s.example.com:6443' });

const PEM_CERT = /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/;
const PEM_KEY = /^-----BEGIN ([A-Z ]+ )?PRIVATE KEY-----[\s\S]+-----END ([A-Z ]+ )?PRIVATE KEY-----\s*$/;

export const CaPem = z
  .string()
  .trim()
  .max(PEM_MAX, 'Too long for a CA bundle.')
  .superRefine(refuseUnsafeText({ multiline: true }))
  .regex(PEM_CERT, 'Paste the PEM certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.')
  .meta({ description: "PEM certificate(s) of the API server's certificate authority." });

export const TlsServerName = z
  .string()
  .trim()
  .max(DNS_SUBDOMAIN_MAX)
  .regex(/^[a-zA-Z0-9]([-.a-zA-Z0-9]*[a-zA-Z0-9])?$/, 'Must be a host name.')
  .meta({ description: "The name to verify the API server's certificate against, when it differs from the address's host." });

const TokenCredentials = z.strictObject({
  type: z.literal('token'),
  token: z.string().trim().min(1, 'Required.').max(BEARER_TOKEN_MAX).regex(/^[\x21-\x7e]+$/, 'A token is one line of printable characters.'),
});

const ClientCertificateCredentials = z.strictObject({
  type: z.literal('client_certificate'),
  clientCertificatePem: z.string().trim().max(PEM_MAX).superRefine(refuseUnsafeText({ multiline: true })).regex(PEM_CERT, 'Paste the PEM client certificate.'),
  clientKeyPem: z.string().trim().max(PEM_MAX).superRefine(refuseUnsafeText({ multiline: true })).regex(PEM_KEY, 'Paste the PEM private key of the client certificate.'),
});

const KubeconfigCredentials = z.strictObject({
  type: z.literal('kubeconfig'),
  kubeconfig: z.string().min(1, 'Required.').max(KUBECONFIG_MAX, 'Too long for a kubeconfig.'),
  /** Defaults to the kubeconfig's current-context. */
  context: z.preprocess(blankToUndefined, safeText(DNS_SUBDOMAIN_MAX).optional()),
});

export const ClusterCredentialsInput = z
  .discriminatedUnion('type', [TokenCredentials, ClientCertificateCredentials, KubeconfigCredentials])
  .meta({
    description:
      'Write-only. A bearer token, a client certificate and key, or a pasted kubeconfig and the context to use (its server, CA and credentials are taken from it; exec plugins, auth providers, file paths and proxies are refused).',
  });
export type ClusterCredentialsInput = z.input<typeof ClusterCredentialsInput>;

const connectionFields = {
  /** Taken from the kubeconfig when credentials are a kubeconfig. */
  apiServerUrl: z.preprocess(blankToUndefined, ApiServerUrl.optional()),
  caPem: z.preprocess(blankToUndefined, CaPem.nullish()),
  tlsServerName: z.preprocess(blankToUndefined, TlsServerName.nullish()),
  insecureSkipTlsVerify: z.boolean().meta({ description: 'Opt out of TLS verification for this cluster: audited and shown as insecure everywhere.' }),
};

export const RegisterClusterInput = z
  .strictObject({
    name: ClusterName,
    description: safeText(DESCRIPTION_MAX, { multiline: true }).default(''),
    ...connectionFields,
    insecureSkipTlsVerify: connectionFields.insecureSkipTlsVerify.default(false),
    credentials: ClusterCredentialsInput,
  })
  .superRefine((v, ctx) => {
    if (v.credentials.type === 'kubeconfig') {
      for (const key of ['apiServerUrl', 'caPem', 'tlsServerName'] as const) {
        if (v[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'Comes from the kubeconfig: leave it empty.' });
      }
    } else if (!v.apiServerUrl) {
      ctx.addIssue({ code: 'custom', path: ['apiServerUrl'], message: 'Required.' });
    }
  });
export type RegisterClusterInput = z.input<typeof RegisterClusterInput>;

/** Renaming or describing keeps the credentials; new credentials (or address) replace them and are tested. */
export const UpdateClusterInput = z
  .strictObject({
    name: ClusterName.optional(),
    description: safeText(DESCRIPTION_MAX, { multiline: true }).optional(),
    apiServerUrl: connectionFields.apiServerUrl,
    caPem: connectionFields.caPem,
    tlsServerName: connectionFields.tlsServerName,
    insecureSkipTlsVerify: connectionFields.insecureSkipTlsVerify.optional(),
    credentials: ClusterCredentialsInput.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.credentials?.type === 'kubeconfig') {
      for (const key of ['apiServerUrl', 'caPem', 'tlsServerName'] as const) {
        if (v[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'Comes from the kubeconfig: leave it empty.' });
      }
    }
  });
export type UpdateClusterInput = z.input<typeof UpdateClusterInput>;

export const CLUSTER_HEALTH = ['unknown', 'reachable', 'auth_failed', 'unreachable', 'crds_missing'] as const;
export type ClusterHealth = (typeof CLUSTER_HEALTH)[number];

export const CONNECTION_PROBLEMS = [
  'address_refused',
  'tls_failed',
  'unreachable',
  'auth_failed',
  'crds_missing',
  'permissions_missing',
  'error',
] as const;
export type ConnectionProblem = (typeof CONNECTION_PROBLEMS)[number];

const PermissionSchema = z.object({ group: z.string(), resource: z.string(), subresource: z.string().optional(), name: z.string().optional(), verb: z.string() });

export const ConnectionReportSchema = z
  .object({
    checkedAt: z.string(),
    /** The health this result records. */
    health: z.enum(CLUSTER_HEALTH),
    /** The first thing wrong, or null when everything Flotilla needs is in place. */
    problem: z.enum(CONNECTION_PROBLEMS).nullable(),
    summary: z.string(),
    durationMs: z.number().int(),
    steps: z.array(z.object({ name: z.string(), ok: z.boolean().nullable(), detail: z.string() })),
    identity: z.object({ username: z.string(), groups: z.array(z.string()) }).nullable(),
    kubernetesVersion: z.string().nullable(),
    crds: z
      .object({
        installed: z.array(z.string()),
        missing: z.array(z.string()),
        flinkVersions: z.array(z.string()),
        /** Each Flink kind served, with the API versions it is served in. */
        served: z.record(z.string(), z.array(z.string())).optional(),
        operator: z
          .object({
            version: z.string().nullable().meta({ description: "The operator's version, when its Deployment could be read; null when only its CRDs are known." }),
            source: z.enum(['deployment', 'crds']),
            savepoints: z.enum(['snapshot', 'trigger_nonce']).meta({ description: 'How savepoints are taken: FlinkStateSnapshot (1.10+) or spec.job.savepointTriggerNonce.' }),
            detail: z.string(),
          })
          .optional(),
      })
      .nullable(),
    permissions: z
      .object({ checked: z.number().int(), missing: z.array(PermissionSchema), rbac: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'ClusterConnectionReport' });
export type ConnectionReport = z.infer<typeof ConnectionReportSchema>;

export const ClusterSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    apiServerUrl: z.string(),
    caPem: z.string().nullable(),
    tlsServerName: z.string().nullable(),
    insecure: z.boolean().meta({ description: 'TLS verification is off for this cluster.' }),
    credentialKind: z.enum(['token', 'client_certificate']),
    health: z.object({
      status: z.enum(CLUSTER_HEALTH).meta({ description: 'Never healthier than the last success allows: a stale success reads unknown.' }),
      message: z.string().nullable(),
      lastCheckedAt: z.string().nullable(),
      lastSuccessAt: z.string().nullable(),
    }),
    kubernetesVersion: z.string().nullable(),
    flinkVersions: z.array(z.string()),
    workspaces: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Cluster' });
export type ClusterDto = z.infer<typeof ClusterSchema>;

export const ClusterDetailSchema = ClusterSchema.extend({ connectionReport: ConnectionReportSchema.nullable() }).meta({ id: 'ClusterDetail' });
export type ClusterDetailDto = z.infer<typeof ClusterDetailSchema>;

export const ClusterListSchema = z.object({ items: z.array(ClusterSchema) });
