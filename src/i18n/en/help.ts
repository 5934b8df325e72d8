// The English of nl/help.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

export const helpTexts: Pick<Texts, 'help' | 'unknown' | 'welcome'> = {
  help: {
    title: 'Broedplaats-bot',
    intro:
      "I help networks of school leaders with their broedplaats (incubator): the network's development question " +
      'at the centre, with the right parties at the table. Type one of these commands:',
    commandsHeading: 'Commands',
    footer:
      'You can type commands in English or Dutch. In a channel or group chat: mention me first (@Broedplaats-bot).',
    commands: {
      help: { name: 'help', description: 'This overview of what I can do.' },
      intake: {
        name: 'intake',
        description: "Start (or resume) the intake of your network's development question. Also: new.",
      },
      cancel: { name: 'cancel', description: 'Delete an intake you have not confirmed yet.' },
      followUps: {
        name: 'follow-up',
        description: 'Record a follow-up agreement: what, who picks it up, and by when.',
      },
      halfDays: {
        name: 'half-day',
        description: 'Log a half-day of process facilitation (budget: 6 half-days).',
      },
      roles: { name: 'role', description: 'Give someone a role or take it back (project lead only).' },
      export: {
        name: 'export',
        description: 'CSV export for the researchers, pseudonymised (project lead only).',
      },
      myData: { name: 'my data', description: 'What the bot keeps about you.' },
      deleteData: { name: 'delete my data', description: 'Have your data deleted or pseudonymised.' },
      status: {
        name: 'status',
        description:
          'How are the broedplaatsen doing? "status" with a network name shows the details of one.',
      },
      reflections: {
        name: 'reflections',
        description: 'The results of the reflections after a meeting (for contacts and the project lead).',
      },
      invite: {
        name: 'invite',
        description:
          'Invite people to a meeting (ministry, inspectorate, sector council, researchers, …) and see who is coming.',
      },
      plan: {
        name: 'plan',
        description: 'Plan a meeting: propose 2 to 5 moments in a date poll, then choose the moment.',
      },
      share: {
        name: 'share',
        description:
          "Choose whether other networks with a related question see your broedplaats's name, development question and contact.",
      },
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
