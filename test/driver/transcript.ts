// Conversations as tables: what the user does, and what the bot must answer (a pattern over all it sent).
import { cardText, executeActions } from './connector';
import type { TestConversation, TestUser, TurnResult } from './conversation';

/** One row: the user types text, or clicks a card button (verb + data); the bot's answer must match. */
export type Step =
  | [say: string, expect: RegExp]
  | [
      click: {
        verb: string;
        data: Record<string, unknown> | ((last: TurnResult) => Record<string, unknown>);
      },
      expect: RegExp,
    ];

/** Everything the bot showed in a turn: texts, new cards, updated cards and the invoke response. */
export function everything(result: TurnResult): string {
  const invoke =
    result.body && typeof result.body === 'object'
      ? cardText((result.body as { value?: unknown }).value) +
        String((result.body as { value?: unknown }).value ?? '')
      : '';
  return [
    ...result.texts,
    ...result.cards.map(cardText),
    ...result.updates.map((u) => cardText(u.card)),
    invoke,
  ].join('\n');
}

/** Plays the rows in order and checks each answer; returns the last result. */
export async function play(chat: TestConversation, user: TestUser, steps: Step[]): Promise<TurnResult> {
  let last: TurnResult | undefined;
  for (const [i, [action, pattern]] of steps.entries()) {
    if (typeof action === 'string') {
      last = await chat.say(user, action);
    } else {
      const data = typeof action.data === 'function' ? action.data(last!) : action.data;
      last = await chat.execute(user, action.verb, data);
    }
    const shown = everything(last);
    if (!pattern.test(shown)) {
      throw new Error(
        `Step ${i + 1} (${typeof action === 'string' ? JSON.stringify(action) : action.verb}): expected ${pattern}, bot showed:\n${shown}`,
      );
    }
  }
  return last!;
}

/** The data of the first Action.Execute button titled `title` (or the first one) on the last card sent. */
export function buttonData(result: TurnResult, title?: string): Record<string, unknown> {
  const actions = executeActions(result.cards[result.cards.length - 1]);
  const found = title ? actions.find((a) => a.title === title) : actions[0];
  if (!found) throw new Error(`No button ${title ?? ''} on the last card`);
  return found.data;
}
