/** A download with its name and type. Its caching is the front server's, as for every view (README, Deploying). */
export function fileResponse(body: string, name: string, type: string): Response {
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}
