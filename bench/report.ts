// The benchmark's results: their shape, the printed tables and the verdicts against the targets.
import type { FanoutResult } from './fanout';

/** Client-side round trips of one run. */
export interface Latency {
  turns: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  failures: number;
  firstFailure?: string;
}

/** Means per turn: storage calls (as counted on the clients, and as the bot's own log line says), CPU, connector calls. */
export interface StorageMean {
  turns: number;
  reads: number;
  writes: number;
  queries: number;
  logged: { reads: number; writes: number; queries: number };
  connectorCalls: number;
  /** CPU ms per turn of the bench process (bot + load generator + stand-in) and of the Azurite process. */
  cpuMs: number;
  storageCpuMs: number;
  /** Mean `turn.durationMs` of the bot's log lines. */
  serverMeanMs?: number;
  errors: number;
}

export interface Side {
  latency: Latency;
  storage: StorageMean;
}

export type Verdict = 'PASS' | 'FAIL' | 'info' | 'n/a';

/** One scenario at one concurrency: the bot, its echo floor, and the p95 ratio. */
export interface Row {
  scenario: string;
  concurrency: number;
  floor: 'echo message' | 'echo invoke';
  bot?: Side;
  echo?: Side;
  ratioP95?: number;
  verdict: Verdict;
  note?: string;
}

/** The bot in a process of its own (node dist/src/index.js) while 1,000 users open an intake. */
export interface Memory {
  intakes: number;
  turns: number;
  seconds: number;
  pid: number;
  /** VmRSS once the bot answers /api/health, before the load. */
  startedMb: number;
  /** Highest VmRSS sampled every 50 ms during the load and the 2 s after. */
  sampledPeakMb: number;
  /** VmHWM at the end: the highest RSS the bot process ever had (the target's number). */
  peakMb: number;
  /** VmRSS 2 s after the last turn. */
  afterMb: number;
  /** Highest RSS of the benchmark process (load generator, stand-ins, echo bot, latency bot) over the run. */
  wholeRunMaxRssMb?: number;
  openIntakesChecked: string;
  /** The node flags the bot process ran with (the deployed command line's). */
  nodeFlags?: string[];
  /** The same load on a bot started without those flags (node's default heap sizing): information only. */
  unflagged?: Omit<Memory, 'unflagged' | 'wholeRunMaxRssMb' | 'nodeFlags'>;
}

export interface Target {
  verdict: Verdict;
  what: string;
  detail: string;
}

export interface Results {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    ramGb: number;
    node: string;
    os: string;
    loadAverageAtStart: string;
  };
  durationSeconds: number;
  rows: Row[];
  storageByScenario: { scenario: string; bot: StorageMean; echo: StorageMean }[];
  intakeSteps: { step: string; reads: number; writes: number; queries: number; p50Ms: number }[];
  statusAvailable: boolean;
  checks: string[];
  memory: Memory;
  fanout: FanoutResult;
  targets: Target[];
  botWarnings: { count: number; first: string[] };
}

/** Target of the latency rows: the bot's p95 at most this many times the echo's. */
export const P95_RATIO_TARGET = 1.5;

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1));
const f2 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2));
const f0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(0));

