import type { NextRequest } from 'next/server';
import { getCellHistory } from '@/lib/data/stance-data';

/** One cell's dated positions with their evidence, fetched when a reader opens the cell. */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const history = getCellHistory(params.get('party') ?? '', params.get('issue') ?? '');
  if (!history) return Response.json({ error: 'unknown party or issue' }, { status: 404 });
  return Response.json({ history }, { headers: { 'cache-control': 'public, max-age=300' } });
}
