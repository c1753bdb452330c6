// Throughput with autocannon on loopback.
import autocannon from 'autocannon';

export type CannonSummary = {
  url: string;
  seconds: number;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

/** Runs autocannon against one URL and returns the figures the reports use. */
export async function cannon(
  url: string,
  seconds: number,
  connections = 50,
  options: { workers?: number } = {},
): Promise<CannonSummary> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing a non-loopback target: ${url}`);
  // As browsers, link-preview bots and CDNs ask: compressed where the server can compress.
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { 'accept-encoding': 'gzip, br' },
    ...options,
  });
  return {
    url,
    seconds,
    connections,
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
