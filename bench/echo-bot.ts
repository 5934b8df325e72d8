// The floor: a bare teams-ai bot on the same turn-state Storage that echoes every message and answers card invokes.
// Given a table to keep in, it first stores what was sent as one row: the least any turn that keeps a user's input
// (an intake answer, a vote) must do beyond the floor. With `checkFirst` it reads that row before it writes: the least
// a turn does that checks what is stored before it keeps anything (a vote checks its poll first).
import { RestError } from '@azure/data-tables';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import restify, { type Request, type Response } from 'restify';
import { countStorageCalls, type StorageCounters, type Tables } from '../src/store/tables';
import { TableTurnStateStorage } from '../src/store/turn-state-storage';

export interface EchoBot {
  url: string;
  close(): Promise<void>;
}

/** The small card every `adaptiveCard/action` invoke gets back. */
const ECHO_CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Echo', wrap: true }],
};

/**
 * Starts the echo bot: restify + TeamsAdapter + teams-ai Application with `TableTurnStateStorage` on
 * `tables` (table `turnStateTable`, created by the caller). `onTurn` gets each turn's storage calls. With
 * `keepTable` (created by the caller), every message's text and every invoke's data is upserted there as one row
 * (per conversation and sender) before the answer; with `checkFirst` that row is read first, and then written.
 */
export async function startEchoBot(
  tables: Tables,
  turnStateTable: string,
  onTurn: (counters: StorageCounters) => void,
  keepTable?: string,
  checkFirst = false,
): Promise<EchoBot> {
  const adapter = new TeamsAdapter({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
  });
  const app = new Application<TurnState>({
    adapter,
    storage: new TableTurnStateStorage(tables.table(turnStateTable)),
    startTypingTimer: false,
    removeRecipientMention: true,
  });
  const kept = keepTable ? tables.table(keepTable) : undefined;
  const keep = async (context: TurnContext, sent: string): Promise<void> => {
    const [partitionKey, rowKey] = [context.activity.conversation.id, context.activity.from.id];
    if (checkFirst)
      await kept?.getEntity(partitionKey, rowKey).catch((e: unknown) => {
        if (!(e instanceof RestError && e.statusCode === 404)) throw e;
      });
    await kept?.upsertEntity({ partitionKey, rowKey, sent }, 'Replace');
  };
  app.activity(ActivityTypes.Message, async (context) => {
    await keep(context, context.activity.text ?? '');
    await context.sendActivity(context.activity.text ?? '');
  });
  app.addRoute(
    async (context) =>
      context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      await keep(context, JSON.stringify(context.activity.value ?? null));
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: ECHO_CARD },
        },
      });
    },
    true,
  );

  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1_000_000, mapParams: false }));
  server.post('/api/messages', async (req: Request, res: Response) => {
    const { counters } = await countStorageCalls(() =>
      adapter.process(req, res, (context) => app.run(context).then(() => undefined)),
    );
    onTurn(counters);
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(server.address().port)),
  );
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
    },
  };
}
