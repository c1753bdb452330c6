import type { NextRequest } from 'next/server';
import { feedFor } from '@/app/views/feed';

/** The Atom feed of changes of stance, filtered by party and issue through its URL. */
export function GET(request: NextRequest) {
  return new Response(feedFor(request.nextUrl.searchParams), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
