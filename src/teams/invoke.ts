// Card clicks as Teams sends them (an `adaptiveCard/action` invoke) and the answers Teams expects to them.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { ActionOutcome } from '../bot/feature';
import { plainText } from '../domain/text';
import { localeOf, textsFor } from '../i18n';
import { activityLocale } from './activity';

export /** The button of an `adaptiveCard/action` invoke: its verb and data, unchecked. */
function invokedAction(activity: TurnContext['activity']): { verb?: unknown; data?: unknown } | undefined {
  return (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
}

/** Answers an invoke: with the card that replaces the clicked one, or a short text Teams shows as it is. */
export async function sendInvokeResponse(context: TurnContext, outcome: ActionOutcome): Promise<void> {
  const body =
    'card' in outcome
      ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: outcome.card }
      : // Teams shows this text as it is, markdown and all.
        {
          statusCode: 200,
          type: 'application/vnd.microsoft.activity.message',
          value: plainText(outcome.message),
        };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

export /** Tells a user of a tenant outside the allow-list that the bot is not for them; stores nothing. */
async function refuseTenant(context: TurnContext): Promise<void> {
  const t = textsFor(localeOf(activityLocale(context.activity)));
  if (context.activity.type === ActivityTypes.Message) {
    await context.sendActivity(t.errors.tenantRefused);
  } else if (context.activity.type === ActivityTypes.Invoke) {
    await sendInvokeResponse(context, { message: t.errors.tenantRefused });
  }
}
