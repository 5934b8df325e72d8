// Reading back everything the bot stored, for tests that check what changed (or that nothing did).
import { TABLE_NAMES } from '../../src/store';
import type { TestBot } from './test-bot';

/** Tables a user's own use touches whatever their rights: their address, turn state, intake draft, delivery claims. */
export const OWN_TABLES = new Set<string>([
  TABLE_NAMES.turnState,
  TABLE_NAMES.conversations,
  TABLE_NAMES.flows,
  TABLE_NAMES.activityClaims,
]);

/** Every row of every table but `except`, as sorted text without storage timestamps: equal text, same data. */
export async function storedRows(bot: TestBot, except: ReadonlySet<string> = new Set()): Promise<string> {
  const parts: string[] = [];
  for (const name of Object.values(TABLE_NAMES)) {
    if (except.has(name)) continue;
    const rows: string[] = [];
    for await (const e of bot.tables.table(name).listEntities<Record<string, unknown>>()) {
      const { etag: _etag, timestamp: _timestamp, ...rest } = e;
      rows.push(JSON.stringify(rest));
    }
    parts.push(`${name}:${rows.sort().join('\n')}`);
  }
  return parts.join('\n');
}

/** The rows that belong to the programme rather than to one user's own use of the bot. */
export function domainRows(bot: TestBot): Promise<string> {
  return storedRows(bot, OWN_TABLES);
}
