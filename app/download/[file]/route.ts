import type { NextRequest } from 'next/server';
import { stanceDownload } from '@/app/download/stance-download';
import { territoryDownloads } from '@/app/download/territory-download';
import { downloadFiles } from '@/lib/view/paths';

const handlers: Record<string, (params: URLSearchParams) => Response> = {
  [downloadFiles.stancesCsv]: (p) => stanceDownload(p, 'csv'),
  [downloadFiles.stancesJson]: (p) => stanceDownload(p, 'json'),
  ...territoryDownloads,
};

/** The current view's data as a file: the same rows the page shows, with the sources behind them. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const handler = handlers[file];
  if (!handler) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return handler(request.nextUrl.searchParams);
}
