// The memory scenario: the bot as deployed, in its own process, while 1,000 users open an intake.
import type { Store } from '../src/store';
import { benchUser, BotClient, message, runLanes } from './client';
import type { BotProcess } from './bot-process';
import { inBatches } from './fixtures';
import type { Memory } from './report';

export const RSS_INTAKES = 1000;
/** The user group of the memory scenario (distinct ids from the other scenarios'). */
export const MEMORY_GROUP = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * 1,000 users start an intake and answer its first step, against the bot in its own process; that process's
 * RSS is sampled throughout and its high-water mark (VmHWM) read at the end.
 */
export async function measureMemory(
  client: BotClient,
  bot: BotProcess,
  store: Store,
  url: string,
): Promise<Memory> {
  const started = bot.memory().rssMb;
  let sampledPeak = started;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, bot.memory().rssMb);
  }, 50);
  const users = range(RSS_INTAKES).map((n) => benchUser(MEMORY_GROUP, n));
  const lanes = range(50).map((j) =>
    users
      .filter((_, i) => i % 50 === j)
      .flatMap((u) => [
        () => message(url, u, 'intake'),
        () => message(url, u, `Netwerk Geheugen ${u.id.slice(9)}`),
      ]),
  );
  const t0 = Date.now();
  const result = await runLanes(client, lanes);
  const seconds = (Date.now() - t0) / 1000;
  await sleep(2000);
  clearInterval(sampler);
  const { rssMb: after, peakMb } = bot.memory();
  let open = 0;
  await inBatches(users, 25, async (u) => {
    const draft = await store.intakes.get({ conversationId: u.conversationId, userKey: u.aadObjectId });
    if (draft?.value.position === 'networkKind') open++;
  });
  return {
    intakes: users.length,
    turns: result.latencies.length,
    seconds,
    pid: bot.pid,
    startedMb: started,
    sampledPeakMb: Math.max(sampledPeak, after),
    peakMb,
    afterMb: after,
    openIntakesChecked: `${open} of ${users.length} intakes stored at step networkKind (${result.failures} failed turns)`,
  };
}
