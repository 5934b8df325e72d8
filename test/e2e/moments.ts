// What the browser tests share beyond the harness: moments a month ahead as the cards show them, and the chat opened.
import { Chat } from './chat';
import { startStack, type Stack } from './harness';

/** A day of next month, so the moments are always in the future and one calendar page ahead. */
export function nextMonth(day: number): Date {
  const today = new Date();
  return new Date(today.getFullYear(), today.getMonth() + 1, day);
}

/** How a moment reads on the cards, without its weekday: "16 Dec 2026, 14:00–16:00". */
export function momentText(date: Date, start: string, end: string): string {
  const month = date.toLocaleString('en-US', { month: 'short' });
  return `${date.getDate()} ${month} ${date.getFullYear()}, ${start}–${end}`;
}

/** The bot, the Playground and the browser started on empty storage, with the personal chat open. */
export async function openPlayground(): Promise<{ stack: Stack; chat: Chat }> {
  const stack = await startStack();
  return { stack, chat: await Chat.open(stack.page, stack.playgroundUrl) };
}
