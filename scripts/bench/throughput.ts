// Section 2 of `npm run bench`: what a shared link costs the server, measured side by side in one run, and what
// thousands of distinct hostile views cost its memory.
import { setTimeout as sleep } from 'node:timers/promises';
import { type CannonSummary, cannon } from './cannon';
import { hostileViews } from './hostile-queries';
import { mark, ms, type Row, ratio } from './report';
import { rssBytes, type Server } from './server';

export type SectionReport = {
  title: string;
  rows: Row[];
  notes: string[];
  goals: { goal: string; measured: string; ok: boolean }[];
};

const connections = 20;
const seconds = 20;
const hostileCount = 10_000;
/** The front server's default cache bound (PARLEY_CACHE_MB), which the memory goal allows for. */
const cacheMiB = 64;
/** What the heap and Next.js's own caches may add on top of the cache, once warm. */
const headroomMiB = 96;

const targets = [
  { name: 'shared compare view', path: '/?mode=compare&parties=russia,ukraine,united-states', goal: 0.5 },
  { name: '/methodology (static)', path: '/methodology', goal: undefined },
  {
    name: 'preview image',
    path: '/og/stances?mode=compare&parties=russia,ukraine,united-states',
    goal: 0.5,
  },
] as const;

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const clean = (c: CannonSummary) => c.errors === 0 && c.non2xx === 0 && c.timeouts === 0;

export async function throughputSection(server: Server): Promise<SectionReport> {
  const goals: SectionReport['goals'] = [];
  const goal = (text: string, measured: string, ok: boolean) => {
    goals.push({ goal: text, measured, ok });
    return mark(ok);
  };

  // Warm each route (code loading, JIT, the cache) before measuring.
  for (const target of targets) await cannon(`${server.origin}${target.path}`, 3, 10);
  const results: CannonSummary[] = [];
  for (const target of targets)
    results.push(await cannon(`${server.origin}${target.path}`, seconds, connections));
  const staticRate = results[1]?.reqPerSec ?? Number.NaN;

  const rows: Row[] = targets.map((target, i) => {
    const c = results[i] as CannonSummary;
    const r = c.reqPerSec / staticRate;
    return {
      route: target.name,
      'req/s': c.reqPerSec.toFixed(0),
      p50: ms(c.p50Ms),
      p99: ms(c.p99Ms),
      'errors/timeouts/non-2xx': `${c.errors}/${c.timeouts}/${c.non2xx}`,
      'ratio to static': target.goal === undefined ? '1.00×' : ratio(r),
      goal: target.goal === undefined ? '' : `≥ ${target.goal}×`,
      result:
        target.goal === undefined
          ? goal(
              `${target.name}: zero errors, zero non-2xx`,
              `${c.errors} errors, ${c.non2xx} non-2xx`,
              clean(c),
            )
          : goal(
              `${target.name} ≥ ${target.goal}× the static page, cleanly`,
              ratio(r),
              r >= target.goal && clean(c),
            ),
    };
  });

  const memory = await hostileMemory(server);
  const bound = memory.warm + (cacheMiB + headroomMiB) * 1024 ** 2;
  const lastHalf = (memory.final - memory.half) / memory.half;
  const bounded = memory.final <= bound && lastHalf <= 0.05;
  rows.push({
    route: `RSS after ${hostileCount.toLocaleString('en')} distinct hostile views`,
    'req/s': '',
    p50: '',
    p99: '',
    'errors/timeouts/non-2xx': `${memory.failed}/0/${memory.errors5xx} 5xx`,
    'ratio to static': mib(memory.final),
    goal: `≤ ${mib(bound)}, last half +≤ 5 %`,
    result: goal(
      `RSS after ${hostileCount} hostile views ≤ warm + ${cacheMiB + headroomMiB} MiB and flat over the last half`,
      `${mib(memory.final)} (warm ${mib(memory.warm)}, half-way ${mib(memory.half)})`,
      bounded && memory.errors5xx === 0 && memory.failed === 0,
    ),
  });

  return {
    title: `2. Throughput and memory (front server; autocannon, ${connections} connections, ${seconds} s each, loopback)`,
    rows,
    notes: [
      `Ratios are against /methodology in the same run. RSS of the one server process: ${memory.samples
        .map(([n, bytes]) => `${n.toLocaleString('en')} → ${mib(bytes)}`)
        .join(', ')}; statuses ${JSON.stringify(memory.statuses)}.`,
      `Memory bound: the cache holds at most ${cacheMiB} MiB (PARLEY_CACHE_MB); the goal allows ${headroomMiB} MiB more for the heap and Next.js's own caches.`,
    ],
    goals,
  };
}

/** Sends distinct hostile views, a few at a time, and reads the server's RSS as they go. */
async function hostileMemory(server: Server) {
  const paths = hostileViews(hostileCount);
  await sleep(1000);
  const warm = rssBytes(server.pid);
  const samples: [number, number][] = [[0, warm]];
  const statuses: Record<string, number> = {};
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      try {
        const response = await fetch(`${server.origin}${path}`, {
          redirect: 'manual',
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      } catch {
        failed++;
      }
      if (next % 2500 === 0) samples.push([next, rssBytes(server.pid)]);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  await sleep(1000);
  const final = rssBytes(server.pid);
  samples.push([paths.length, final]);
  const half = samples.find(([n]) => n >= paths.length / 2)?.[1] ?? final;
  const errors5xx = Object.entries(statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  return { warm, half, final, samples, statuses, failed, errors5xx };
}
