// `npm run deploy:check`: nginx in front of the app, as deploy/ describes it, on loopback with a local CA, and what
// it promises: HTTP goes to HTTPS with HSTS; a shared view's second request is a cache hit; 50 connections × 30 s
// over 20 shared views give no errors and ≥ 95 % hits; after the data changes and the app restarts, the new data
// is served once the max-age has passed; the MDN HTTP Observatory scores ≥ 90 over TLS, and the app alone passes
// every test that can pass without TLS. Installs nginx (apt-get) and the Observatory (npm, into
// node_modules/.cache) where missing. Options: --no-build, --port=N (first of three loopback ports; default 3360),
// --seconds=N (load duration, default 30). Exits 1 when a goal is missed. Not part of `npm test`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { machine, mark, type Row, table } from './bench/report';
import { build, type Server, startServer } from './bench/server';
import { type Answer, get } from './deploy/client';
import { ensureNginx, type RunningNginx, renderConfig, startNginx } from './deploy/nginx';
import { ensureObservatory, type ObservatoryResult, scan } from './deploy/observatory';
import { sharedViews } from './deploy/shared-views';
import { makeLocalTls } from './deploy/tls';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const basePort = option('port', 3360);
const seconds = option('seconds', 30);
const ports = { app: basePort, http: basePort + 1, https: basePort + 2 };
// Short lifetimes, so that a data change must show within seconds; no stale-while-revalidate, so that "once the
// max-age has passed" is exact. Production uses the defaults in server/http-cache.mjs.
const maxAge = 10;
const lifetimes = {
  PARLEY_CACHE_MAX_AGE: String(maxAge),
  PARLEY_CACHE_S_MAXAGE: String(maxAge),
  PARLEY_CACHE_STALE_WHILE_REVALIDATE: '0',
};

const rows: Row[] = [];
const check = (goal: string, measured: string, ok: boolean) =>
  rows.push({ goal, measured, result: mark(ok) });

