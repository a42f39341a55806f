// Builds the OpenAPI 3.1 document from the registered operations' own zod schemas, so the
// document cannot drift from what the handlers accept and return.
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { isBodyRequired, type ApiOperation } from '../operation';
import { API_OPERATIONS } from '../operations';

const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'not_found' }),
      message: z.string(),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: 'With `validation_failed`: messages per field path (`_` for the whole body).' }),
    }),
  })
  .meta({ id: 'Error' });

const PARAM_DESCRIPTIONS: Record<string, string> = { org: "The organization's slug." };

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorSchema } } };
}

function toOperationObject(op: ApiOperation): ZodOpenApiOperationObject {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const path = names.length
    ? z.object(Object.fromEntries(names.map((n) => [n, z.string().meta({ description: op.params?.[n] ?? PARAM_DESCRIPTIONS[n] ?? n })])))
    : undefined;
  const status = op.response ? String(op.successStatus ?? 200) : '204';
  const responses: ZodOpenApiOperationObject['responses'] = {
    [status]: op.response
      ? { description: 'Success.', content: { 'application/json': { schema: op.response } } }
      : { description: 'Done; no content.' },
    // Refused before any route runs (proxy.ts, the API wrapper): nothing here can hold such text.
    '400': errorResponse('The path or query string holds a NUL character, an unpaired surrogate or invalid percent-encoding.'),
    '401': errorResponse('Not signed in, or the API token is invalid, expired or revoked.'),
  };
  if (op.permission || op.method !== 'GET') responses['403'] = errorResponse("The caller's role or the token's scopes do not allow this.");
  if (op.org) responses['404'] = errorResponse('Not found, or not visible to the caller.');
  if (op.method !== 'GET') responses['409'] = errorResponse('Conflicts with the current state (a duplicate name, the last owner, …).');
  if (op.body) responses['413'] = errorResponse('The request body is larger than 1 MiB.');
  if (op.body || op.query) responses['422'] = errorResponse('The input is invalid: see `fieldErrors`.');
  responses['429'] = errorResponse('Too many failed attempts; see the Retry-After header.');
  const permission = op.permission ? `Requires the permission \`${op.permission}\`.` : undefined;
  // One rule for every PATCH, said where clients read it.
  const patch = op.method === 'PATCH' ? 'Send only the fields to change; an empty object changes nothing and answers 422.' : undefined;
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, patch, permission].filter(Boolean).join('\n\n') || undefined,
    ...(op.permission ? { 'x-permission': op.permission } : {}),
    requestParams: { ...(path ? { path } : {}), ...(op.query ? { query: op.query as z.ZodObject } : {}) },
    ...(op.body ? { requestBody: { required: isBodyRequired(op.method, op.body), content: { 'application/json': { schema: op.body } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(serverUrl: string, operations: readonly ApiOperation[] = API_OPERATIONS) {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    (item as Record<string, ZodOpenApiOperationObject>)[op.method.toLowerCase()] = toOperationObject(op);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Flotilla API',
      version: '1',
      description:
        'Everything the Flotilla console does, for automation. Authenticate with a service account token ' +
        '(`Authorization: Bearer flt_…`) or, from the console, the session cookie. Errors are `{ "error": { "code", "message" } }`. ' +
        'Lists take `limit` (1–100) and `cursor` and answer `{ items, nextCursor }`.',
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', bearerFormat: 'flt_…', description: 'A service account API token.' },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'authjs.session-token',
          description: 'The console session (`__Secure-authjs.session-token` over https). State-changing calls must come from the console origin.',
        },
      },
    },
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
  });
}
