import type { NextRequest } from 'next/server';
import { dashboardFor, openCellOf } from '@/app/views/dashboard';

/**
 * The evidence of the cell a dashboard URL names, as data: what a page with JavaScript fetches to open a cell
 * without rendering the whole page again. The same query as the page's, so caches keep one copy per cell and view.
 */
export function GET(request: NextRequest): Response {
  const open = openCellOf(dashboardFor(request.nextUrl.searchParams));
  if (!open) {
    return Response.json(
      { error: 'This query names no known cell: give cell=party:issue with the view’s other parameters.' },
      { status: 404 },
    );
  }
  return Response.json(open);
}
