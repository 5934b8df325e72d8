// Adaptive Card templates from cards/*.json, expanded with typed data (adaptivecards-templating).
import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** An expanded Adaptive Card, ready to send. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  refresh?: unknown;
  [key: string]: unknown;
}

/** Cards above this many bytes of JSON risk being refused by Teams (its strictest documented limit is ~28 KB). */
export const MAX_CARD_BYTES = 28_000;

const templates = new Map<string, ACData.Template>();

function cardsFolder(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cards/ folder not found');
    dir = up;
  }
  return path.join(dir, 'cards');
}

/**
 * Expands template `cards/<name>.json` with `data` and returns the card. Data values are inserted as
 * they are (templating does not evaluate expressions inside data), so user text cannot inject bindings.
 */
export function renderCard<T extends object>(name: string, data: T): AdaptiveCard {
  let template = templates.get(name);
  if (!template) {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(cardsFolder(), `${name}.json`), 'utf8'));
    template = new ACData.Template(json);
    templates.set(name, template);
  }
  const card = template.expand({ $root: data }) as AdaptiveCard;
  if (Buffer.byteLength(JSON.stringify(card)) > MAX_CARD_BYTES) {
    throw new Error(`Card ${name} is larger than ${MAX_CARD_BYTES} bytes`);
  }
  return card;
}
