// `npm run bench`: the bot on embedded storage against a loopback connector, beside a bare teams-ai echo bot.
import './quiet';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import type { Limits } from '../src/jobs/rate-limiter';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';
import { openStore, TABLE_NAMES, type Store } from '../src/store';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../src/store/embedded-azurite';
import { ProgrammeVersions } from '../src/store/programme-versions';
import { Tables } from '../src/store/tables';
import {
  benchUser,
  BotClient,
  execute,
  message,
  percentile,
  runLanes,
  type Activity,
  type Answer,
  type BenchUser,
} from './client';
import { deployedNodeFlags, startBotProcess } from './bot-process';
import { measureMemory, MEMORY_GROUP, RSS_INTAKES } from './memory';
import { ConnectorStandIn } from './connector';
import { startEchoBot, type EchoBot } from './echo-bot';
import { runFanout } from './fanout';
import { inBatches, storeBroedplaats, storeMeeting, storePollFor } from './fixtures';
import {
  formatReport,
  P95_RATIO_TARGET,
  type Latency,
  type Memory,
  type Results,
  type Row,
  type Side,
  type StorageMean,
  type Target,
} from './report';
import { countCalls, processCpuMs, Tally, TallyTarget, TurnLogSink } from './tally';

/** Turns measured per run, by concurrency. */
const TURNS: Record<number, number> = { 1: 300, 10: 400, 50: 500 };
const LEVELS = [1, 10, 50] as const;
/** The echo that stores one row per turn: the floor of any turn that keeps what the user sent. */
const KEPT_TABLE = 'Kept';
const ECHO_KEEPS = 'echo + 1 write';
const KEEPS_NOTE =
  'the echo storing what was sent as one row before it answers: the least a turn that keeps input does';
/** The echo that reads the row it keeps, then writes it: the floor of a turn that checks before it stores. */
const ECHO_CHECKS = 'echo + read, then write';
const CHECKS_NOTE =
  'the echo reading a row, then storing what was sent in it, before it answers: the least a turn that checks what is stored before it keeps input does (one round trip after the other)';
const STATUS_AFRESH_10 = 'status (10 bp) afresh';
const STATUS_AFRESH_60 = 'status (60 bp) afresh';
const STATUS_CHANGED_60 = 'status (60 bp) after an answer';
/** Earlier voters stored on each measured poll (each votes on all three slots). */
const OTHER_VOTERS = 5;
const RSS_TARGET_MB = 200;
const UNKNOWN_COMMAND = 'Dat begrijp ik niet';
const LINK_SECRET = 'bench-link-secret-that-is-long-enough-0123456789';
/** Limits so high that nothing waits: the latency part measures processing, not Teams' pacing. */
const UNPACED: Limits = { perConversation: [{ count: 1e9, ms: 1000 }], perApp: [{ count: 1e9, ms: 1000 }] };

/** User groups (distinct ids per purpose). */
const GROUP = { regular: 1, intake: 2, paced: 3, memory: MEMORY_GROUP, contacts: 5 } as const;

