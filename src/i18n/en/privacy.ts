// The English of nl/privacy.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/privacy/index.ts. */
export const privacyCommands: Pick<Texts['help']['commands'], 'myData' | 'deleteData'> = {
  myData: { name: 'my data', description: 'What the bot keeps about you.' },
  deleteData: { name: 'delete my data', description: 'Have your data deleted or pseudonymised.' },
};

export const privacyTexts: Pick<Texts, 'privacy'> = {
  privacy: {
    title: 'What Broedplaats-bot keeps about you',
    intro: 'This is stored about you. With **delete my data** you have it removed or pseudonymised.',
    nothing: 'Nothing is stored about you.',
    groups: {
      conversations: 'Conversations',
      intakes: 'Intakes in progress',
      roles: 'Your roles',
      invitationsToYou: 'Invitations to you',
      invitationsByYou: 'Invitations you sent',
      meetings: 'Meetings you planned',
      votes: 'Date polls',
      reflections: 'Your reflections',
      followUpsOwned: 'Follow-ups in your name',
      followUpsRecorded: 'Follow-ups you recorded for someone else',
      halfDays: 'Half-days you logged',
    },
    personalChat: 'Your personal chat with the bot (the address to send you messages)',
    noNameYet: 'no network name yet',
    leadFromSettings: "project lead (in the bot's settings)",
    contactOf: (p: { network: string }) => `contact of ${p.network}`,
    facilitatorOf: (p: { network: string }) => `process facilitator of ${p.network}`,
    granted: (p: { role: string; where: string }) => `${p.role}${p.where} (granted)`,
    meeting: (p: { number: number; network: string; when: string }) =>
      `meeting ${p.number} of ${p.network}${p.when}`,
    unknownMeeting: 'a meeting that no longer exists',
    cancelledMeeting: ' (cancelled)',
    invitationToYou: (p: { meeting: string; answer: string }) => `${p.meeting} — your answer: ${p.answer}`,
    noAnswer: 'none yet',
    answers: {
      accepted: "I'll come",
      tentative: 'maybe',
      declined: "I won't come",
      delegated: 'someone else goes',
    },
    invitationByYou: (p: { name: string; meeting: string }) => `${p.name}, for ${p.meeting}`,
    votes: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'vote' : 'votes'} on moments`,
    followUp: (p: { what: string; due: string }) => `${p.what} (due ${p.due})`,
    followUpFor: (p: { what: string; owner: string }) => `${p.what} (for ${p.owner})`,
    halfDay: (p: { date: string; what: string }) => `${p.date}: ${p.what}`,
    more: (p: { n: number }) => `and ${p.n} more`,
    download: 'Download everything (JSON)',
    downloadNote:
      'The download holds every stored record you appear in; the link works for one hour and only for you.',
    confirm:
      'Are you sure? Your conversations, intakes, votes and roles are deleted. Where the research needs the data (reflections, answers to invitations, agreements), your name is replaced by a pseudonym. This cannot be undone.',
    yes: 'Yes, delete my data',
    no: 'No',
    done: 'Your data has been deleted or pseudonymised. If you use the bot again, it starts afresh.',
    kept: 'Nothing was deleted.',
    removedName: 'removed',
    tooOften: (p: { minutes: number }) =>
      `You asked for this a few times just now; each time the bot searches all its data. Please try again in ${p.minutes} ${p.minutes === 1 ? 'minute' : 'minutes'}.`,
  },
};
