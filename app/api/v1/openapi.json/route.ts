// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public: it describes the API and
// holds no data.
import { buildOpenApiDocument } from '@/lib/api/openapi/document';
import { getConfig } from '@/lib/config';

export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json(buildOpenApiDocument(getConfig().publicUrl), { headers: { 'cache-control': 'public, max-age=300' } });
}
