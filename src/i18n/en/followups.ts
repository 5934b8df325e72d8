// The English of nl/followups.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/followups/index.ts. */
export const followUpsCommands: Pick<Texts['help']['commands'], 'followUps'> = {
  followUps: {
    name: 'follow-up',
    description: 'Record a follow-up agreement: what, who picks it up, and by when.',
  },
};

export const followUpsTexts: Pick<Texts, 'followUps'> = {
  followUps: {
    choose: 'For which broedplaats do you want to record a follow-up?',
    formBelow: 'The form for the follow-up is below.',
    form: {
      title: (p: { network: string }) => `Record a follow-up – ${p.network}`,
      intro:
        "Who picks up what, and by when? So the results don't evaporate. The owner is told when they're in Teams.",
      what: 'What was agreed?',
      owner: 'Who picks it up? (someone in Teams)',
      ownerName: 'Or: name or party (outside Teams)',
      due: 'By',
      submit: 'Record',
    },
    errors: {
      what: 'Please describe the agreement (3 to 500 characters).',
      owner: 'Pick someone in Teams or type a name or party (2 to 100 characters).',
      due: 'Please pick a date of today or later.',
      people: "I don't recognise the person picked; please pick again.",
      reason: 'The reason is too long (at most 300 characters).',
    },
    saved: (p: { what: string; owner: string; due: string }) =>
      `Recorded: **${p.what}** — ${p.owner}, by ${p.due}.`,
    ownerTold: 'The owner has been told.',
    card: {
      title: (p: { network: string }) => `Follow-up – ${p.network}`,
      what: 'Agreement',
      owner: 'Owner',
      due: 'By',
      status: 'Status',
      reason: 'Reason (when dropping it)',
      done: 'Done',
      drop: 'Drop',
      assigned: (p: { name: string }) => `${p.name} assigned this agreement to you.`,
      overdue: 'This agreement is overdue.',
      closedDone: 'This agreement is done.',
      closedDropped: (p: { reason: string }) => `This agreement was dropped: ${p.reason}`,
    },
    statuses: { open: 'open', done: 'done', dropped: 'dropped' },
    dropReasonMissing: 'Please give a reason for dropping the agreement.',
    notFound: "I don't know this agreement (any more); nothing was changed.",
    notAllowed: 'Only the owner, a contact or the project lead can close this agreement.',
    already: 'This agreement was already closed.',
  },
};
