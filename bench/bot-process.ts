// The bot as it is deployed (node with the flags of `npm start`, dist/src/index.js) in a child process of its own, for measuring its memory alone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { deployedNodeFlags } from '../scripts/node-flags';
import { findFreePort } from '../src/store/embedded-azurite';

export { deployedNodeFlags };

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

export interface BotProcess {
  pid: number;
  /** POST endpoint of the bot. */
  url: string;
  /** Resident memory now (VmRSS) and the highest it has been since the process started (VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  /** SIGTERM (the bot's graceful stop), SIGKILL when it does not end in time. */
  stop(): Promise<void>;
}

/** VmRSS and VmHWM of a process, from /proc/<pid>/status (Linux), in MB. */
export function procMemoryMb(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * Starts the built bot (dist/src/index.js, the `npm start` command line) with development settings on
 * `connectionString` and no app id (unauthenticated, local only); resolves once /api/health answers 200.
 */
export async function startBotProcess(options: {
  connectionString: string;
  tablePrefix: string;
  dataDir: string;
  /** The node flags (default: those of the deployed command line, `deployedNodeFlags()`). */
  nodeFlags?: string[];
  /** More settings for the bot (e.g. PROJECT_LEAD_IDS). */
  env?: Record<string, string>;
}): Promise<BotProcess> {
  const port = await findFreePort();
  const main = path.resolve(__dirname, '../src/index.js');
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? deployedNodeFlags()), '--disable-warning=DEP0111', main],
    {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        STORAGE_CONNECTION_STRING: options.connectionString,
        TABLE_PREFIX: options.tablePrefix,
        PORT: String(port),
        DATA_DIR: options.dataDir,
        ...options.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors = (errors + d.toString()).slice(-4000)));
  let exited = child.exitCode !== null;
  child.once('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`the bot process ended while starting: ${errors}`);
    const healthy = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bot process did not answer /api/health within ${START_TIMEOUT_MS} ms: ${errors}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid ?? 0;
  return {
    pid,
    url: `${base}/api/messages`,
    memory: () => procMemoryMb(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS).unref();
      }),
  };
}
