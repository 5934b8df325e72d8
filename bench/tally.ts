// Storage calls, server time and CPU per turn: counted on the storage clients, read from the bot's JSON log lines.
import fs from 'node:fs';
import { Writable } from 'node:stream';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { storageCallCounter, type StorageCounters, type Tables } from '../src/store/tables';

/** Sums over the turns of one measured run. */
export class Tally {
  /** Turns that ended (bot: its `turn` log lines; echo: its handler). */
  turns = 0;
  /** Storage calls made inside turns, as the benchmark classifies them (see `kindOf`). */
  reads = 0;
  writes = 0;
  queries = 0;
  /** The same calls as the bot's own turn log line reports them. */
  logged: StorageCounters = { reads: 0, writes: 0, queries: 0 };
  serverMs = 0;
  /** Turns whose log line says they ended in an error. */
  errors = 0;
  /** Connector calls (replies, sends, card updates) during the run. */
  connectorCalls = 0;
  /** CPU time of this process and of the storage (Azurite) process during the run, in ms. */
  cpuMs = 0;
  storageCpuMs = 0;
  /** Each turn's calls in the order the turns ended (kept only when asked for; exact at concurrency 1). */
  readonly each: StorageCounters[] = [];
  private mark: StorageCounters = { reads: 0, writes: 0, queries: 0 };

  constructor(readonly keepEach = false) {}

  call(kind: keyof StorageCounters): void {
    this[kind]++;
  }

  turnEnded(logged?: StorageCounters, serverMs = 0, error = false): void {
    this.turns++;
    if (logged) {
      this.logged.reads += logged.reads;
      this.logged.writes += logged.writes;
      this.logged.queries += logged.queries;
    }
    this.serverMs += serverMs;
    if (error) this.errors++;
    if (this.keepEach) {
      this.each.push({
        reads: this.reads - this.mark.reads,
        writes: this.writes - this.mark.writes,
        queries: this.queries - this.mark.queries,
      });
      this.mark = { reads: this.reads, writes: this.writes, queries: this.queries };
    }
  }
}

/** Where counts go: the tally of the run in progress (bot or echo, never both at once), if any. */
export class TallyTarget {
  current: Tally | undefined;
}

/**
 * The kind of a Table storage call: a GET of `Table(PartitionKey='…',RowKey='…')` reads one row, a GET of
 * `Table()` (with `$filter`) or of the table list is a query, anything else writes.
 */
export function kindOf(method: string, url: string): keyof StorageCounters {
  if (method !== 'GET') return 'writes';
  const path = new URL(url).pathname;
  return /\)$/.test(path) && !/\(\)$/.test(path) ? 'reads' : 'queries';
}

/**
 * Counts every call the clients of `tables` make inside a turn (bot or echo) into `target`. Added to
 * the clients' pipelines, beside the bot's own counter.
 */
export function countCalls(tables: Tables, names: readonly string[], target: TallyTarget): void {
  const policy: PipelinePolicy = {
    name: 'benchStorageCallCounter',
    async sendRequest(request, next) {
      if (storageCallCounter.getStore()) target.current?.call(kindOf(request.method, request.url));
      return next(request);
    },
  };
  for (const name of names) tables.table(name).pipeline.addPolicy(policy);
}

interface TurnLine {
  level?: number;
  msg?: string;
  turn?: { durationMs?: number; storage?: StorageCounters; outcome?: string };
}

/**
 * The bot's log destination: each `turn` line ends a turn in the current tally; warnings and errors are
 * counted (the first few kept) so a run that quietly failed is noticed.
 */
export class TurnLogSink extends Writable {
  warnings = 0;
  readonly firstWarnings: string[] = [];
  private rest = '';

  constructor(private readonly target: TallyTarget) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const lines = (this.rest + chunk.toString()).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) if (line) this.line(line);
    done();
  }

  private line(raw: string): void {
    let parsed: TurnLine;
    try {
      parsed = JSON.parse(raw) as TurnLine;
    } catch {
      return;
    }
    if ((parsed.level ?? 0) >= 40) {
      this.warnings++;
      if (this.firstWarnings.length < 5) this.firstWarnings.push(raw.slice(0, 400));
    }
    if (parsed.msg === 'turn' && parsed.turn?.storage) {
      this.target.current?.turnEnded(
        parsed.turn.storage,
        parsed.turn.durationMs ?? 0,
        Boolean(parsed.turn.outcome?.startsWith('error')),
      );
    }
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc; NaN where that cannot be read. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}
