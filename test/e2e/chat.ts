// The Agents Playground's personal chat, used like a person: type, read the bot's answers, work its cards.
import type { Locator, Page } from 'playwright-core';

const OUTPUT = '.fai-OutputCard';
const CARD = '.ac-adaptiveCard';
const COMPOSE = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const SEND = 'button[aria-label="Send Message"]';
const NEXT_MONTH = 'button[aria-label*="next month" i], button[title*="next month" i]';
const PREVIOUS_MONTH = 'button[aria-label*="previous month" i], button[title*="previous month" i]';
/** The calendar's heading, e.g. "January 2027". */
const MONTH_SHOWN = '.fui-CalendarDay__monthAndYear';
const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Date(2000, i, 1).toLocaleString('en-US', { month: 'long' }),
);
/** How long one step (an answer, a card update) may take before the test fails. */
export const STEP_TIMEOUT_MS = 20_000;
const PAGE_TIMEOUT_MS = 30_000;
const POLL_MS = 100;
/** The greeting of a new chat is complete, or a card done changing, when nothing changed for this long. */
const QUIET_MS = 500;

/** Markdown as the chat shows it: without `**bold**` and `_italic_` markers. */
export function shown(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/(^|[\s(])_(\S[^_]*?)_(?=$|[\s.,;:!?)])/g, '$1$2');
}

