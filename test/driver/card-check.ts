// Every Adaptive Card the bot sends is read with the Adaptive Cards SDK: unknown elements, invalid values and
// duplicate input ids are problems, as is a version above what Teams renders (1.5) or a card too large to send.
import type * as ACModule from 'adaptivecards';

// The SDK's main entry needs a DOM; its bundled build parses without one.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof ACModule;

const TEAMS_MAX_VERSION = 1.5;
const TEAMS_MAX_BYTES = 28_000;

/** What is wrong with `card` (empty when nothing). */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as { version?: string };
  if (Number(json.version) > TEAMS_MAX_VERSION)
    problems.push(`version ${json.version} is above ${TEAMS_MAX_VERSION}`);
  if (Buffer.byteLength(JSON.stringify(card)) > TEAMS_MAX_BYTES) problems.push('larger than Teams accepts');
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(withDynamicChoices(card), context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const e of parsed.validateProperties().validationEvents) problems.push(e.message);
  problems.push(...silentlyBlockingInputs(card));
  return problems;
}

/** Input properties Teams checks in the client before a button may send anything. */
const CLIENT_CHECKS = ['min', 'max', 'isRequired', 'regex', 'maxLength'] as const;

/**
 * Inputs that Teams (and the Agents Playground) check themselves but have no `errorMessage`: their card's buttons
 * then do nothing, and neither the user nor the bot hears why. A card template (unexpanded) is read the same way.
 */
export function silentlyBlockingInputs(card: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.')) {
      const checks = CLIENT_CHECKS.filter((k) => o[k] !== undefined && o[k] !== null && o[k] !== false);
      const message = typeof o.errorMessage === 'string' ? o.errorMessage.trim() : '';
      if (checks.length > 0 && !message)
        problems.push(
          `${o.type} "${String(o.id)}" has ${checks.join(', ')} but no errorMessage: Teams blocks its buttons without a word`,
        );
    }
    Object.values(o).forEach(walk);
  };
  walk(card);
  return problems;
}

/** The Adaptive Cards in a Bot Framework activity's attachments. */
export function cardsIn(activity: unknown): unknown[] {
  const attachments = (activity as { attachments?: { contentType?: string; content?: unknown }[] })
    ?.attachments;
  return (attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

/**
 * Teams' people picker is an Input.ChoiceSet whose choices come from `choices.data` (a Data.Query), so its own
 * choices are empty; the SDK does not know Data.Query and would call it empty. Such sets get a stand-in choice.
 */
function withDynamicChoices(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withDynamicChoices);
  if (!node || typeof node !== 'object') return node;
  const o = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withDynamicChoices(v)]));
  const dynamic =
    o.type === 'Input.ChoiceSet' && o['choices.data'] && Array.isArray(o.choices) && o.choices.length === 0;
  return dynamic ? { ...o, choices: [{ title: 'query', value: 'query' }] } : o;
}
