// Embedded storage: an Azurite table service in a child process (never in the restify process, see STACK-NOTES).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The well-known development account of Azurite (public, documented by Microsoft; local use only). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * Runs Azurite's table service in the child process and ties its life to the parent: when the parent's
 * pipe closes (a normal stop or a crash), the service is closed the way Ctrl+C closes it, which writes
 * its data to disk first (a plain SIGTERM would lose the last seconds of writes).
 */
const CHILD_MAIN = `
const main = process.argv[1];
let closing = false;
const close = () => {
  if (closing) return;
  closing = true;
  const log = console.log;
  console.log = (...a) => { if (String(a[0]).includes('successfully closed')) process.exit(0); log(...a); };
  process.emit('SIGINT');
  setTimeout(() => process.exit(0), ${STOP_TIMEOUT_MS}).unref();
};
process.stdin.on('end', close);
process.stdin.on('error', close);
process.stdin.resume();
process.on('SIGTERM', close);
require(main);
`;

export interface EmbeddedAzurite {
  readonly port: number;
  readonly connectionString: string;
  readonly pid: number | undefined;
  /** Stops the service and waits for the process to end. */
  stop(): Promise<void>;
}

/** The connection string for an Azurite table service on 127.0.0.1:port. */
export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`
  );
}

/** Finds a TCP port on 127.0.0.1 that is free right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts an Azurite table service that keeps its data under `location`, on `port` (or, when omitted or
 * taken, a free one), and resolves once it accepts connections. Refuses when another running process
 * already serves the same folder; rejects with Azurite's own output when it fails.
 */
export async function startEmbeddedAzurite(options: {
  location: string;
  port?: number;
}): Promise<EmbeddedAzurite> {
  const location = path.resolve(options.location);
  fs.mkdirSync(location, { recursive: true });
  const releaseLock = lockFolder(location);
  const port = options.port && !(await canConnect(options.port)) ? options.port : await findFreePort();
  const main = require.resolve('azurite/dist/src/table/main.js');
  const child = spawn(
    process.execPath,
    [
      '-e',
      CHILD_MAIN,
      main,
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(port),
      '--location',
      location,
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.once('exit', releaseLock);
  await waitForPort(port, child, () => output);
  let exited = child.exitCode !== null;
  child.once('exit', () => (exited = true));
  return {
    port,
    connectionString: azuriteConnectionString(port),
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS + 2000).unref();
      }),
  };
}

/** Marks `location` as in use by this process; throws when a live process holds it. Returns the release. */
function lockFolder(location: string): () => void {
  const lock = path.join(location, '.in-use-by-pid');
  const holder = fs.existsSync(lock) ? Number(fs.readFileSync(lock, 'utf8')) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `Embedded storage folder ${location} is in use by process ${holder}; stop it or set another DATA_DIR`,
    );
  }
  fs.writeFileSync(lock, String(process.pid));
  return () => fs.rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `Embedded storage (Azurite) stopped at start: ${output().trim() || `exit ${child.exitCode}`}`,
      );
    }
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`Embedded storage (Azurite) did not open port ${port} within ${START_TIMEOUT_MS / 1000} s`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
