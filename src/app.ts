// The framework edge: builds the teams-ai Application and routes activities (as Turns) to the features.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
// teams-ai's own modules rather than its index: the index also loads its AI half (models, prompts, a GPT tokenizer's
// tables), which this bot does not use, at 13 MB of memory.
import { Application } from '@microsoft/teams-ai/lib/Application';
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { Server } from 'restify';
import type { Config } from './config';
import { logFailure, turnFailureText } from './bot/failures';
import type { CardAction, Turn } from './bot/feature';
import { claimsFirst, Router } from './bot/router';
import { annotateTurn } from './bot/turn-log';
import { buildFeatures } from './features';
import { Coalescer } from './jobs/coalescer';
import { Outbox, type Timing } from './jobs/outbox';
import { JobQueue } from './jobs/queue';
import { RateLimiter, type Limits } from './jobs/rate-limiter';
import { localeOf, textsFor, type Texts } from './i18n';
import type { Logger } from './logger';
import { CappedMailer } from './mail/capped-mailer';
import { GraphMailer, type Mailer } from './mail/graph-mail';
import { GraphDirectory } from './mail/graph-users';
import type { Store } from './store';
import { ActivityClaim, DuplicateActivityError } from './store/claims';
import { keptAddress } from './store/conversations';
import { activityLocale, tenantIsUnambiguous, tenantOf, toTurn, type UserScope } from './teams/activity';
import { guardAuthMetadata } from './teams/auth-metadata';
import { createSingleTryAdapter } from './teams/connector';
import { invokedAction, refuseTenant, sendInvokeResponse } from './teams/invoke';
import { createMessenger } from './teams/messenger';
import { activityId, RecentOutcomes } from './teams/redelivery';
import { UserTurnState } from './teams/turn-state';
import { registerTestHooks } from './web/test-hooks';

/** What the bot is built from. `now` is the injectable clock; `links` the key and address of signed links. */
export interface BotDeps {
  config: Config;
  store: Store;
  logger: Logger;
  now: () => Date;
  links: { secret: string; baseUrl: string };
  /** Shortest pause between two updates of one shared card, in ms (tests may set 0). */
  cardUpdateGapMs?: number;
  /** Rate limits of proactive sends (default: Teams' documented ones). */
  limits?: Limits;
  /** Clock and sleep of the outbox (default: real time). */
  timing?: Timing;
  /** The bot's clock as browser tests move it (TEST_HOOKS only). */
  clock?: { setOffsetMs(ms: number): void };
  /** E-mail to invitees outside Teams (default: Microsoft Graph when MAIL_* is configured, else none). */
  mailer?: Mailer;
}

/** The bot: an adapter that authenticates requests, the logic to run for each activity, and its job runner. */
export interface Bot {
  adapter: TeamsAdapter;
  jobs: JobQueue;
  /** Runs one turn (tenant check, then the application). */
  run(context: TurnContext): Promise<void>;
  /** The features' web pages (and the test hooks, when on), for the server to register. */
  routes: ((server: Server) => void)[];
  /** Starts serving: each feature's recurring work scheduled, and the due jobs polled every `pollMs`. */
  start(pollMs: number): Promise<void>;
  /** Resolves once the work turns leave running after their answer (shared card updates) is done. */
  settle(): Promise<void>;
}

/** Users whose open flow this process remembers as a hint for reading ahead. */
const FLOW_HINTS = 10_000;
/** Conversations whose address this process already saved (so the address is written once, not per turn). */
const SAVED_ADDRESS_CACHE_SIZE = 10_000;

