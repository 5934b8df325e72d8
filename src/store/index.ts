// The store: every table the bot uses and the repositories over them, built from one Tables instance.
import type { Storage } from 'botbuilder';
import { ConversationStore } from './conversations';
import { Tables } from './tables';
import { TableTurnStateStorage } from './turn-state-storage';

/** Table names (without the deployment prefix). */
export const TABLE_NAMES = {
  turnState: 'TurnState',
  conversations: 'Conversations',
} as const;

export interface Store {
  tables: Tables;
  /** teams-ai turn state (botbuilder Storage with ETags). */
  turnState: Storage;
  conversations: ConversationStore;
}

/** Creates missing tables and returns the repositories. */
export async function openStore(tables: Tables): Promise<Store> {
  await tables.ensure(Object.values(TABLE_NAMES));
  return {
    tables,
    turnState: new TableTurnStateStorage(tables.table(TABLE_NAMES.turnState)),
    conversations: new ConversationStore(tables.table(TABLE_NAMES.conversations)),
  };
}