async function main(): Promise<number> {
  console.log(
    `# Parley deploy check\n\n${machine()}\ncommand: npm run deploy:check ${args.join(' ')}`.trim(),
  );
  if (!args.includes('--no-build')) build();
  const nginxBinary = ensureNginx();
  ensureObservatory();
  const dir = mkdtempSync(join(tmpdir(), 'parley-deploy-'));
  let app: Server | undefined;
  let nginx: RunningNginx | undefined;
  try {
    const tls = makeLocalTls(dir);
    const ca = readFileSync(tls.caCert);
    const dataDir = join(dir, 'data');
    cpSync('data', dataDir, { recursive: true });
    const startApp = () => startServer(ports.app, { dataDir, env: lifetimes });
    app = await startApp();
    const https = (path: string, headers?: Record<string, string>) =>
      get(`https://127.0.0.1:${ports.https}${path}`, { ca, headers });
    const prefix = join(dir, 'nginx');
    const config = renderConfig({
      prefix,
      app: `127.0.0.1:${ports.app}`,
      httpPort: ports.http,
      httpsPort: ports.https,
      cert: tls.cert,
      key: tls.key,
    });
    nginx = await startNginx(
      nginxBinary,
      config,
      prefix,
      async () => (await https('/methodology')).status === 200,
    );

    const redirect = await get(`http://127.0.0.1:${ports.http}/territory?unit=sqmi`);
    check(
      'HTTP redirects to HTTPS on the same host',
      `${redirect.status} → ${redirect.headers.location}`,
      redirect.status === 301 &&
        redirect.headers.location === `https://127.0.0.1:${ports.https}/territory?unit=sqmi`,
    );
    const hsts = (await https('/')).headers['strict-transport-security'];
    check(
      'HTTPS answers carry one HSTS header',
      String(hsts),
      /^max-age=\d{7,}; includeSubDomains; preload$/.test(String(hsts)),
    );

    const views = sharedViews(dataDir);
    // Each view twice in a row: the first fills the cache, the second must come from it.
    const first: Answer[] = [];
    const second: Answer[] = [];
    for (const view of views) {
      first.push(await https(view));
      second.push(await https(view));
    }
    const notOk = views.filter((_, i) => first[i]?.status !== 200);
    const hits = second.filter((a) => a.headers['x-cache-status'] === 'HIT').length;
    check(
      `the second request of each of ${views.length} shared views is a cache hit`,
      `${hits}/${views.length} HIT${notOk.length ? `; not 200: ${notOk.join(' ')}` : ''} (first: ${first[0]?.headers['x-cache-status']})`,
      hits === views.length && notOk.length === 0,
    );
    const asset = first[0]?.body.match(/\/_next\/static\/[^"]+\.js/)?.[0] ?? '/missing.js';
    await https(asset);
    const assetAgain = await https(asset);
    check(
      '/_next/static is cached and immutable',
      `${assetAgain.headers['cache-control']}, ${assetAgain.headers['x-cache-status']}`,
      assetAgain.headers['cache-control'] === 'public, max-age=31536000, immutable' &&
        assetAgain.headers['x-cache-status'] === 'HIT',
    );

    await loadCheck(nginx, views);
    await dataChangeCheck(dataDir, views, https, async () => {
      await app?.stop();
      app = await startApp();
    });

    const overTls = scan(`127.0.0.1:${ports.https}`, tls.caCert);
    check('MDN HTTP Observatory over nginx (TLS) scores ≥ 90', scoreText(overTls), overTls.score >= 90);
    const plain = scan(`127.0.0.1:${ports.app}`);
    const needTls = new Set(['redirection', 'strict-transport-security']);
    const failing = Object.entries(plain.tests).filter(([name, test]) => !test.pass && !needTls.has(name));
    check(
      'the app alone, over HTTP, passes every Observatory test that can pass without TLS',
      `${scoreText(plain)}; failing beyond ${[...needTls].join(' and ')}: ${failing.map(([n]) => n).join(', ') || 'none'}`,
      failing.length === 0,
    );
  } finally {
    await nginx?.stop();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const { text, markdown } = table(rows);
  const missed = rows.filter((r) => r.result !== mark(true)).length;
  console.log(
    `\n## Deploy check: ${rows.length - missed} met, ${missed} missed\n\n${text}\n\n## Markdown\n\n${markdown}\n`,
  );
  return missed > 0 ? 1 : 0;
}

async function loadCheck(nginx: RunningNginx, views: string[]): Promise<void> {
  const before = nginx.accessLog().length;
  const result = await autocannon({
    url: `https://127.0.0.1:${ports.https}`,
    connections: 50,
    duration: seconds,
    timeout: 10,
    requests: views.map((path) => ({ path })),
  });
  const lines = nginx.accessLog().slice(before);
  const byStatus: Record<string, number> = {};
  for (const line of lines) {
    const status = line.split(' ')[0] ?? '-';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  const ratio = (byStatus.HIT ?? 0) / Math.max(lines.length, 1);
  const errors = result.errors + result.timeouts + result.non2xx;
  check(
    `50 connections × ${seconds} s over ${views.length} shared views: no errors, ≥ 95 % cache hits`,
    `${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, ${errors} errors/timeouts/non-2xx; ` +
      `${(ratio * 100).toFixed(2)} % HIT (${JSON.stringify(byStatus)})`,
    errors === 0 && ratio >= 0.95,
  );
}

async function dataChangeCheck(
  dataDir: string,
  views: string[],
  https: (path: string) => ReturnType<typeof get>,
  restart: () => Promise<void>,
): Promise<void> {
  const view = views[0] ?? '/';
  const file = join(dataDir, 'parties.json');
  const parties: { name: string }[] = JSON.parse(readFileSync(file, 'utf8'));
  const marker = `(data changed ${Date.now()})`;
  const firstParty = parties[0];
  if (!firstParty) throw new Error('no party in parties.json');
  const oldName = firstParty.name;
  firstParty.name = `${oldName} ${marker}`;
  const before = await https(view);
  writeFileSync(file, `${JSON.stringify(parties, null, 2)}\n`);
  await restart();
  const restarted = Date.now();
  const right = await https(view);
  await sleep(Math.max(0, restarted + (maxAge + 1) * 1000 - Date.now()));
  const after = await https(view);
  const fresh = after.body.includes(marker);
  check(
    `after a data change and a restart, the new data is served once the max-age (${maxAge} s) has passed`,
    `right after the restart: ${right.body.includes(marker) ? 'new' : 'old'} data (${right.headers['x-cache-status']}); ` +
      `${maxAge + 1} s later: ${fresh ? 'new' : 'old'} data (${after.headers['x-cache-status']}); ` +
      `ETag ${before.headers.etag} → ${after.headers.etag}`,
    fresh && before.headers.etag !== after.headers.etag && before.body.includes(oldName),
  );
}

function scoreText(result: ObservatoryResult): string {
  const failed = Object.entries(result.tests)
    .filter(([, test]) => !test.pass)
    .map(([name, test]) => `${name} (${test.result})`);
  return `${result.score} (${result.grade})${failed.length ? `, failed: ${failed.join(', ')}` : ', every test passed'}`;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