/** Repeats `probe` until it returns a value; fails with `describe()` after `timeout`. */
async function until<T>(
  describe: () => Promise<string>,
  probe: () => Promise<T | undefined>,
  timeout = STEP_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${await describe()} (waited ${timeout / 1000} s)`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

const matches = (text: string, expected: string | RegExp) =>
  typeof expected === 'string' ? text.includes(expected) : expected.test(text);

const excerpt = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 300));

/** A point in the conversation: the number of bot messages shown so far. */
export type Mark = number;

export class Chat {
  private constructor(readonly page: Page) {}

  /** Opens the playground's personal chat and waits until the bot's greeting is complete. */
  static async open(page: Page, playgroundUrl: string): Promise<Chat> {
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(playgroundUrl, { timeout: PAGE_TIMEOUT_MS });
    await page.locator(COMPOSE).waitFor({ timeout: PAGE_TIMEOUT_MS });
    const chat = new Chat(page);
    await chat.outputs.first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    let count = -1;
    let since = Date.now();
    await until(
      async () => 'The greeting did not settle',
      async () => {
        const now = await chat.outputs.count();
        if (now !== count) [count, since] = [now, Date.now()];
        return Date.now() - since >= QUIET_MS ? true : undefined;
      },
    );
    return chat;
  }

  /** Every message of the bot, oldest first. */
  get outputs(): Locator {
    return this.page.locator(OUTPUT);
  }

  /** The adaptive card in a bot message. */
  card(output: Locator): Locator {
    return output.locator(CARD);
  }

  async mark(): Promise<Mark> {
    return this.outputs.count();
  }

  /** Types `text` in the compose box and sends it; returns the mark from before it was sent. */
  async say(text: string): Promise<Mark> {
    const mark = await this.mark();
    await this.page.locator(COMPOSE).click();
    await this.page.keyboard.insertText(text);
    await this.page.locator(SEND).click();
    return mark;
  }

  /** Waits for the first bot message after `mark` that shows `expected`. */
  async reply(mark: Mark, expected: string | RegExp): Promise<Locator> {
    const index = await until(
      async () => {
        const texts = (await this.outputs.allInnerTexts()).slice(mark);
        return `No bot message after #${mark} shows ${excerpt(String(expected))}; they show:\n${texts.map(excerpt).join('\n') || '(nothing)'}`;
      },
      async () => {
        const texts = await this.outputs.allInnerTexts();
        const found = texts.findIndex((text, i) => i >= mark && matches(text, expected));
        return found >= 0 ? found : undefined;
      },
    );
    return this.outputs.nth(index);
  }

  /** Says `text` and waits for the bot's message that shows `expected`. */
  async ask(text: string, expected: string | RegExp): Promise<Locator> {
    return this.reply(await this.say(text), expected);
  }

  /** Waits until `element` (a message or card, which may be replaced in place) shows every one of `expected`. */
  async shows(element: Locator, ...expected: (string | RegExp)[]): Promise<string> {
    let last = '';
    return until(
      async () => `Expected ${expected.map((e) => excerpt(String(e))).join(', ')}; it shows ${excerpt(last)}`,
      async () => {
        last = await element.innerText().catch(() => '');
        return expected.every((e) => matches(last, e)) ? last : undefined;
      },
    );
  }

  /**
   * Waits until `element` has not changed for a moment. The playground shows no per-user card views: a
   * shared card update may land just after the clicker's own view and replace it.
   */
  async settled(element: Locator): Promise<void> {
    let last: string | undefined;
    let since = Date.now();
    await until(
      async () => 'The card kept changing',
      async () => {
        const now = await element.innerText().catch(() => '');
        if (now !== last) [last, since] = [now, Date.now()];
        return Date.now() - since >= QUIET_MS ? true : undefined;
      },
    );
  }

  /** A card button by its title; `nth` picks among buttons with the same title (in card order). */
  button(card: Locator, title: string, nth = 0): Locator {
    return card.locator(`button[title=${JSON.stringify(title)}]`).nth(nth);
  }

  /** Clicks a card button; returns the mark from before the click, to find what the bot sends next. */
  async click(card: Locator, title: string, nth = 0): Promise<Mark> {
    const mark = await this.mark();
    await this.button(card, title, nth).click();
    return mark;
  }

  /** Picks `date` in the card's `nth` date input through its calendar (months ahead with the next-month button). */
  async pickDate(card: Locator, nth: number, date: Date): Promise<void> {
    await card.getByPlaceholder('Select a date...').nth(nth).click();
    // The calendar opens on the month of the date filled in already, else on this month.
    const shown = await this.page.locator(MONTH_SHOWN).first().getAttribute('aria-label');
    const [monthName, year] = (shown ?? '').split(' ');
    const shownMonth = MONTHS.indexOf(monthName ?? '');
    const from = shownMonth >= 0 && year ? new Date(Number(year), shownMonth, 1) : new Date();
    const monthsAhead = (date.getFullYear() - from.getFullYear()) * 12 + date.getMonth() - from.getMonth();
    for (let i = 0; i < monthsAhead; i++) await this.page.locator(NEXT_MONTH).first().click();
    for (let i = 0; i > monthsAhead; i--) await this.page.locator(PREVIOUS_MONTH).first().click();
    const month = date.toLocaleString('en-US', { month: 'long' });
    await this.page
      .getByRole('gridcell', { name: `${date.getDate()}, ${month}, ${date.getFullYear()}`, exact: true })
      .click();
  }

  /** Fills the card's `nth` time input with `hhmm` (24-hour clock). */
  async fillTime(card: Locator, nth: number, hhmm: string): Promise<void> {
    await card.getByPlaceholder('Select a time...').nth(nth).fill(hhmm);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /**
   * Picks `option` in the card's `nth` compact choice with `placeholder` (the playground shows it as a combobox; the
   * placeholder stays on the input once chosen, so `nth` counts every such choice on the card).
   */
  async chooseOption(card: Locator, placeholder: string, nth: number, option: string): Promise<void> {
    await card.getByPlaceholder(placeholder, { exact: true }).nth(nth).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types `query` into the card's people picker and picks the suggestion showing `name`. */
  async pickPerson(card: Locator, query: string, name: string): Promise<void> {
    await card.locator('input').first().click();
    await this.page.keyboard.type(query);
    await this.page.getByRole('option').filter({ hasText: name }).first().click();
  }
}