const INTAKE_ANSWERS = (u: BenchUser): { step: string; text: string }[] => [
  { step: 'network (name)', text: `Netwerk Bench ${u.id.slice(9)}` },
  { step: 'networkKind', text: 'regionaal' },
  { step: 'schoolCount', text: '5' },
  {
    step: 'question',
    text: 'Hoe kunnen we als netwerk het examenprogramma flexibeler en gedifferentieerd inrichten?',
  },
  { step: 'tried', text: 'Vakken eerder afsluiten en samen schoolexamens ontwikkelen.' },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

interface Harness {
  store: Store;
  connector: ConnectorStandIn;
  target: TallyTarget;
  bot: BotClient;
  echo: BotClient;
  /** The echo that stores what was sent as one row before answering. */
  echoKeeps: BotClient;
  /** The echo that reads that row, then writes it, before answering. */
  echoChecks: BotClient;
  /** The Azurite child process (for its CPU time). */
  storagePid: number | undefined;
}

function latencyOf(result: Awaited<ReturnType<typeof runLanes>>): Latency {
  return {
    turns: result.latencies.length,
    p50: percentile(result.latencies, 0.5),
    p95: percentile(result.latencies, 0.95),
    p99: percentile(result.latencies, 0.99),
    perSecond: result.latencies.length / (result.wallMs / 1000),
    failures: result.failures,
    firstFailure: result.firstFailure,
  };
}

function meanOf(tally: Tally): StorageMean {
  const n = Math.max(1, tally.turns);
  return {
    turns: tally.turns,
    reads: tally.reads / n,
    writes: tally.writes / n,
    queries: tally.queries / n,
    logged: {
      reads: tally.logged.reads / n,
      writes: tally.logged.writes / n,
      queries: tally.logged.queries / n,
    },
    connectorCalls: tally.connectorCalls / n,
    cpuMs: tally.cpuMs / n,
    storageCpuMs: tally.storageCpuMs / n,
    serverMeanMs: tally.serverMs > 0 ? tally.serverMs / n : undefined,
    errors: tally.errors,
  };
}

/**
 * Runs lanes against one bot (the bot or the echo: their turns end in the same tally target) and returns
 * latency, cost per turn and the raw tally.
 */
async function measure(
  h: Harness,
  client: BotClient,
  lanes: (() => Activity | Promise<Activity>)[][],
  check?: (a: Answer) => string | undefined,
  keepEach = false,
): Promise<{ side: Side; tally: Tally; latencies: number[] }> {
  const tally = new Tally(keepEach);
  const calls = () => h.connector.counts.replies + h.connector.counts.sends + h.connector.counts.updates;
  const calls0 = calls();
  const cpu0 = process.cpuUsage();
  const storageCpu0 = processCpuMs(h.storagePid);
  h.target.current = tally;
  const result = await runLanes(client, lanes, check);
  await sleep(50);
  h.target.current = undefined;
  const cpu = process.cpuUsage(cpu0);
  tally.cpuMs = (cpu.user + cpu.system) / 1000;
  tally.storageCpuMs = processCpuMs(h.storagePid) - storageCpu0;
  tally.connectorCalls = calls() - calls0;
  return { side: { latency: latencyOf(result), storage: meanOf(tally) }, tally, latencies: result.latencies };
}

function row(
  scenario: string,
  concurrency: number,
  floor: Row['floor'],
  bot: Side,
  echo: Side,
  info = false,
): Row {
  const ratioP95 = bot.latency.p95 / echo.latency.p95;
  const failed = bot.latency.failures > 0;
  return {
    scenario,
    concurrency,
    floor,
    bot,
    echo,
    ratioP95,
    verdict: info ? 'info' : !failed && ratioP95 <= P95_RATIO_TARGET ? 'PASS' : 'FAIL',
  };
}

/** Adds up tallies (over the concurrency levels of one scenario). */
function merged(tallies: Tally[]): StorageMean {
  const sum = new Tally();
  for (const t of tallies) {
    sum.turns += t.turns;
    sum.reads += t.reads;
    sum.writes += t.writes;
    sum.queries += t.queries;
    sum.logged.reads += t.logged.reads;
    sum.logged.writes += t.logged.writes;
    sum.logged.queries += t.logged.queries;
    sum.connectorCalls += t.connectorCalls;
    sum.cpuMs += t.cpuMs;
    sum.storageCpuMs += t.storageCpuMs;
    sum.serverMs += t.serverMs;
    sum.errors += t.errors;
  }
  return meanOf(sum);
}

/** Lanes of `concurrency` users each repeating `make` `turns / concurrency` times. */
function repeatLanes(
  users: readonly BenchUser[],
  concurrency: number,
  turns: number,
  make: (u: BenchUser, k: number) => Activity | Promise<Activity>,
): (() => Activity | Promise<Activity>)[][] {
  return range(concurrency).map((j) => {
    const u = users[j]!;
    return range(Math.round(turns / concurrency)).map((k) => () => make(u, k));
  });
}

/** Undefined when the invoke answer is an Adaptive Card (containing `mustContain`), else what is wrong. */
const isCard = (a: Answer, mustContain?: string): string | undefined => {
  let body: { type?: string; value?: unknown };
  try {
    body = JSON.parse(a.body) as typeof body;
  } catch {
    return `not JSON: ${a.body.slice(0, 200)}`;
  }
  if (body.type !== 'application/vnd.microsoft.card.adaptive') return `not a card: ${a.body}`;
  if (mustContain && !JSON.stringify(body.value).includes(mustContain))
    return `card without "${mustContain}": ${a.body.slice(0, 200)}`;
  return undefined;
};

function machine(loadAverageAtStart: string): Results['machine'] {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    /* not Linux */
  }
  return {
    cpu,
    cores: os.cpus().length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart,
  };
}

