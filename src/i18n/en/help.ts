// The English of nl/help.ts: the same keys, which its type checks.
import type { Texts } from '../nl';
import { exportCommands } from './export';
import { followUpsCommands } from './followups';
import { halfDaysCommands } from './halfdays';
import { intakeCommands } from './intake';
import { invitationsCommands } from './invitations';
import { privacyCommands } from './privacy';
import { reflectionCommands } from './reflection';
import { rolesCommands } from './roles';
import { schedulingCommands } from './scheduling';
import { statusCommands } from './status';

export const helpTexts: Pick<Texts, 'help' | 'unknown' | 'welcome'> = {
  help: {
    title: 'Broedplaats-bot',
    intro:
      "I help networks of school leaders with their broedplaats (incubator): the network's development question " +
      'at the centre, with the right parties at the table. Type one of these commands:',
    footer:
      'You can type commands in English or Dutch. In a channel or group chat: mention me first (@Broedplaats-bot).',
    commands: {
      help: { name: 'help', description: 'This overview of what I can do.' },
      ...intakeCommands,
      ...followUpsCommands,
      ...halfDaysCommands,
      ...rolesCommands,
      ...exportCommands,
      ...privacyCommands,
      ...statusCommands,
      ...reflectionCommands,
      ...invitationsCommands,
      ...schedulingCommands,
    },
  },
  unknown: {
    text: (p: { command: string }) =>
      `I don't understand that${p.command ? ` ("${p.command}")` : ''}. Type **help** to see what I can do.`,
    empty: 'I saw no text in your message. Type **help** to see what I can do.',
    greeting: 'Hello! How can I help? Type **help** for an overview, or **intake** to start a broedplaats.',
    thanks: "You're welcome! Type **help** if there is anything else.",
  },
  welcome: {
    personal:
      'Welcome to Broedplaats-bot! I help your network run a broedplaats around its development question.',
    team: "Hello everyone! I'm Broedplaats-bot. Mention me (@Broedplaats-bot) with **help** to see what I can do.",
    english: 'Once you write to me, I answer in the language of your Teams.',
  },
};
