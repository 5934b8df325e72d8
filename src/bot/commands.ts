// Matching typed text to a command: case-insensitive, whole words, the longest command name wins.
import type { Command } from './feature';

/** Most characters of a typed message the bot reads; longer messages are refused with a clear answer. */
export const MAX_MESSAGE_CHARS = 10_000;

/** Text as typed, with mentions already removed: trimmed, inner whitespace collapsed. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Finds the command a text starts with (e.g. "status LOOT" → status with args "LOOT"). Trailing
 * punctuation of a bare command ("hulp?") is ignored. Returns undefined when no command matches.
 */
export function matchCommand(
  commands: readonly Command[],
  text: string,
): { command: Command; args: string } | undefined {
  const normalized = normalizeText(text);
  const lower = normalized.toLowerCase();
  let best: { command: Command; args: string; length: number } | undefined;
  for (const command of commands) {
    for (const name of command.names) {
      const rest = lower.slice(name.length);
      if (lower.startsWith(name) && (rest === '' || rest.startsWith(' ') || /^[?!.]+$/.test(rest))) {
        if (!best || name.length > best.length) {
          const args = /^[?!.]+$/.test(rest) ? '' : normalized.slice(name.length).trim();
          best = { command, args, length: name.length };
        }
      }
    }
  }
  return best && { command: best.command, args: best.args };
}
