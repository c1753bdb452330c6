// Building, starting and stopping the production server, and reading its memory. Loopback only.
import { type ChildProcess, execSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { supervise } from '../supervise';

export const host = '127.0.0.1';

/** `npm run build`: data check, schemas and next build. Throws when it fails. */
export function build(cwd = process.cwd()): void {
  console.log('› npm run build');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000));
    console.error(result.stderr.slice(-4000));
    throw new Error(`npm run build failed with exit code ${result.status}`);
  }
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export type Server = {
  origin: string;
  port: number;
  /** The front server's process, which runs Next.js in itself: the one whose RSS we read. */
  pid: number;
  log: () => string;
  /** How the process ended, or null while it runs. */
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | null;
  /** Whether it ended without our asking. */
  endedUnexpectedly: () => boolean;
  stop: () => Promise<void>;
};

/**
 * Starts the front server (`npm start`, which runs Next.js in itself) on 127.0.0.1:port, by running it with this
 * Node so that the child is the server process itself (no npm or shell in between), and waits until `readyPath`
 * answers. `env` adds to the environment, e.g. PARLEY_CACHE_MB or shorter PARLEY_CACHE_* lifetimes.
 */
export async function startServer(
  port: number,
  options: { dataDir?: string; readyPath?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<Server> {
  const cwd = options.cwd ?? process.cwd();
  const origin = `http://${host}:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PARLEY_ORIGIN: origin,
    PORT: String(port),
    HOSTNAME: host,
    ...options.env,
  };
  if (options.dataDir) env.PARLEY_DATA_DIR = options.dataDir;
  else delete env.PARLEY_DATA_DIR;
  const child: ChildProcess = spawn(process.execPath, [join(cwd, 'server/index.mjs')], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output = (output + chunk).slice(-20_000);
  });
  child.stderr?.on('data', (chunk) => {
    output = (output + chunk).slice(-20_000);
  });
  const supervised = supervise(child);
  const readyUrl = `${origin}${options.readyPath ?? '/methodology'}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (supervised.status()) throw new Error(`the server on port ${port} exited early:\n${output}`);
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await supervised.stop();
      throw new Error(`the server on port ${port} did not answer ${readyUrl} within 60 s:\n${output}`);
    }
    await sleep(250);
  }
  if (child.pid === undefined) throw new Error('the server has no pid');
  return {
    origin,
    port,
    pid: child.pid,
    log: () => output,
    exited: supervised.status,
    endedUnexpectedly: () => supervised.status() !== null && !supervised.stopRequested(),
    stop: supervised.stop,
  };
}

/** Resident memory of a process in bytes, from /proc/PID/status (VmRSS). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

const clockTicks = (() => {
  try {
    return Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time a process has used so far (user + system), in seconds, from /proc/PID/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Fetches a URL and reads the whole body; returns the status and the time to the last byte in ms. */
export async function timedGet(url: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  const body = await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, bytes: body.byteLength };
}
