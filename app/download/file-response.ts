/** A download with its name and type; never sniffed, never cached past the deploy that made it. */
export function fileResponse(body: string, name: string, type: string): Response {
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'public, max-age=300',
    },
  });
}
