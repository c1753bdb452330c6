// nginx for the deploy check: installed with apt-get where missing, its configuration rendered from deploy/nginx/
// into a folder of its own, run in the foreground as a child of the check, and its access log read.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { supervise } from '../supervise';

export function ensureNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0];
  if (found.status === 0 && path) return path;
  console.log('› nginx is missing: apt-get install -y nginx');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
  return '/usr/sbin/nginx';
}

export type NginxOptions = {
  prefix: string;
  app: string;
  httpPort: number;
  httpsPort: number;
  cert: string;
  key: string;
};

/** Fills in deploy/nginx/*.conf for a run in `prefix`; returns the main configuration's path. */
export function renderConfig(options: NginxOptions): string {
  const { prefix } = options;
  const writable = ['cache', 'client_body', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp'];
  for (const dir of writable) mkdirSync(join(prefix, dir), { recursive: true });
  // Started as root, nginx runs its workers as nobody, who must reach the prefix and write the cache and temp
  // folders; the certificates and logs stay the master's.
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
    chmodSync(dirname(prefix), 0o711);
    chmodSync(prefix, 0o711);
    for (const dir of writable) chownSync(join(prefix, dir), id('-u'), id('-g'));
  }
  const values: Record<string, string> = {
    PREFIX: prefix,
    APP: options.app,
    SERVER_NAME: '127.0.0.1 localhost',
    HTTP_PORT: String(options.httpPort),
    HTTPS_PORT: String(options.httpsPort),
    HTTPS_PORT_SUFFIX: options.httpsPort === 443 ? '' : `:${options.httpsPort}`,
    CACHE_DIR: join(prefix, 'cache'),
    CERT: options.cert,
    KEY: options.key,
  };
  const render = (text: string) =>
    text.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`deploy/nginx: no value for {{${name}}}`);
      return value;
    });
  for (const file of ['nginx.conf', 'parley.conf'])
    writeFileSync(join(prefix, file), render(readFileSync(join('deploy', 'nginx', file), 'utf8')));
  return join(prefix, 'nginx.conf');
}

export type RunningNginx = { accessLog: () => string[]; stop: () => Promise<void> };

export async function startNginx(
  binary: string,
  config: string,
  prefix: string,
  readyUrl: () => Promise<boolean>,
) {
  const test = spawnSync(binary, ['-t', '-c', config, '-p', prefix], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child: ChildProcess = spawn(binary, ['-c', config, '-p', prefix, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const { status, stop } = supervise(child);
  for (let i = 0; ; i++) {
    if (status()) throw new Error(`nginx exited:\n${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    let failure: unknown;
    try {
      if (await readyUrl()) break;
    } catch (error) {
      failure = error;
    }
    if (i > 100) {
      await stop();
      const log = existsSync(join(prefix, 'error.log'))
        ? readFileSync(join(prefix, 'error.log'), 'utf8')
        : '';
      throw new Error(
        `nginx did not answer within 20 s (${String(failure ?? 'not ready')}):\n${log.slice(-2000)}`,
      );
    }
    await sleep(200);
  }
  const logPath = join(prefix, 'access.log');
  return {
    accessLog: () => (existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n').filter(Boolean) : []),
    stop,
  } satisfies RunningNginx;
}
