// Teams delivers an activity again when the bot was slow or failed to answer: each is recognised and run once.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { ActionOutcome } from '../bot/feature';

export /** Messages and card actions are deduplicated by conversation and activity id; other activities are not. */
function activityId(
  activity: TurnContext['activity'],
): { key: string; conversationId: string; activityId: string } | undefined {
  const kind = activity.type === ActivityTypes.Message || activity.type === ActivityTypes.Invoke;
  const conversationId = activity.conversation?.id;
  if (!kind || !activity.id || !conversationId) return undefined;
  return { key: `${conversationId}|${activity.id}`, conversationId, activityId: activity.id };
}

export /** Answers of the latest card actions on this instance, for a redelivered invoke (a few minutes, bounded). */
class RecentOutcomes {
  private readonly items = new Map<string, { outcome: ActionOutcome; at: number }>();
  private static readonly MAX = 500;
  private static readonly KEEP_MS = 5 * 60_000;

  remember(key: string, outcome: ActionOutcome): void {
    if (this.items.size >= RecentOutcomes.MAX) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.items.delete(oldest);
    }
    this.items.set(key, { outcome, at: Date.now() });
  }

  get(key: string): ActionOutcome | undefined {
    const item = this.items.get(key);
    return item && Date.now() - item.at < RecentOutcomes.KEEP_MS ? item.outcome : undefined;
  }
}
