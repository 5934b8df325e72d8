// The help card: what the bot can do, one row per command. Template: cards/help.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/help.json. */
export interface HelpCardData {
  title: string;
  intro: string;
  /** One row per command: the word to type and what it does. */
  commands: { name: string; description: string }[];
  footer: string;
}

/** Renders the help card. */
export function renderHelpCard(data: HelpCardData): AdaptiveCard {
  return renderCard('help', data);
}