function progress(text: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadAverage = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'broedplaats-bench-'));
  const closers: (() => Promise<void>)[] = [];
  let azurite: EmbeddedAzurite | undefined;
  try {
    progress(`starting Azurite (child process) in ${location}`);
    azurite = await startEmbeddedAzurite({ location: path.join(location, 'tables') });
    const connectionString = azurite.connectionString;
    const connector = new ConnectorStandIn();
    await connector.start();
    closers.push(() => connector.stop());

    const regular = range(50).map((n) => benchUser(GROUP.regular, n));
    const config: Config = loadConfig({
      NODE_ENV: 'development',
      STORAGE_CONNECTION_STRING: connectionString,
      TABLE_PREFIX: 'bench',
      LOG_LEVEL: 'info',
      DATA_DIR: location,
      PROJECT_LEAD_IDS: regular.map((u) => u.aadObjectId).join(','),
    });
    const tables = new Tables({ connectionString }, config.tablePrefix);
    const store = await openStore(tables);
    const target = new TallyTarget();
    countCalls(tables, Object.values(TABLE_NAMES), target);
    const sink = new TurnLogSink(target);
    const logger = createLogger('info', sink);
    const links = { secret: LINK_SECRET, baseUrl: 'http://localhost' };
    const now = () => new Date();

    /** A bot instance on `on` (default: the benchmark's store); `paced` keeps the production pacing. */
    const startBot = async (
      paced: boolean,
      on: { store: Store; tables: Tables } = { store, tables },
    ): Promise<{ url: string; stop: () => Promise<void> }> => {
      const bot = createBot({
        config,
        store: on.store,
        logger,
        now,
        links,
        ...(paced ? {} : { cardUpdateGapMs: 0, limits: UNPACED }),
      });
      const server = createServer({ bot, tables: on.tables, logger });
      const port = await server.listen(0, '127.0.0.1');
      const stop = async () => {
        await server.close(2000);
        await bot.jobs.stop();
      };
      closers.push(stop);
      return { url: `http://127.0.0.1:${port}/api/messages`, stop };
    };
    const mainBot = await startBot(false);

    const echoTables = new Tables({ connectionString }, 'benchecho');
    await echoTables.ensure([TABLE_NAMES.turnState]);
    countCalls(echoTables, [TABLE_NAMES.turnState], target);
    const echoBot: EchoBot = await startEchoBot(echoTables, TABLE_NAMES.turnState, (c) =>
      target.current?.turnEnded(c),
    );
    closers.push(() => echoBot.close());
    /** An echo that keeps what was sent in a table of its own (`checkFirst`: reading that row before it writes). */
    const keepingEcho = async (prefix: string, checkFirst: boolean): Promise<EchoBot> => {
      const tables = new Tables({ connectionString }, prefix);
      await tables.ensure([TABLE_NAMES.turnState, KEPT_TABLE]);
      countCalls(tables, [TABLE_NAMES.turnState, KEPT_TABLE], target);
      const echo = await startEchoBot(
        tables,
        TABLE_NAMES.turnState,
        (c) => target.current?.turnEnded(c),
        KEPT_TABLE,
        checkFirst,
      );
      closers.push(() => echo.close());
      return echo;
    };
    const echoKeepsBot = await keepingEcho('benchkeep', false);
    const echoChecksBot = await keepingEcho('benchcheck', true);

    const h: Harness = {
      store,
      connector,
      target,
      bot: new BotClient(mainBot.url),
      echo: new BotClient(echoBot.url),
      echoKeeps: new BotClient(echoKeepsBot.url),
      echoChecks: new BotClient(echoChecksBot.url),
      storagePid: azurite.pid,
    };
    closers.push(async () => {
      h.bot.close();
      h.echo.close();
      h.echoKeeps.close();
      h.echoChecks.close();
    });
    const url = connector.url;
    const rows: Row[] = [];
    const storage: Results['storageByScenario'] = [];
    const checks: string[] = [];
    const targets: Target[] = [];

    // Warm-up (not measured): every regular user says hulp once (address stored, greeted), then JIT warm-up.
    progress('warm-up');
    const warmUps = [
      [h.bot, 50, 50],
      [h.echo, 50, 50],
      [h.bot, 10, 300],
      [h.echo, 10, 300],
      [h.echoKeeps, 10, 300],
    ] as const;
    for (const [client, lanes, turns] of warmUps)
      await runLanes(
        client,
        repeatLanes(regular, lanes, turns, (u) => message(url, u, 'hulp')),
      );

    // Memory first: the bot as deployed (node dist/src/index.js) in a process of its own on storage of its own (a
    // second Azurite), so its RSS is the bot's alone and its 1,000 intakes do not slow the latency runs' Azurite.
    progress(`memory: ${RSS_INTAKES} users start an intake and name their network (bot in its own process)`);
    const memoryAzurite = await startEmbeddedAzurite({ location: path.join(location, 'memory-tables') });
    closers.push(() => memoryAzurite.stop());
    /** The bot process with `nodeFlags` on its own tables of the memory Azurite, measured as below. */
    const memoryRun = async (tablePrefix: string, nodeFlags: string[]): Promise<Memory> => {
      const memoryTables = new Tables({ connectionString: memoryAzurite.connectionString }, tablePrefix);
      const memoryStore = await openStore(memoryTables);
      const memoryBot = await startBotProcess({
        connectionString: memoryAzurite.connectionString,
        tablePrefix,
        dataDir: path.join(location, `memory-bot-${tablePrefix}`),
        nodeFlags,
      });
      closers.push(() => memoryBot.stop());
      const memoryClient = new BotClient(memoryBot.url);
      try {
        return await measureMemory(memoryClient, memoryBot, memoryStore, url);
      } finally {
        memoryClient.close();
        await memoryBot.stop();
      }
    };
    const nodeFlags = deployedNodeFlags();
    const memory: Memory = { ...(await memoryRun(config.tablePrefix, nodeFlags)), nodeFlags };
    progress('memory again, the bot started without the heap flags (information only)');
    memory.unflagged = await memoryRun(`${config.tablePrefix}def`, []);
    await memoryAzurite.stop();

    // 1. hulp
    const hulpTallies: [Tally[], Tally[]] = [[], []];
    for (const c of LEVELS) {
      progress(`hulp c=${c}`);
      const lanes = () => repeatLanes(regular, c, TURNS[c]!, (u) => message(url, u, 'hulp'));
      const bot = await measure(h, h.bot, lanes());
      const echo = await measure(h, h.echo, lanes());
      hulpTallies[0].push(bot.tally);
      hulpTallies[1].push(echo.tally);
      rows.push(row('hulp', c, 'echo message', bot.side, echo.side));
    }
    storage.push({ scenario: 'hulp', bot: merged(hulpTallies[0]), echo: merged(hulpTallies[1]) });

    // 2. intake steps: users with an intake just started type their answers (5 steps each).
    progress('intake: starting intakes');
    const intakeUsers = new Map<number, BenchUser[]>();
    let next = 0;
    for (const c of LEVELS) {
      const count = TURNS[c]! / 5;
      intakeUsers.set(
        c,
        range(count, next).map((n) => benchUser(GROUP.intake, n)),
      );
      next += count;
    }
    const allIntakeUsers = [...intakeUsers.values()].flat();
    await inBatches(allIntakeUsers, 25, (u) => h.bot.post(message(url, u, 'intake')));
    const intakeTallies: [Tally[], Tally[]] = [[], []];
    let intakeSteps: Results['intakeSteps'] = [];
    for (const c of LEVELS) {
      progress(`intake c=${c}`);
      const users = intakeUsers.get(c)!;
      const lanes = () =>
        range(c).map((j) =>
          users
            .filter((_, i) => i % c === j)
            .flatMap((u) => INTAKE_ANSWERS(u).map((a) => () => message(url, u, a.text))),
        );
      const bot = await measure(h, h.bot, lanes(), undefined, c === 1);
      const echo = await measure(h, h.echo, lanes());
      const keeps = await measure(h, h.echoKeeps, lanes());
      intakeTallies[0].push(bot.tally);
      intakeTallies[1].push(echo.tally);
      rows.push(row('intake step', c, 'echo message', bot.side, echo.side));
      rows.push({
        ...row(ECHO_KEEPS, c, 'echo message', keeps.side, echo.side, true),
        ...(c === 1 ? { note: KEEPS_NOTE } : {}),
      });
      if (c === 1) {
        const steps = INTAKE_ANSWERS(users[0]!).map((a) => a.step);
        intakeSteps = steps.map((step, s) => {
          const each = bot.tally.each.filter((_, i) => i % steps.length === s);
          const n = Math.max(1, each.length);
          return {
            step,
            reads: each.reduce((x, e) => x + e.reads, 0) / n,
            writes: each.reduce((x, e) => x + e.writes, 0) / n,
            queries: each.reduce((x, e) => x + e.queries, 0) / n,
            p50Ms: percentile(
              bot.latencies.filter((_, i) => i % steps.length === s),
              0.5,
            ),
          };
        });
      }
    }
    storage.push({ scenario: 'intake step', bot: merged(intakeTallies[0]), echo: merged(intakeTallies[1]) });
    let atSystem = 0;
    await inBatches(allIntakeUsers, 25, async (u) => {
      const draft = await store.intakes.get({ conversationId: u.conversationId, userKey: u.aadObjectId });
      if (draft?.value.position === 'system') atSystem++;
    });
    checks.push(
      `intake: ${atSystem} of ${allIntakeUsers.length} measured intakes stand at step "system" after their 5 typed answers`,
    );

    // 3. status with 10, then 60 broedplaatsen (each with a scheduled meeting), read by project leads.
    progress('status: storing 10 broedplaatsen');
    const contacts = range(60).map((n) => benchUser(GROUP.contacts, n));
    const storeStatusBroedplaatsen = (from: number, count: number) =>
      inBatches(range(count, from), 10, async (n) => {
        const contact = contacts[n]!;
        const b = await storeBroedplaats(store, contact, contact.conversationId, `Status ${n}`);
        await storeMeeting(store, b, contact.conversationId, `status-poll-${n}`, true);
      });
    await storeStatusBroedplaatsen(0, 10);
    const probeUser = regular[0]!;
    const probe = await h.bot.post(message(url, probeUser, 'status'));
    const probeText = h.connector.lastText.get(probeUser.conversationId) ?? '';
    const statusAvailable = probe.status === 200 && !probeText.includes(UNKNOWN_COMMAND);
    checks.push(
      statusAvailable
        ? `status: available (probe answered HTTP ${probe.status}, ${probeText === '[card]' ? 'a card' : 'a text'})`
        : `status: not available (the bot answers "${probeText.slice(0, 60)}…" to "status")`,
    );
    const statusTallies = new Map<string, [Tally[], Tally[]]>();
    // "afresh": the bot's store gets programme versions that keep no read (as when every table changed before every
    // turn), so each status reads all of it. "after an answer": before each turn (not timed, not counted) another
    // instance stores an answer to an invitation, so each status reads that table again. Otherwise nothing changes.
    const keeping = store.programme;
    const elsewhere = await openStore(new Tables({ connectionString }, config.tablePrefix));
    const answerElsewhere = async (u: BenchUser, k: number) => {
      await elsewhere.invitations.putRsvp('bench-status-meeting', {
        invitationId: `bench-invitation-${u.id}`,
        answer: k % 2 ? 'accepted' : 'tentative',
        by: { aadObjectId: u.aadObjectId, id: u.id, name: u.name },
        at: new Date().toISOString(),
      });
    };
    const statusRun = async (label: string, c: number, mode: 'kept' | 'afresh' | 'changed') => {
      progress(`${label} c=${c}`);
      const lanes = (changes: boolean) =>
        repeatLanes(regular, c, TURNS[c]!, (u, k) =>
          changes ? answerElsewhere(u, k).then(() => message(url, u, 'status')) : message(url, u, 'status'),
        );
      if (mode === 'afresh') store.programme = new ProgrammeVersions(tables.table(TABLE_NAMES.versions), 0);
      const bot = await measure(h, h.bot, lanes(mode === 'changed')).finally(() => {
        store.programme = keeping;
      });
      const echo = await measure(h, h.echo, lanes(false));
      const t = statusTallies.get(label) ?? [[], []];
      t[0].push(bot.tally);
      t[1].push(echo.tally);
      statusTallies.set(label, t);
      rows.push(row(label, c, 'echo message', bot.side, echo.side));
    };
    if (statusAvailable) {
      await statusRun(STATUS_AFRESH_10, 1, 'afresh');
      await statusRun('status (10 bp)', 1, 'kept');
      progress('status: storing 50 more broedplaatsen');
      await storeStatusBroedplaatsen(10, 50);
      for (const c of LEVELS) await statusRun(STATUS_AFRESH_60, c, 'afresh');
      for (const c of LEVELS) await statusRun(STATUS_CHANGED_60, c, 'changed');
      for (const c of LEVELS) await statusRun('status (60 bp)', c, 'kept');
      for (const [label, t] of statusTallies)
        storage.push({ scenario: label, bot: merged(t[0]), echo: merged(t[1]) });
    } else {
      for (const scenario of [STATUS_AFRESH_10, 'status (10 bp)'])
        rows.push({ scenario, concurrency: 1, floor: 'echo message', verdict: 'n/a', note: 'not available' });
      for (const scenario of [STATUS_AFRESH_60, STATUS_CHANGED_60, 'status (60 bp)'])
        for (const c of LEVELS)
          rows.push({
            scenario,
            concurrency: c,
            floor: 'echo message',
            verdict: 'n/a',
            note: 'not available',
          });
    }

    // 4. poll votes: each regular user votes on a date poll in their own personal chat.
    progress('vote: storing polls');
    const polls = new Map<string, { bId: string; mId: string; messageId: string }>();
    await inBatches(regular, 10, async (u, i) => {
      const { b, m } = await storePollFor(store, u, contacts[i % contacts.length]!, OTHER_VOTERS);
      polls.set(u.id, { bId: b.id, mId: m.id, messageId: m.poll.messageId ?? '' });
    });
    const answers = ['yes', 'maybe', 'no'] as const;
    const vote = (u: BenchUser, k: number) => {
      const p = polls.get(u.id)!;
      return execute(
        url,
        u,
        'poll.vote',
        {
          verb: 'poll.vote',
          broedplaatsId: p.bId,
          meetingId: p.mId,
          slotId: `s${(k % 3) + 1}`,
          answer: answers[Math.floor(k / 3) % 3],
        },
        p.messageId,
      );
    };
    const voteTallies: [Tally[], Tally[]] = [[], []];
    const updatesBefore = h.connector.counts.updates;
    for (const c of LEVELS) {
      progress(`vote c=${c}`);
      const lanes = () => repeatLanes(regular, c, TURNS[c]!, vote);
      const bot = await measure(h, h.bot, lanes(), (a) => isCard(a, 'Jouw keuze'));
      const echo = await measure(h, h.echo, lanes(), (a) => isCard(a));
      const keeps = await measure(h, h.echoKeeps, lanes(), (a) => isCard(a));
      const checks = await measure(h, h.echoChecks, lanes(), (a) => isCard(a));
      voteTallies[0].push(bot.tally);
      voteTallies[1].push(echo.tally);
      rows.push(row('poll vote', c, 'echo invoke', bot.side, echo.side));
      rows.push(row(ECHO_KEEPS, c, 'echo invoke', keeps.side, echo.side, true));
      rows.push({
        ...row(ECHO_CHECKS, c, 'echo invoke', checks.side, echo.side, true),
        ...(c === 1 ? { note: CHECKS_NOTE } : {}),
      });
    }
    storage.push({ scenario: 'poll vote', bot: merged(voteTallies[0]), echo: merged(voteTallies[1]) });
    const votesMeasured = LEVELS.reduce((n, c) => n + TURNS[c]!, 0);
    checks.push(
      `vote: ${h.connector.counts.updates - updatesBefore} shared-card updates reached the connector for ${votesMeasured} bot votes (at most one per vote with the card gap at 0: each follows its vote's answer in the background, and a vote arriving while an update of the same card waits shares it)`,
    );

    // 4b. The same click pattern with production pacing (Teams limits, 300 ms card gap): information only.
    progress('vote with production pacing c=10');
    const paced = await startBot(true);
    const pacedClient = new BotClient(paced.url);
    closers.push(async () => pacedClient.close());
    const pacedUsers = range(40).map((n) => benchUser(GROUP.paced, n));
    await inBatches(pacedUsers, 10, async (u, i) => {
      const { b, m } = await storePollFor(store, u, contacts[i % contacts.length]!, OTHER_VOTERS);
      polls.set(u.id, { bId: b.id, mId: m.id, messageId: m.poll.messageId ?? '' });
      await pacedClient.post(message(url, u, 'hulp'));
    });
    const pacedLanes = () =>
      range(10).map((j) =>
        pacedUsers.filter((_, i) => i % 10 === j).flatMap((u) => range(3).map((k) => () => vote(u, k))),
      );
    const pacedBot = await measure(h, pacedClient, pacedLanes(), (a) => isCard(a, 'Jouw keuze'));
    const pacedEcho = await measure(h, h.echo, pacedLanes(), (a) => isCard(a));
    rows.push({
      ...row('vote, production pacing', 10, 'echo invoke', pacedBot.side, pacedEcho.side, true),
      note: 'each user votes on 3 slots of one poll in a row; Teams limits and the 300 ms card gap apply',
    });

    // 5. Proactive fan-out through the outbox.
    progress('fan-out: 1,000 messages to 20 conversations (about 20 s)');
    const fanout = await runFanout(store, createLogger('warn', sink));

    // Targets.
    for (const r of rows) {
      if (r.verdict === 'PASS' || r.verdict === 'FAIL') {
        targets.push({
          verdict: r.verdict,
          what: `${r.scenario} c=${r.concurrency} p95 ≤ ${P95_RATIO_TARGET}× ${r.floor} p95`,
          detail:
            `${r.bot!.latency.p95.toFixed(1)} ms vs ${r.echo!.latency.p95.toFixed(1)} ms = ${r.ratioP95!.toFixed(2)}×` +
            (r.bot!.latency.failures > 0 ? `; ${r.bot!.latency.failures} unexpected answers` : ''),
        });
      }
    }
    const intake = storage.find((s) => s.scenario === 'intake step')!;
    const extraReads = intake.bot.reads - intake.echo.reads;
    const extraWrites = intake.bot.writes - intake.echo.writes;
    targets.push({
      verdict: extraReads <= 1 && extraWrites <= 1 ? 'PASS' : 'FAIL',
      what: 'intake step ≤ 1 read and ≤ 1 write beyond the echo turn state',
      detail:
        `+${extraReads.toFixed(2)} reads, +${extraWrites.toFixed(2)} writes (and +${(intake.bot.queries - intake.echo.queries).toFixed(2)} queries); ` +
        `bot ${intake.bot.reads.toFixed(2)} r / ${intake.bot.writes.toFixed(2)} w, echo ${intake.echo.reads.toFixed(2)} r / ${intake.echo.writes.toFixed(2)} w`,
    });
    const s10 = storage.find((s) => s.scenario === STATUS_AFRESH_10);
    const s60 = storage.find((s) => s.scenario === STATUS_AFRESH_60);
    targets.push(
      s10 && s60
        ? {
            verdict: Math.abs(s10.bot.queries - s60.bot.queries) < 0.01 ? 'PASS' : 'FAIL',
            what: 'status read afresh: the same number of queries with 10 and with 60 broedplaatsen',
            detail: `${s10.bot.queries.toFixed(2)} vs ${s60.bot.queries.toFixed(2)} queries per turn (reads ${s10.bot.reads.toFixed(2)} vs ${s60.bot.reads.toFixed(2)})`,
          }
        : {
            verdict: 'n/a',
            what: 'status: bounded queries',
            detail: 'the status command is not available yet',
          },
    );
    targets.push({
      verdict: fanout.efficiency >= 0.9 && fanout.lost === 0 && fanout.duplicates === 0 ? 'PASS' : 'FAIL',
      what: 'fan-out ≥ 90 % of the fastest the limits allow, nothing lost, no duplicates',
      detail: `${(fanout.efficiency * 100).toFixed(1)} % (${(fanout.takenMs / 1000).toFixed(2)} s vs ${(fanout.minimumMs / 1000).toFixed(2)} s), lost ${fanout.lost}, duplicates ${fanout.duplicates}, 429s ${fanout.throttled}`,
    });
    targets.push({
      verdict: memory.peakMb <= RSS_TARGET_MB ? 'PASS' : 'FAIL',
      what: `peak RSS with ${RSS_INTAKES} open intakes ≤ ${RSS_TARGET_MB} MB`,
      detail: `peak ${memory.peakMb.toFixed(0)} MB (VmHWM of the bot's own process; ${memory.startedMb.toFixed(0)} MB after start, ${memory.afterMb.toFixed(0)} MB 2 s after the load)`,
    });

    const results: Results = {
      date: new Date().toISOString(),
      machine: machine(loadAverage),
      durationSeconds: (Date.now() - startedAt) / 1000,
      rows,
      storageByScenario: storage,
      intakeSteps,
      statusAvailable,
      checks,
      memory: { ...memory, wholeRunMaxRssMb: process.resourceUsage().maxRSS / 1024 },
      fanout,
      targets,
      botWarnings: { count: sink.warnings, first: sink.firstWarnings },
    };
    const outDir = path.resolve(__dirname, '../../bench/results');
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${formatReport(results)}\n\nWritten to bench/results/latest.json\n`);
  } finally {
    progress('stopping servers and Azurite, removing the temporary folder');
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await azurite?.stop();
    fs.rmSync(location, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`Benchmark crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
