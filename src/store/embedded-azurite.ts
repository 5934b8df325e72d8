// Embedded storage: an Azurite table service in a supervised child process (never in the restify process, see
// STACK-NOTES), reached only through a loopback port this process owns.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The well-known development account of Azurite (public, documented by Microsoft; local use only). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;
/** Restart delays after unexpected exits: doubling from the first to the last, reset once a child has run a while. */
const RESTART_FIRST_DELAY_MS = 200;
const RESTART_MAX_DELAY_MS = 30_000;
const RESTART_STABLE_AFTER_MS = 10_000;
/** The file Azurite keeps its tables in, inside the data folder (Azurite's own name, so old folders still load). */
const TABLE_DB_FILE = '__azurite_db_table__.json';
/** How soon after a save the next one may start (the loss window of a hard kill on a small database). */
const SAVE_EVERY_MS = 100;
/** A save waits at least this many times as long as the previous one took. */
const SAVE_DUTY_FACTOR = 4;
const READY_LINE = 'broedplaats-embedded-storage-ready';

/**
 * The child: Azurite's TableServer listening on a socket only this process knows. Azurite's LokiJS database
 * lives in memory and reaches the disk only when saved (a whole-file write and rename), every 5 s, hard-coded in
 * LokiTableMetadataStore; a hard kill lost up to those 5 s of confirmed writes. Here a loop saves it as soon as
 * it has changes, SAVE_EVERY_MS after the last save, or later when saving takes long (a big database), so that
 * saving never takes more than about a fifth of the child's time. When the parent goes away (its pipe closes) or
 * on SIGTERM/SIGINT the service closes, which saves what is left.
 */
const CHILD_MAIN = `
const [tableDir, socketPath, dbPath, socketDir] = process.argv.slice(1);
const fs = require('fs');
require(tableDir + '/../common/Logger').configLogger(false);
const TableConfiguration = require(tableDir + '/TableConfiguration').default;
const TableServer = require(tableDir + '/TableServer').default;
// Arguments: host, port (here a socket path), keep-alive s, db path, debug log, access log, access log stream,
// debug log file, loose, skip API version check.
const server = new TableServer(new TableConfiguration('127.0.0.1', socketPath, 5, dbPath, false, false, undefined, undefined, false, true));
const db = server.metadataStore.db;
db.autosaveDisable();
let failed = false;
const saveAfter = (ms) => setTimeout(() => {
  if (!failed && !db.autosaveDirty()) return saveAfter(${SAVE_EVERY_MS});
  const started = Date.now();
  db.saveDatabase((err) => {
    failed = Boolean(err);
    saveAfter(Math.max(${SAVE_EVERY_MS}, ${SAVE_DUTY_FACTOR} * (Date.now() - started)));
  });
}, ms);
let closing = false;
// The socket's folder goes with the parent (also when it was killed); it stays for a restart after a signal.
const close = (parentGone) => {
  if (closing) return;
  closing = true;
  const exit = (code) => {
    if (parentGone) fs.rmSync(socketDir, { recursive: true, force: true });
    process.exit(code);
  };
  setTimeout(() => exit(0), ${STOP_TIMEOUT_MS}).unref();
  // Closing does not save with autosave off: the last writes are saved after the server stops taking new ones.
  const saveThenExit = (code) => db.saveDatabase((err) => exit(err ? 1 : code));
  server.close().then(() => saveThenExit(0), () => saveThenExit(1));
};
process.stdin.on('end', () => close(true));
process.stdin.on('error', () => close(true));
process.stdin.resume();
process.on('SIGTERM', () => close(false));
process.on('SIGINT', () => close(false));
if (process.platform !== 'win32') fs.rmSync(socketPath, { force: true });
server.start().then(
  () => { saveAfter(${SAVE_EVERY_MS}); console.log('${READY_LINE}'); },
  (e) => { console.error('Embedded storage could not start: ' + (e && e.message)); process.exit(1); },
);
`;

/** What the supervisor reports: unexpected exits and restarts (pino's signature, so a pino logger fits). */
export interface StorageLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface EmbeddedAzurite {
  /** The loopback port in the connection string: owned by this process for as long as the storage runs. */
  readonly port: number;
  readonly connectionString: string;
  /** The pid of the Azurite child serving right now (undefined while it is being restarted). */
  readonly pid: number | undefined;
  /** How often the child was restarted after an unexpected exit. */
  readonly restarts: number;
  /** Stops the service (no restart follows) and waits for the process to end. */
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
 * Starts an Azurite table service that keeps its data under `location` and resolves once it answers. The
 * connection string names a loopback port this process binds itself (`port` when it is free, else any free
 * one) and forwards to the child's private socket, so the bot can only ever reach the storage it started, and
 * the port stays the same across restarts. A child that exits unexpectedly is restarted on the same folder
 * (backing off when it keeps dying, each exit logged); meanwhile connections are reset, which callers see as
 * storage being down. A hard kill of the child loses the writes of its last ~0.1–0.5 s (see CHILD_MAIN). Refuses
 * when another running process already serves the same folder; rejects with Azurite's own output when the first
 * start fails.
 */
export async function startEmbeddedAzurite(options: {
  location: string;
  port?: number;
  log?: StorageLog;
}): Promise<EmbeddedAzurite> {
  const location = path.resolve(options.location);
  fs.mkdirSync(location, { recursive: true });
  const releaseLock = lockFolder(location);
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-storage-'));
  const cleanUp = () => {
    releaseLock();
    fs.rmSync(socketDir, { recursive: true, force: true });
  };
  const supervisor = new Supervisor(location, socketDir, options.log);
  const proxy = new LoopbackProxy(() => supervisor.target);
  let port: number;
  try {
    await supervisor.start();
    port = await proxy.listen(options.port);
  } catch (e) {
    await supervisor.stop();
    cleanUp();
    throw e;
  }
  let stopped: Promise<void> | undefined;
  return {
    port,
    connectionString: azuriteConnectionString(port),
    get pid() {
      return supervisor.pid;
    },
    get restarts() {
      return supervisor.restarts;
    },
    stop: () =>
      (stopped ??= (async () => {
        await proxy.close();
        await supervisor.stop();
        cleanUp();
      })()),
  };
}

/** Keeps one Azurite child running on the folder: restarts it, with a growing delay, when it exits unasked. */
class Supervisor {
  private child: ChildProcess | undefined;
  private ready = false;
  private stopping = false;
  /** Set once the first child served: from then on an unasked exit means a restart. */
  private supervising = false;
  private timer: NodeJS.Timeout | undefined;
  private delayMs = RESTART_FIRST_DELAY_MS;
  restarts = 0;

