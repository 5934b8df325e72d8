// Profiles one scenario of the benchmark in the bot process as deployed (`node --cpu-prof`): where a turn's CPU goes.
// Usage after a build: node dist/bench/profile.js <hulp|intake|status|vote> [turns] — prints the heaviest packages
// and functions by self time and leaves the .cpuprofile (open it in Chrome DevTools) in the folder it names.
import './quiet';
import fs from 'node:fs';
import path from 'node:path';
import { deployedNodeFlags, startBotProcess } from './bot-process';
import { benchUser, BotClient, execute, message, runLanes, type Activity, type BenchUser } from './client';
import { inBatches, storeBroedplaats, storeMeeting, storePollFor } from './fixtures';
import { runMain, withStandalone, type Standalone } from './standalone';

const SCENARIOS = ['hulp', 'intake', 'status', 'vote'] as const;
type Scenario = (typeof SCENARIOS)[number];
const LANES = 10;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per package (node_modules/<name>, or the product's own file) and per function, in ms. */
function summarize(profile: CpuProfile): { packages: [string, number][]; functions: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const url = frame.url;
    const pkg = url.includes('node_modules/')
      ? (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? url)
      : url.includes('/dist/')
        ? url.slice(url.indexOf('/dist/') + 6)
        : url.startsWith('node:')
          ? url
          : frame.functionName || '(native)';
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { packages: top(packages, 25), functions: top(functions, 30) };
}

async function profile({ location, connectionString, store, connector }: Standalone): Promise<void> {
  const scenario = process.argv[2] as Scenario;
  if (!SCENARIOS.includes(scenario)) throw new Error(`scenario: one of ${SCENARIOS.join(', ')}`);
  const turns = Number(process.argv[3] ?? 2000);
  const profiles = path.join(location, 'profiles');
  const url = connector.url;
  const users = Array.from({ length: LANES }, (_, n) => benchUser(1, n));
  const contacts = Array.from({ length: 60 }, (_, n) => benchUser(5, n));
  const polls = new Map<string, { bId: string; mId: string; messageId: string }>();
  if (scenario === 'status')
    await inBatches(contacts, 10, async (contact, n) => {
      const b = await storeBroedplaats(store, contact, contact.conversationId, `Status ${n}`);
      await storeMeeting(store, b, contact.conversationId, `status-poll-${n}`, true);
    });
  if (scenario === 'vote')
    await inBatches(users, 10, async (u, i) => {
      const { b, m } = await storePollFor(store, u, contacts[i]!, 5);
      polls.set(u.id, { bId: b.id, mId: m.id, messageId: m.poll.messageId ?? '' });
    });
  const bot = await startBotProcess({
    connectionString,
    tablePrefix: 'profile',
    dataDir: path.join(location, 'bot'),
    nodeFlags: [
      ...(process.env.NODE_FLAGS?.split(' ').filter(Boolean) ?? deployedNodeFlags()),
      '--cpu-prof',
      `--cpu-prof-dir=${profiles}`,
    ],
    env: { PROJECT_LEAD_IDS: users.map((u) => u.aadObjectId).join(',') },
  });
  const client = new BotClient(bot.url);
  const answers = ['yes', 'maybe', 'no'] as const;
  const intakeTexts = ['Netwerk Profiel', 'regionaal', '5', 'Hoe richten we examens flexibeler in?', 'Niets'];
  let intakeStep = new Map<string, number>();
  const turnOf = (u: BenchUser, k: number): Activity => {
    if (scenario === 'hulp') return message(url, u, 'hulp');
    if (scenario === 'status') return message(url, u, 'status');
    if (scenario === 'intake') {
      const step = intakeStep.get(u.id) ?? 0;
      intakeStep.set(u.id, (step + 1) % 6);
      return message(url, u, step === 0 ? 'intake' : `${intakeTexts[step - 1]!} ${k}`);
    }
    const p = polls.get(u.id)!;
    const data = {
      verb: 'poll.vote',
      broedplaatsId: p.bId,
      meetingId: p.mId,
      slotId: `s${(k % 3) + 1}`,
      answer: answers[Math.floor(k / 3) % 3],
    };
    return execute(url, u, 'poll.vote', data, p.messageId);
  };
  try {
    // Greeted first, then warmed up, then profiled (the profile covers the whole process; warm-up is small).
    await runLanes(
      client,
      users.map((u) => [() => message(url, u, 'hulp')]),
    );
    intakeStep = new Map();
    const perLane = Math.ceil(turns / LANES);
    const t0 = Date.now();
    const result = await runLanes(
      client,
      users.map((u) => Array.from({ length: perLane }, (_, k) => () => turnOf(u, k))),
    );
    const seconds = (Date.now() - t0) / 1000;
    process.stdout.write(
      `${scenario}: ${result.latencies.length} turns in ${seconds.toFixed(1)} s (${result.failures} failed)\n`,
    );
  } finally {
    client.close();
    await bot.stop();
  }
  const file = fs.readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const { packages, functions } = summarize(
    JSON.parse(fs.readFileSync(path.join(profiles, file), 'utf8')) as CpuProfile,
  );
  const total = packages.reduce((s, [, ms]) => s + ms, 0);
  process.stdout.write(
    `profile: ${path.join(profiles, file)}\n\nself time by package (ms, top 25 of ${total.toFixed(0)} ms):\n`,
  );
  for (const [p, ms] of packages) process.stdout.write(`  ${ms.toFixed(0).padStart(6)}  ${p}\n`);
  process.stdout.write('\nself time by function (ms, top 30):\n');
  for (const [f, ms] of functions) process.stdout.write(`  ${ms.toFixed(0).padStart(6)}  ${f}\n`);
}

// The folder stays: the profile is in it.
runMain(() => withStandalone('profile', profile, { keepFolder: true }));
