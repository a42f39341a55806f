// The API reference: the same OpenAPI document /api/v1/openapi.json serves, rendered.
import type { Metadata } from 'next';
import { ApiReference, type OpenApiDocument } from '@/components/api-reference/api-reference';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { buildOpenApiDocument } from '@/lib/api/openapi/document';
import { getPageOrgCtx } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'API reference' };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await getPageOrgCtx(org);
  const base = getConfig().publicUrl;
  const doc = buildOpenApiDocument(base) as unknown as OpenApiDocument;
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Everything the console does, for automation. The machine-readable document is at{' '}
            <a href="/api/v1/openapi.json" className="font-mono text-accent-700 hover:underline dark:text-accent-100">/api/v1/openapi.json</a>.
          </>
        }
      />
      <Card className="mb-8">
        <div className="flex flex-col gap-2 text-sm">
          <p>
            Authenticate with a service account token: create one under{' '}
            <a href={`/orgs/${org}/service-accounts`} className="text-accent-700 hover:underline dark:text-accent-100">Service accounts</a>.
          </p>
          <pre className="overflow-x-auto rounded-md bg-surface-muted p-3 font-mono text-xs">{`curl -H "Authorization: Bearer flt_…" ${base}/api/v1/orgs/${org}/service-accounts`}</pre>
          <p className="text-fg-muted">
            Errors answer <code className="font-mono">{'{ "error": { "code", "message" } }'}</code> with 401, 403, 404, 409, 422 (with{' '}
            <code className="font-mono">fieldErrors</code>) or 429 (with Retry-After). Lists take <code className="font-mono">limit</code> (1–100) and{' '}
            <code className="font-mono">cursor</code> and answer <code className="font-mono">{'{ items, nextCursor }'}</code>.
          </p>
        </div>
      </Card>
      <ApiReference doc={doc} />
    </>
  );
}
