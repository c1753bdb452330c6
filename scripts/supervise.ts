// A child process a script starts (the front server, nginx) and must not leave behind.
import type { ChildProcess } from 'node:child_process';

export type Supervised = {
  /** Resolves once the child has exited. */
  exit: Promise<void>;
  /** How it ended, once it has. */
  status: () => { code: number | null; signal: NodeJS.Signals | null } | null;
  /** Whether `stop` was called: an exit before that was not asked for. */
  stopRequested: () => boolean;
  /** SIGTERM, then SIGKILL if it is still running 5 s later; resolves once it has exited. */
  stop: () => Promise<void>;
};

export function supervise(child: ChildProcess): Supervised {
  let status: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  let stopRequested = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      status = { code, signal };
      resolve();
    });
  });
  if (child.pid !== undefined) trackUntilExit(child.pid, exit);
  return {
    exit,
    status: () => status,
    stopRequested: () => stopRequested,
    stop: async () => {
      stopRequested = true;
      if (status) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}

const running = new Set<number>();
let handlersInstalled = false;

/**
 * Makes sure no child started here outlives the script, also on Ctrl-C or a crash. The scripts that start children
 * run as `node --import tsx`, one process: tsx's own CLI runs the script in a second process and, when a signal
 * reaches only the CLI (`pkill -INT -f deploy-check`), kills a child that has not answered within 30 ms with
 * SIGKILL, which leaves the front server and nginx running.
 */
function trackUntilExit(pid: number, exit: Promise<void>): void {
  running.add(pid);
  void exit.then(() => running.delete(pid));
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stopAll = () => {
    for (const id of running) {
      try {
        process.kill(id, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  process.once('SIGTERM', () => {
    stopAll();
    process.exit(143);
  });
  process.once('exit', stopAll);
}