function table(header: string[], rows: string[][], rightFrom = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= rightFrom ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The printed report: latency, cost per turn, fan-out, memory, targets. */
export function formatReport(r: Results): string {
  const out: string[] = [];
  out.push(
    `Broedplaats-bot benchmark — ${r.date} — ${r.machine.cpu}, ${r.machine.cores} cores, ` +
      `${r.machine.ramGb} GB RAM, Node ${r.machine.node} — load average at start ${r.machine.loadAverageAtStart} ` +
      `— took ${f0(r.durationSeconds)} s`,
    '',
    'Turn latency: client round trip in ms (POST /api/messages until the answer); turns/s = turns / wall time',
  );
  const load1 = Number(r.machine.loadAverageAtStart.split(' ')[0]);
  if (load1 > r.machine.cores / 2)
    out.splice(
      1,
      0,
      `WARNING: the machine was busy when the run started (load average ${load1} on ${r.machine.cores} cores): ` +
        'latencies are noisy; run again on a quiet machine.',
    );
  const dash = Array.from({ length: 10 }, () => '-');
  out.push(
    table(
      [
        'scenario',
        'conc',
        'turns',
        'p50',
        'p95',
        'p99',
        'turns/s',
        'echo p50',
        'echo p95',
        'echo p99',
        'echo t/s',
        'p95 ratio',
        `≤${P95_RATIO_TARGET}×`,
      ],
      r.rows.map((row) =>
        row.bot && row.echo
          ? [
              row.scenario,
              String(row.concurrency),
              String(row.bot.latency.turns),
              f1(row.bot.latency.p50),
              f1(row.bot.latency.p95),
              f1(row.bot.latency.p99),
              f0(row.bot.latency.perSecond),
              f1(row.echo.latency.p50),
              f1(row.echo.latency.p95),
              f1(row.echo.latency.p99),
              f0(row.echo.latency.perSecond),
              `${f2(row.ratioP95)}×`,
              row.verdict,
            ]
          : [row.scenario, String(row.concurrency), ...dash, row.verdict],
      ),
    ),
  );
  for (const row of r.rows) {
    if (row.note) out.push(`  ${row.scenario}: ${row.note}`);
    const bad = (row.bot?.latency.failures ?? 0) + (row.echo?.latency.failures ?? 0);
    if (bad > 0)
      out.push(
        `  ! ${row.scenario} c=${row.concurrency}: ${row.bot?.latency.failures ?? 0} bot / ` +
          `${row.echo?.latency.failures ?? 0} echo answers not as expected: ` +
          `${row.bot?.latency.firstFailure ?? row.echo?.latency.firstFailure ?? ''}`,
      );
  }
  out.push(
    '',
    'Cost per turn (mean over all turns of the scenario): storage calls read / write / query, connector calls,',
    'CPU ms of the bench process (bot + load + stand-in) and of Azurite, server time from the bot log line',
  );
  const rwq = (m: { reads: number; writes: number; queries: number }) =>
    `${f2(m.reads)} / ${f2(m.writes)} / ${f2(m.queries)}`;
  out.push(
    table(
      [
        'scenario',
        'turns',
        'bot r / w / q',
        'echo r / w / q',
        'beyond echo',
        'conn',
        'cpu',
        'azurite',
        'echo cpu',
        'echo az',
        'server ms',
      ],
      r.storageByScenario.map((s) => [
        s.scenario,
        String(s.bot.turns),
        rwq(s.bot),
        rwq(s.echo),
        rwq({
          reads: s.bot.reads - s.echo.reads,
          writes: s.bot.writes - s.echo.writes,
          queries: s.bot.queries - s.echo.queries,
        }),
        f1(s.bot.connectorCalls),
        f1(s.bot.cpuMs),
        f1(s.bot.storageCpuMs),
        f1(s.echo.cpuMs),
        f1(s.echo.storageCpuMs),
        f1(s.bot.serverMeanMs),
      ]),
    ),
  );
  const misLogged = r.storageByScenario.filter(
    (s) =>
      Math.abs(s.bot.logged.queries - s.bot.queries) > 0.01 ||
      Math.abs(s.bot.logged.reads - s.bot.reads) > 0.01,
  );
  for (const s of misLogged)
    out.push(
      `  note: the bot's own turn log line says ${rwq(s.bot.logged)} for ${s.scenario} (written when the turn has answered: what follows the answer, such as a vote's shared-card update, is not in it)`,
    );
  if (r.intakeSteps.length > 0) {
    out.push('', 'Intake steps one by one (concurrency 1): storage calls and p50 per typed answer');
    out.push(
      table(
        ['step', 'reads', 'writes', 'queries', 'p50 ms'],
        r.intakeSteps.map((s) => [s.step, f2(s.reads), f2(s.writes), f2(s.queries), f1(s.p50Ms)]),
      ),
    );
  }
  const fo = r.fanout;
  const s = (ms: number) => `${f2(ms / 1000)} s`;
  out.push(
    '',
    `Proactive fan-out: ${fo.messages} messages to ${fo.conversations} conversations (Outbox + RateLimiter(TEAMS_LIMITS) + JobQueue)`,
    `  taken ${s(fo.takenMs)}; fastest the limits allow ${s(fo.minimumMs)}; efficiency ${f1(fo.efficiency * 100)} %`,
    `  delivered ${fo.delivered}, lost ${fo.lost}, duplicates ${fo.duplicates}, via jobs table ${fo.queued}, undelivered ${fo.failed}`,
    `  429s ${fo.throttled} (conversation window ${fo.throttledByConversation}, app window ${fo.throttledByApp}); ` +
      `most 429s for one message ${fo.mostRefusalsForOneMessage}`,
    `  50 % accepted at ${s(fo.halfDeliveredMs)}, 99 % at ${s(fo.nearlyAllDeliveredMs)}; ` +
      `conversations complete between ${s(fo.firstConversationDoneMs)} and ${s(fo.lastConversationDoneMs)}`,
  );
  const m = r.memory;
  out.push(
    '',
    `Memory: ${m.intakes} users each start an intake and name their network (${m.turns} turns in ${f1(m.seconds)} s, concurrency 50)`,
    `  RSS of the bot process (node ${(m.nodeFlags ?? []).map((f) => `${f} `).join('')}dist/src/index.js, as npm start, pid ${m.pid}): after start ${f0(m.startedMb)} MB, ` +
      `peak ${f0(m.peakMb)} MB (VmHWM; sampled ${f0(m.sampledPeakMb)} MB), 2 s after ${f0(m.afterMb)} MB`,
    ...(m.wholeRunMaxRssMb !== undefined
      ? [
          `  (the benchmark process itself peaked at ${f0(m.wholeRunMaxRssMb)} MB over the whole run; not the bot's number)`,
        ]
      : []),
    `  ${m.openIntakesChecked}`,
    ...(m.unflagged
      ? [
          `  information: the same with plain node dist/src/index.js (node's default heap sizing): after start ${f0(m.unflagged.startedMb)} MB, ` +
            `peak ${f0(m.unflagged.peakMb)} MB, 2 s after ${f0(m.unflagged.afterMb)} MB; ${m.unflagged.openIntakesChecked}`,
        ]
      : []),
  );
  if (r.checks.length > 0) out.push('', 'Checks', ...r.checks.map((c) => `  ${c}`));
  if (r.botWarnings.count > 0) {
    out.push(
      '',
      `Bot log: ${r.botWarnings.count} warning/error lines; first:`,
      ...r.botWarnings.first.map((w) => `  ${w}`),
    );
  }
  out.push('', 'Targets');
  for (const t of r.targets) out.push(`  ${t.verdict.padEnd(4)}  ${t.what}: ${t.detail}`);
  return out.join('\n');
}