/** Builds the adapter, the teams-ai Application and every feature. */
export function createBot(deps: BotDeps): Bot {
  const { config, store, logger } = deps;
  guardAuthMetadata();
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
  });
  // Proactive sends go through a client without its own retries: the outbox paces and retries them.
  const proactiveAdapter = createSingleTryAdapter({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
  });
  const messenger = createMessenger({
    adapter: proactiveAdapter,
    appId: config.bot.appId,
    conversations: store.conversations,
    logger,
    now: deps.now,
  });
  const jobs = new JobQueue(store.jobs, {
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    now: deps.now,
    logger,
  });
  store.programme.onFault = (e) =>
    logger.warn({ err: e }, 'programme table version not moved on after a write; tried again shortly');
  const coalescer = new Coalescer(deps.cardUpdateGapMs);
  const outbox = new Outbox({
    messenger,
    limiter: new RateLimiter(deps.limits),
    queue: jobs,
    undelivered: store.undelivered,
    conversations: store.conversations,
    logger,
    now: deps.now,
    newId: randomUUID,
    timing: deps.timing,
  });
  const mailer = deps.mailer ?? (config.mail ? new GraphMailer(config.mail) : undefined);
  const { features, commands } = buildFeatures({
    config,
    store,
    messenger,
    logger,
    now: deps.now,
    newId: randomUUID,
    links: deps.links,
    coalescer,
    outbox,
    jobs,
    mailer:
      mailer && new CappedMailer(mailer, store.mailCounts, config.mailCaps, deps.now, deps.links.secret),
    directory: config.mail && config.graphUserLookup ? new GraphDirectory(config.mail) : undefined,
  });
  for (const f of features)
    for (const [kind, handler] of Object.entries(f.jobs ?? {})) jobs.register(kind, handler);
  const router = new Router(features, commands, deps.now);

  const app = new Application<UserTurnState>({
    adapter,
    botAppId: config.bot.appId,
    storage: store.turnState,
    turnStateFactory: () => new UserTurnState((activity) => !invokeOf(activity)?.action?.withoutUserState),
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  /** Each running activity's claim and what was read ahead for it (made in `run`, used by the handlers' turns). */
  const runningTurns = new WeakMap<TurnContext, TurnExtras>();
  /** Builds the turn of a running activity. */
  const turnOf = (context: TurnContext, user: UserScope | undefined): Turn => {
    const extras = runningTurns.get(context);
    return toTurn(context, user, extras?.claim, extras?.memos, extras?.readAheads);
  };
  /**
   * The flow each user had open in a conversation after their last turn on this instance (bounded). Only a hint
   * for reading ahead: whatever it says, the turn state decides where a text goes, and every path claims once.
   */
  const flowHints = new Map<string, string>();
  const hintKey = (activity: TurnContext['activity']) => `${activity.conversation?.id}|${activity.from?.id}`;
  const savedAddresses = new Set<string>();
  app.turn('beforeTurn', async (context) => {
    const turn = toTurn(context);
    // Saved again when the client's language changes, so later messages (prompts, reminders) use it.
    const locale = turn.address.locale;
    const cacheKey = `${turn.address.conversation.id}|${turn.address.serviceUrl}|${locale ?? ''}`;
    if (!savedAddresses.has(cacheKey)) {
      // An activity without a language (some install events) keeps the one stored (see `save`).
      await store.conversations.save({
        address: keptAddress(turn.address, turn.conversation.kind),
        kind: turn.conversation.kind,
        tenantId: turn.conversation.tenantId,
        userAadObjectId: turn.conversation.kind === 'personal' ? turn.actor.aadObjectId : undefined,
        updatedAt: deps.now().toISOString(),
      });
      if (savedAddresses.size >= SAVED_ADDRESS_CACHE_SIZE) savedAddresses.clear();
      savedAddresses.add(cacheKey);
    }
    return true;
  });

  // Remembers who has a flow open here, to read ahead on their next turn (see `run`).
  app.turn('afterTurn', async (context, state) => {
    const key = hintKey(context.activity);
    const user = state.userRead;
    // A turn that did not read the user's state (a card action without it) tells nothing about their flows.
    if (!user) return true;
    const open = user.openFlows?.[context.activity.conversation?.id ?? ''];
    if (open) {
      if (flowHints.size >= FLOW_HINTS && !flowHints.has(key)) flowHints.clear();
      flowHints.set(key, open);
    } else flowHints.delete(key);
    return true;
  });

  app.activity(ActivityTypes.Message, async (context, state) => {
    const user = state.user as UserScope;
    const turn = turnOf(context, user);
    const value: unknown = context.activity.value;
    if (!context.activity.text && value && typeof value === 'object') {
      await guarded(turn, async () => {
        await turn.claim.ensure();
        await runSubmit(turn, context, value as Record<string, unknown>);
      });
      return;
    }
    await guarded(turn, () => router.text(turn, user, context.activity.text ?? ''));
  });

  app.addRoute(
    async (context) =>
      context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context, state) => {
      const turn = turnOf(context, state.userRead);
      const invoked = invokeOf(context.activity);
      try {
        if (claimsFirst(invoked?.action)) await turn.claim.ensure();
        const outcome = await router.action(turn, invoked?.verb, invoked?.data, 'execute');
        await sendInvokeResponse(context, outcome);
        const id = activityId(context.activity);
        if (id) recentInvokes.remember(id.key, outcome);
      } catch (e) {
        // A redelivery: `run` answers it as the first delivery was answered.
        if (e instanceof DuplicateActivityError) return;
        await sendInvokeResponse(context, { message: failed(turn.t, e) });
      }
    },
    true,
  );

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersAdded?.some((m) => m.id === botId)) return;
    const user = state.user as UserScope;
    await router.installed(toTurn(context, user), user);
  });

  adapter.onTurnError = async (context, error) => {
    const text = failed(textsFor(localeOf(activityLocale(context.activity))), error);
    try {
      if (context.activity.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
        await sendInvokeResponse(context, { message: text });
      } else if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity(text);
      }
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not tell the user about an error');
    }
  };

  /** A failed turn: noted in the turn's log line, logged as its kind deserves, and the text the user is told. */
  function failed(t: Texts, e: unknown): string {
    const kind = logFailure(logger, e, 'turn');
    annotateTurn({ outcome: `error:${kind}` });
    return turnFailureText(t, kind);
  }

  async function runSubmit(turn: Turn, context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const outcome = await router.action(turn, value.verb, value, 'submit');
    const replyToId = context.activity.replyToId;
    if ('card' in outcome && replyToId) await turn.update(replyToId, outcome.card);
    else if ('card' in outcome) await turn.send({ card: outcome.card });
    else await turn.send(outcome.message);
  }

  async function guarded(turn: Turn, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      // A redelivered message: handled before, so nothing more happens (`run` notes it).
      if (e instanceof DuplicateActivityError) return;
      await turn.send(failed(turn.t, e));
    }
  }

  /** A redelivered invoke gets the answer the first one got (when this instance still has it), else a short note. */
  async function answerDuplicate(context: TurnContext, key: string): Promise<void> {
    annotateTurn({ outcome: 'duplicate' });
    if (context.activity.type !== ActivityTypes.Invoke) return;
    const t = textsFor(localeOf(activityLocale(context.activity)));
    await sendInvokeResponse(context, recentInvokes.get(key) ?? { message: t.errors.alreadyHandled });
  }

  /**
   * While teams-ai reads the turn state: a text from a user last seen in a flow has the flow's draft read ahead
   * (the draft's write will claim the activity); anything else has its claim started, but for card actions that
   * claim on their own row or need no claim; and a command or card action that reads before it acts starts those
   * reads. Nothing here writes but the claim.
   */
  function readAhead(context: TurnContext, extras: TurnExtras): void {
    const activity = context.activity;
    const invoked = invokeOf(activity);
    const text =
      activity.type === ActivityTypes.Message && typeof activity.text === 'string' ? activity.text : '';
    const input = {
      text,
      hintedFlow: flowHints.get(hintKey(activity)),
      verb: invoked?.verb,
      data: invoked?.data,
    };
    if (!router.flowClaims(input) && claimsFirst(invoked?.action)) extras.claim.start();
    router.prefetch(toTurn(context, undefined, extras.claim, extras.memos, extras.readAheads), input);
  }

  /** A card action's invoke: the button's verb and data, and the action that verb names (if any). */
  function invokeOf(
    activity: TurnContext['activity'],
  ): { verb?: unknown; data?: unknown; action?: CardAction } | undefined {
    if (activity.type !== ActivityTypes.Invoke || activity.name !== 'adaptiveCard/action') return undefined;
    const invoked = invokedAction(activity);
    return { ...invoked, action: router.actionOf(invoked?.verb) };
  }

  const recentInvokes = new RecentOutcomes();
  const clock = deps.clock;
  const inFlight = new Map<string, Promise<unknown>>();

  return {
    adapter,
    jobs,
    routes: [
      ...features.flatMap((f) => f.routes ?? []),
      // Browser tests only: the bot's clock moved ahead, and the due jobs run at once.
      ...(config.testHooks && clock
        ? [
            (server: Server) =>
              registerTestHooks(server, {
                setOffsetMs: (ms) => clock.setOffsetMs(ms),
                runJobs: () => jobs.runDue(),
              }),
          ]
        : []),
    ],
    async start(pollMs) {
      for (const f of features) await f.start?.();
      jobs.start(pollMs);
    },
    settle: () => coalescer.idle(),
    async run(context) {
      const tenantId = tenantOf(context.activity);
      const allowed =
        config.allowedTenantIds.length === 0 || config.allowedTenantIds.includes(tenantId ?? '');
      if (!allowed || !tenantIsUnambiguous(context.activity)) {
        annotateTurn({ outcome: 'refused-tenant' });
        await refuseTenant(context);
        return;
      }
      const id = activityId(context.activity);
      if (!id) return app.run(context).then(() => undefined);
      // Delivered again while the first delivery still runs here: wait for it, then answer as it did.
      const earlier = inFlight.get(id.key);
      if (earlier) {
        await earlier.catch(() => undefined);
        return answerDuplicate(context, id.key);
      }
      const work = (async () => {
        // Redelivered later, or to another instance: the turn's claim finds it handled before any effect.
        const claim = new ActivityClaim(store.claims, id.conversationId, id.activityId, deps.now);
        const extras: TurnExtras = { claim, memos: new Map(), readAheads: new Map() };
        runningTurns.set(context, extras);
        readAhead(context, extras);
        try {
          await app.run(context);
        } catch (e) {
          // Not handled after all: a redelivery may run it again.
          await claim.release().catch(() => undefined);
          throw e;
        }
        if (claim.duplicate) await answerDuplicate(context, id.key);
      })();
      inFlight.set(id.key, work);
      try {
        await work;
      } finally {
        inFlight.delete(id.key);
      }
    },
  };
}

/** What a running activity's turns share: its claim, what was loaded once, and what was read ahead. */
interface TurnExtras {
  claim: ActivityClaim;
  memos: Map<string, Promise<unknown>>;
  readAheads: Map<string, Promise<unknown>>;
}
