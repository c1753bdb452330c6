// Section 2 of `npm run bench`: what a shared link costs the server, measured side by side in one run, and what
// thousands of distinct hostile views cost its memory.
import { setTimeout as sleep } from 'node:timers/promises';
import { type CannonSummary, cannon } from './cannon';
import { hostileViews } from './hostile-queries';
import { median } from './interactions';
import { goalList, mib, ms, type Row, ratio, type SectionReport } from './report';
import { cpuSeconds, rssBytes, type Server } from './server';

const connections = 20;
/** Each target is measured in rounds taken in turn, so that a change in the machine's load hits all of them. */
const rounds = 8;
const roundSeconds = 3;
const hostileCount = 10_000;
/** The front server's default cache bound (PARLEY_CACHE_MB). */
const cacheMiB = 64;

const targets = [
  { name: 'shared compare view', path: '/?mode=compare&parties=russia,ukraine,united-states', goal: 0.5 },
  { name: '/methodology (static)', path: '/methodology', goal: undefined },
  { name: 'preview image', path: '/og/stances?mode=compare&parties=russia,ukraine,united-states', goal: 0.5 },
] as const;

type Measured = {
  requests: number;
  seconds: number;
  cpu: number;
  /** req/s of each round, in order: compared round by round with the static page's. */
  rates: number[];
  p50: number[];
  p99: number[];
  bad: number;
};

const perSecond = (m: Measured) => m.requests / m.seconds;
const cpuPerRequest = (m: Measured) => m.cpu / Math.max(m.requests, 1);

export async function throughputSection(server: Server): Promise<SectionReport> {
  const { goals, goal } = goalList();

  // Warm each route (code loading, JIT, the cache) before measuring.
  for (const target of targets) await cannon(`${server.origin}${target.path}`, 3, 10);
  const measured: Measured[] = targets.map(() => ({
    requests: 0,
    seconds: 0,
    cpu: 0,
    rates: [],
    p50: [],
    p99: [],
    bad: 0,
  }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const m = measured[i] as Measured;
      const cpuBefore = cpuSeconds(server.pid);
      const c: CannonSummary = await cannon(`${server.origin}${target.path}`, roundSeconds, connections);
      m.cpu += cpuSeconds(server.pid) - cpuBefore;
      m.requests += c.requests;
      m.seconds += c.seconds;
      m.rates.push(c.reqPerSec);
      m.p50.push(c.p50Ms);
      m.p99.push(c.p99Ms);
      m.bad += c.errors + c.timeouts + c.non2xx;
    }
  }
  const statik = measured[1] as Measured;

  const rows: Row[] = targets.map((target, i) => {
    const m = measured[i] as Measured;
    // Round by round, so that a burst of background load on the machine hits both sides of a ratio alike.
    const rateRatio = median(m.rates.map((rate, round) => rate / (statik.rates[round] ?? Number.NaN)));
    // What one server can carry: the inverse of its CPU time per request, which the load generator cannot distort.
    const capacityRatio = cpuPerRequest(statik) / cpuPerRequest(m);
    return {
      route: target.name,
      'req/s': perSecond(m).toFixed(0),
      'p50 / p99': `${ms(median(m.p50))} / ${ms(Math.max(...m.p99))}`,
      'errors+timeouts+non-2xx': String(m.bad),
      'server CPU per request': `${(cpuPerRequest(m) * 1e6).toFixed(0)} µs`,
      'capacity ratio (CPU)': target.goal === undefined ? '1.00×' : ratio(capacityRatio),
      'req/s ratio': target.goal === undefined ? '1.00×' : ratio(rateRatio),
      goal: target.goal === undefined ? '' : `≥ ${target.goal}×`,
      result:
        target.goal === undefined
          ? goal(`${target.name}: zero errors, zero non-2xx`, `${m.bad}`, m.bad === 0)
          : goal(
              `${target.name} ≥ ${target.goal}× the static page's capacity (server CPU per request), cleanly`,
              `CPU ${ratio(capacityRatio)} (req/s ${ratio(rateRatio)})`,
              capacityRatio >= target.goal && m.bad === 0,
            ),
    };
  });

  const memory = await hostileMemory(server);
  const growthOverLastHalf = (memory.final - memory.half) / memory.half;
  const flat = growthOverLastHalf <= 0.05;
  rows.push({
    route: `RSS after ${hostileCount.toLocaleString('en')} distinct hostile views`,
    'req/s': '',
    'p50 / p99': '',
    'errors+timeouts+non-2xx': `${memory.failed + memory.errors5xx}`,
    'server CPU per request': '',
    'capacity ratio (CPU)': mib(memory.final, 0),
    'req/s ratio': '',
    goal: 'flat: last half ≤ +5 %',
    result: goal(
      `RSS after ${hostileCount} hostile views stops growing (last 5,000 add ≤ 5 %)`,
      `${mib(memory.final, 0)} (warm ${mib(memory.warm, 0)}, after 5,000 ${mib(memory.half, 0)}, ${(growthOverLastHalf * 100).toFixed(1)} %)`,
      flat && memory.errors5xx === 0 && memory.failed === 0,
    ),
  });

  return {
    title: `2. Throughput and memory (front server; autocannon, ${connections} connections, ${rounds} × ${roundSeconds} s each in turn, loopback)`,
    rows,
    notes: [
      "Ratios are against /methodology in the same run. Capacity: the inverse of the server's CPU time per request (/proc/PID/stat, user + system), what one server can carry, which neither the load generator nor other work on the machine distorts; the goal is judged on it. req/s: the median over the rounds of each round's ratio, as autocannon counts it; the view's page is 7× the static page's bytes, and autocannon turns every body into a string, so req/s is bounded by the client here.",
      "autocannon 9 appends each body to a string (`req.body += data`), so a binary body such as a PNG costs the client a UTF-8 decode per chunk: on this machine a bare Node server sending the same PNG reaches about a tenth of its rate for ASCII bytes of the same size. When the image's req/s ratio is far below its CPU ratio, the client was the bottleneck.",
      `RSS of the one server process while hostile views arrive: ${memory.samples
        .map(([n, bytes]) => `${n.toLocaleString('en')} → ${mib(bytes, 0)}`)
        .join(
          ', ',
        )}; statuses ${JSON.stringify(memory.statuses)}. Of that, the answer cache holds at most ${cacheMiB} MiB (PARLEY_CACHE_MB).`,
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
  let sent = 0;
  let done = 0;
  const worker = async () => {
    while (sent < paths.length) {
      const path = paths[sent++] as string;
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
      done++;
      if (done % 2500 === 0 && done < paths.length) samples.push([done, rssBytes(server.pid)]);
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
