// Every size limit on what people and API clients send, in one place. Each fits its meaning
// (Kubernetes' and Flink's own limits where they have one) and bounds what one request can make
// Flotilla store, render and send to a cluster. The schemas use these with `.max()`, so the
// OpenAPI document publishes them (maxLength, maxItems, maxProperties) and the forms show them
// (maxLength on inputs). Pure and client-safe.

// ---- people, organizations and their things ----------------------------------------------
export const PERSON_NAME_MAX = 100;
export const ORGANIZATION_NAME_MAX = 100;
/** RFC 5321: a forward-path is at most 256 octets, so an address at most 254 characters. */
export const EMAIL_MAX = 254;
/** Passwords (lib/auth/password-policy.ts); also bounds what argon2 hashes on sign-in. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
export const DESCRIPTION_MAX = 500;
export const SERVICE_ACCOUNT_NAME_MAX = 64;
export const TOKEN_NAME_MAX = 64;
/** Single-use tokens Flotilla makes (invitations): far longer than any it issues. */
export const ONE_TIME_TOKEN_MAX = 200;
/** RFC 1123 labels: namespaces, workspace and cluster names. */
export const DNS_LABEL_MAX = 63;
/** A DNS subdomain (host names, kubeconfig context names, label prefixes). */
export const DNS_SUBDOMAIN_MAX = 253;
export const AUDIT_FILTER_MAX = 200;
export const CURSOR_MAX = 1000;
/** An ISO 8601 time with fractions and an offset. */
export const TIMESTAMP_MAX = 64;
/** A Kubernetes quantity ("500m", "16Gi"). */
export const QUANTITY_MAX = 64;

// ---- cluster registration ---------------------------------------------------------------
export const URL_MAX = 2000;
/** A CA bundle or a client certificate chain: a handful of PEM certificates. */
export const PEM_MAX = 64_000;
/** Bearer tokens (service-account JWTs run to a few KiB; OIDC tokens with groups longer). */
export const BEARER_TOKEN_MAX = 16_000;
export const KUBECONFIG_MAX = 256_000;

// ---- Flink specs --------------------------------------------------------------------------
/** An OCI image reference: 255 for the repository, 128 for the tag, a digest. */
export const IMAGE_MAX = 512;
/** jar URIs, state directories, savepoint paths, extra jars. */
export const URI_MAX = 2048;
/** A Java class name. */
export const CLASS_NAME_MAX = 512;
export const FLINK_VERSION_MAX = 16;
/** Memory sizes ("2048m") and intervals ("1h", a Quartz cron expression). */
export const SHORT_VALUE_MAX = 128;
export const JOB_ARG_MAX = 4096;
export const JOB_ARGS_MAX_ITEMS = 256;
/** Flink's keys are short dotted names; values include long ones such as env.java.opts. */
export const CONFIG_KEY_MAX = 256;
export const CONFIG_VALUE_MAX = 8192;
export const CONFIG_ENTRIES_MAX = 256;
/** A label key: a DNS-subdomain prefix, a slash and a 63-character name; values at most 63. */
export const LABEL_KEY_MAX = DNS_SUBDOMAIN_MAX + 1 + DNS_LABEL_MAX;
export const LABEL_VALUE_MAX = DNS_LABEL_MAX;
export const LABELS_MAX = 64;
/** One log configuration file (log4j-console.properties, logback-console.xml). */
export const LOG_FILE_MAX = 64_000;
export const LOG_FILES_MAX = 2;
export const PLUGIN_NAME_MAX = 255;
export const PLUGINS_MAX_ITEMS = 64;
export const EXTRA_JARS_MAX_ITEMS = 64;
/**
 * A pod template, as YAML text or as the JSON of its object: generous for volumes, sidecars and
 * environment, far below what the FlinkDeployment may weigh in etcd (about 1.5 MiB in all).
 */
export const POD_TEMPLATE_MAX = 128_000;
/** Nesting deeper than any pod spec goes (a container's probe's exec command is about 8). */
export const POD_TEMPLATE_MAX_DEPTH = 32;
/** Top-level fields of a pod template object (apiVersion, kind, metadata, spec). */
export const POD_TEMPLATE_MAX_FIELDS = 16;
