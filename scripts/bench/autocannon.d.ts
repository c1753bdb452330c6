// The part of autocannon 9's API that the bench and the load test use (the package ships no types).
declare module 'autocannon' {
  type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    /** Runs the load in this many worker threads, leaving the main thread free. */
    workers?: number;
    headers?: Record<string, string>;
    /** Each connection sends these in turn, over and over (paths relative to `url`). */
    requests?: { path?: string; method?: string; headers?: Record<string, string> }[];
  };
  type Result = {
    url: string;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    duration: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  type Instance = PromiseLike<Result> & { stop: () => void };
  function autocannon(options: Options): Instance;
  export = autocannon;
}