  /** Where the child listens: in a folder only this process knows (on Windows, a pipe named after it). */
  private readonly socketPath: string;

  constructor(
    private readonly location: string,
    private readonly socketDir: string,
    private readonly log: StorageLog | undefined,
  ) {
    this.socketPath =
      process.platform === 'win32'
        ? `\\\\.\\pipe\\${path.basename(socketDir)}`
        : path.join(socketDir, 'tables.sock');
  }

  /** Where connections go now: the socket of a child that said it serves, or nothing. */
  get target(): string | undefined {
    return this.ready ? this.socketPath : undefined;
  }

  get pid(): number | undefined {
    return this.ready ? this.child?.pid : undefined;
  }

  /** Starts the first child; rejects with its output when it does not come up. */
  async start(): Promise<void> {
    await this.spawnChild();
    this.supervising = true;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin?.end();
      setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS + 2000).unref();
    });
  }

  private spawnChild(): Promise<void> {
    const tableDir = path.dirname(require.resolve('azurite/dist/src/table/TableServer.js'));
    const child = spawn(
      process.execPath,
      ['-e', CHILD_MAIN, tableDir, this.socketPath, path.join(this.location, TABLE_DB_FILE), this.socketDir],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.ready = false;
    const startedAt = Date.now();
    let output = '';
    return new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`Embedded storage (Azurite) did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      child.stdout?.on('data', (d: Buffer) => {
        output = (output + d.toString()).slice(-4000);
        if (!this.ready && output.includes(READY_LINE) && child === this.child && !this.stopping) {
          this.ready = true;
          output = '';
          clearTimeout(timeout);
          resolve();
        }
      });
      child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
      child.once('exit', (code, signal) => {
        clearTimeout(timeout);
        const wasReady = this.ready && child === this.child;
        if (child === this.child) this.ready = false;
        if (this.stopping) return resolve();
        if (!wasReady)
          reject(
            new Error(`Embedded storage (Azurite) stopped at start: ${output.trim() || `exit ${code}`}`),
          );
        if (this.supervising)
          this.scheduleRestart({ pid: child.pid, code, signal, ranMs: Date.now() - startedAt, output });
      });
    });
  }

  private scheduleRestart(exit: {
    pid: number | undefined;
    code: number | null;
    signal: NodeJS.Signals | null;
    ranMs: number;
    output: string;
  }): void {
    if (exit.ranMs >= RESTART_STABLE_AFTER_MS) this.delayMs = RESTART_FIRST_DELAY_MS;
    const restartInMs = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, RESTART_MAX_DELAY_MS);
    this.log?.warn(
      {
        storage: {
          kind: 'embedded',
          location: this.location,
          pid: exit.pid,
          code: exit.code,
          signal: exit.signal,
          ranMs: exit.ranMs,
          restartInMs,
          output: exit.output.trim().slice(-500) || undefined,
        },
      },
      'embedded storage stopped unexpectedly; restarting it',
    );
    this.timer = setTimeout(() => {
      if (this.stopping) return;
      this.restarts++;
      this.spawnChild().then(
        () =>
          this.log?.info(
            { storage: { kind: 'embedded', pid: this.child?.pid, restarts: this.restarts } },
            'embedded storage restarted',
          ),
        // A failed start is an exit too: its own exit handler has already scheduled the next try.
        () => undefined,
      );
    }, restartInMs);
  }
}

/**
 * A TCP port on 127.0.0.1 owned by this process that forwards each connection, byte for byte, to the socket of
 * the current child; with no child serving, a connection is reset at once.
 */
class LoopbackProxy {
  private readonly connections = new Set<net.Socket>();
  private readonly server = net.createServer((client) => this.forward(client));

  constructor(private readonly target: () => string | undefined) {}

  /** Binds `preferred` when it is free, else any free port; resolves with the port bound. */
  async listen(preferred: number | undefined): Promise<number> {
    try {
      return await this.bind(preferred ?? 0);
    } catch (e) {
      if (!preferred || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      return this.bind(0);
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const c of this.connections) c.destroy();
    });
  }

  private bind(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  private forward(client: net.Socket): void {
    const to = this.target();
    if (!to) return void client.resetAndDestroy();
    const upstream = net.connect(to);
    this.connections.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.connections.delete(client);
      this.connections.delete(upstream);
    };
    for (const s of [client, upstream]) s.once('error', close).once('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  }
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
