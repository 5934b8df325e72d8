// The load side: Teams activities as a personal chat sends them, posted over keep-alive HTTP by concurrent lanes.
import http from 'node:http';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:broedplaats-bot', name: 'Broedplaats-bot' };

/** A Teams user with a personal chat with the bot. */
export interface BenchUser {
  id: string;
  aadObjectId: string;
  name: string;
  /** The personal chat's conversation id. */
  conversationId: string;
}

/** User number `n` of group `group`, with a GUID-shaped Entra object id. */
export function benchUser(group: number, n: number): BenchUser {
  const tail = `${String(group).padStart(4, '0')}${String(n).padStart(8, '0')}`;
  const id = `29:bench-${group}-${n}`;
  return {
    id,
    aadObjectId: `00000000-0000-4000-8000-${tail}`,
    name: `Bench Gebruiker ${group}-${n}`,
    conversationId: `a:personal-${id}`,
  };
}

export type Activity = Record<string, unknown>;

let activityCounter = 0;

function base(serviceUrl: string, user: BenchUser, fields: Activity): Activity {
  activityCounter++;
  return {
    id: `bench-act-${activityCounter}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: BOT,
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT, isGroup: false },
    channelData: { tenant: { id: TENANT } },
    locale: 'nl-NL',
    ...fields,
  };
}

/** `user` types `text` in their personal chat. */
export function message(serviceUrl: string, user: BenchUser, text: string): Activity {
  return base(serviceUrl, user, { type: 'message', text });
}

/** `user` clicks an Action.Execute button with `verb` and `data` on the card message `messageId`. */
export function execute(
  serviceUrl: string,
  user: BenchUser,
  verb: string,
  data: Record<string, unknown>,
  messageId: string,
): Activity {
  return base(serviceUrl, user, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: messageId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

/** One HTTP answer: status, raw body and the round-trip time. */
export interface Answer {
  status: number;
  body: string;
  ms: number;
}

/** Posts activities to one bot endpoint over a keep-alive connection pool. */
export class BotClient {
  /**
   * With a socket timeout set, the agent honours the server's `Keep-Alive: timeout=5` hint and drops idle
   * sockets a second early, so a request never goes out on a socket the server is closing (ECONNRESET).
   */
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 60_000 });
  private readonly target: URL;

  constructor(endpoint: string) {
    this.target = new URL(endpoint);
  }

  post(activity: Activity): Promise<Answer> {
    const payload = Buffer.from(JSON.stringify(activity));
    return new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          agent: this.agent,
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': payload.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
              ms: Number(process.hrtime.bigint() - started) / 1e6,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** What a run of lanes produced. */
export interface RunResult {
  latencies: number[];
  wallMs: number;
  /** Answers that were not HTTP 200 or that `check` refused. */
  failures: number;
  firstFailure?: string;
}

/**
 * Runs lanes side by side, each posting its activities one after the other (so the number of lanes is the
 * number of requests in flight). `check` may refuse an answer (counted as a failure, still timed).
 */
export async function runLanes(
  client: BotClient,
  lanes: readonly (readonly (() => Activity | Promise<Activity>)[])[],
  check?: (answer: Answer) => string | undefined,
): Promise<RunResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = process.hrtime.bigint();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const next of lane) {
        // An async step (a change made elsewhere before the turn) is not part of the turn's latency.
        const answer = await client.post(await next());
        latencies.push(answer.ms);
        const problem = answer.status !== 200 ? `HTTP ${answer.status}: ${answer.body}` : check?.(answer);
        if (problem) {
          failures++;
          firstFailure ??= problem.slice(0, 300);
        }
      }
    }),
  );
  return { latencies, wallMs: Number(process.hrtime.bigint() - started) / 1e6, failures, firstFailure };
}

/** Nearest-rank percentile (q in 0..1) of unsorted samples. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
