// Every user-facing text in English (for clients whose locale starts with "en"); same keys as nl.ts.
import type { Texts } from './nl';

export const en: Texts = {
  language: 'en',
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
    },
  },
  unknown: {
    text: (p: { command: string }) =>
      `I don't understand that${p.command ? ` ("${p.command}")` : ''}. Type **help** to see what I can do.`,
    empty: 'I saw no text in your message. Type **help** to see what I can do.',
  },
  welcome: {
    personal:
      'Welcome to Broedplaats-bot! I help your network run a broedplaats around its development question.',
    team: "Hello everyone! I'm Broedplaats-bot. Mention me (@Broedplaats-bot) with **help** to see what I can do.",
  },
  errors: {
    tryAgain: 'Something went wrong on my side; nothing was lost. Please try again in a few seconds.',
    storageDown: "I can't reach my data right now. Nothing was lost; please try again in a minute.",
    conflict: 'Someone else changed this at the same moment. Nothing was lost; please try again.',
    tenantRefused:
      'This bot is not available for your organisation. Please contact the project lead if you think this is wrong.',
    tooLong: (p: { max: number }) =>
      `Your message is too long (more than ${p.max} characters). Please shorten it and send it again.`,
    badAction: "This button belongs to a card I don't recognise (any more). Type **help** to continue.",
  },
};
