// The server's settings: one zod schema, read from the environment, explained in the README.
import { z } from 'zod';
import { parseTrustedProxies } from './trusted-proxies';

export const CLUSTER_ADDRESS_POLICIES = ['public', 'private', 'loopback'] as const;
export type ClusterAddressPolicy = (typeof CLUSTER_ADDRESS_POLICIES)[number];

const base64Key = z
  .string()
  .trim()
  .refine((v) => Buffer.from(v, 'base64').length === 32, {
    message: 'must be 32 random bytes in base64 (generate one with: openssl rand -base64 32)',
  });

export const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    FLOTILLA_DATA_DIR: z.string().trim().min(1).default('./.data'),
    FLOTILLA_SECRET_KEY: base64Key.optional(),
    /** Earlier secret keys, comma-separated: still read (credentials encrypted under them) until `npm run keys:rotate`. */
    FLOTILLA_PREVIOUS_SECRET_KEYS: z
      .string()
      .trim()
      .default('')
      .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
      .pipe(z.array(base64Key)),
    AUTH_SECRET: z.string().trim().min(32, 'must be at least 32 characters (openssl rand -base64 32)').optional(),
    FLOTILLA_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('http://localhost:3000'),
    FLOTILLA_CLUSTER_ADDRESSES: z
      .enum(CLUSTER_ADDRESS_POLICIES, { error: `must be one of: ${CLUSTER_ADDRESS_POLICIES.join(', ')}` })
      .default('private'),
    FLOTILLA_SIGNUP: z.enum(['open', 'invite-only'], { error: 'must be open or invite-only' }).default('open'),
    FLOTILLA_WORKER: z.enum(['in-process', 'off'], { error: 'must be in-process or off' }).default('in-process'),
    /** Reverse proxies whose X-Forwarded-For/-Proto are believed (addresses or CIDR ranges, comma-separated); none by default. */
    FLOTILLA_TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((value, ctx) => {
        try {
          return parseTrustedProxies(value);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
    FLOTILLA_STATUS_POLL_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(200, 'must be at least 200').max(600_000).default(30_000),
    FLOTILLA_OPERATOR_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(1, 'must be at least 1').max(86_400).default(120),
  })
  .superRefine((env, ctx) => {
    // With a real database the deployment may have many replicas: they must share keys, so
    // keys come from the environment instead of being generated locally.
    if (!env.DATABASE_URL) return;
    for (const key of ['FLOTILLA_SECRET_KEY', 'AUTH_SECRET'] as const) {
      if (!env[key]) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required when DATABASE_URL is set' });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/** Turns zod's issues into one message a person can act on. */
export function describeConfigErrors(error: z.ZodError): string {
  const lines = error.issues.map((i) => `  - ${i.path.join('.') || 'environment'}: ${i.message}`);
  return `Flotilla cannot start: the configuration is invalid.\n${lines.join('\n')}\nSee "Configuration" in README.md.`;
}
