// `npm run load`: a load test of the production server on loopback. Builds unless --no-build, starts `npm start`
// (the front server), then three times: autocannon with 50 connections for 30 s on the typical shared URL while
// /methodology is probed one request at a time every ~200 ms; every probe must answer 2xx in < 100 ms, the load
// must see zero errors and zero non-2xx, and the server's RSS must not grow by more than 10 % from run 1 to run 3.
// Options: --no-build, --port=N (default 3340), --runs=N (default 3), --seconds=N (default 30). Exit 1 on failure.
import { setTimeout as sleep } from 'node:timers/promises';
import { type CannonSummary, cannon } from './bench/cannon';
import { percentile } from './bench/interactions';
import { sharedUrl } from './bench/js-weight';
import { machine, mib, ms, type Row, table } from './bench/report';
import { build, rssBytes, startServer, timedGet } from './bench/server';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const port = option('port', 3340);
const runs = Math.min(option('runs', 3), 10);
const seconds = Math.min(option('seconds', 30), 300);
const probePath = '/methodology';
const probeEveryMs = 200;
const probeLimitMs = 100;
const maxGrowth = 0.1;

type ProbeStats = { count: number; slow: number; failed: number; p50: number; p99: number; max: number };

/** Probes `url` sequentially every ~200 ms until `until` settles (bounded by a deadline as well). */
async function probe(url: string, until: Promise<unknown>, deadlineMs: number): Promise<ProbeStats> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const times: number[] = [];
  let failed = 0;
  const deadline = Date.now() + deadlineMs;
  while (!done && Date.now() < deadline) {
    const started = Date.now();
    try {
      const { status, ms: took } = await timedGet(url);
      times.push(took);
      if (status < 200 || status >= 300) failed++;
    } catch {
      failed++;
      times.push(Number.POSITIVE_INFINITY);
    }
    const wait = probeEveryMs - (Date.now() - started);
    if (wait > 0) await sleep(wait);
  }
  const finite = times.filter(Number.isFinite);
  return {
    count: times.length,
    slow: times.filter((t) => t >= probeLimitMs).length,
    failed,
    p50: percentile(finite, 50),
    p99: percentile(finite, 99),
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}

async function main(): Promise<number> {
  console.log(`# Parley load test\n\n${machine()}\ncommand: npm run load ${args.join(' ')}`.trim());
  if (!args.includes('--no-build')) build();
  const server = await startServer(port);
  const failures: string[] = [];
  try {
    const loadUrl = `${server.origin}${sharedUrl}`;
    const probeUrl = `${server.origin}${probePath}`;
    // Warm-up, so that run 1's RSS is the steady state rather than the cold start.
    await cannon(loadUrl, 3, 10, { workers: 1 });
    for (let i = 0; i < 5; i++) await timedGet(probeUrl);
    await sleep(1000);
    const rssStart = rssBytes(server.pid);
    console.log(`\nserver pid ${server.pid}, RSS after warm-up ${mib(rssStart)}`);

    const rows: Row[] = [];
    const rss: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const before = rssBytes(server.pid);
      // autocannon runs in a worker thread so that the probe's timings are not held up by its event loop.
      const load: Promise<CannonSummary> = cannon(loadUrl, seconds, 50, { workers: 1 });
      const probes = await probe(probeUrl, load, (seconds + 60) * 1000);
      const result = await load;
      await sleep(2000);
      const after = rssBytes(server.pid);
      rss.push(after);
      const runFailures = [
        ...(result.errors > 0 ? [`${result.errors} errors`] : []),
        ...(result.timeouts > 0 ? [`${result.timeouts} timeouts`] : []),
        ...(result.non2xx > 0 ? [`${result.non2xx} non-2xx`] : []),
        ...(probes.failed > 0 ? [`${probes.failed} failed probes`] : []),
        ...(probes.slow > 0 ? [`${probes.slow} of ${probes.count} probes ≥ ${probeLimitMs} ms`] : []),
      ];
      for (const f of runFailures) failures.push(`run ${run}: ${f}`);
      rows.push({
        run: String(run),
        'req/s': result.reqPerSec.toFixed(0),
        requests: String(result.requests),
        p99: ms(result.p99Ms),
        'errors/timeouts/non-2xx': `${result.errors}/${result.timeouts}/${result.non2xx}`,
        probes: String(probes.count),
        'probe p50': ms(probes.p50),
        'probe p99': ms(probes.p99),
        'probe max': ms(probes.max),
        [`probes ≥ ${probeLimitMs} ms`]: String(probes.slow),
        'RSS before': mib(before),
        'RSS after': mib(after),
        result: runFailures.length ? 'FAILED' : 'ok',
      });
      console.log(`  run ${run} done: ${result.reqPerSec.toFixed(0)} req/s, RSS ${mib(after)}`);
    }
    const first = rss[0] ?? Number.NaN;
    const last = rss[rss.length - 1] ?? Number.NaN;
    const growth = (last - first) / first;
    if (runs >= 2 && growth > maxGrowth) {
      failures.push(
        `RSS grew ${(growth * 100).toFixed(1)} % from run 1 to run ${runs} (limit ${maxGrowth * 100} %)`,
      );
    }
    const { text, markdown } = table(rows);
    console.log(
      `\n## Load: autocannon 50 connections × ${seconds} s on the shared URL, ${probePath} probed every ${probeEveryMs} ms\n\n${text}`,
    );
    console.log(
      `\nRSS after warm-up ${mib(rssStart)}; after run 1 ${mib(first)}, after run ${runs} ${mib(last)}: ` +
        `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (limit +${maxGrowth * 100} %)`,
    );
    console.log(`\n## Markdown\n\n${markdown}\n`);
  } finally {
    await server.stop();
  }
  if (failures.length) {
    console.log(`\nFAILED:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
    return 1;
  }
  console.log('\nok: no errors, every probe under 100 ms, no memory growth');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
