// The English of nl/scheduling.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/scheduling/index.ts. */
export const schedulingCommands: Pick<Texts['help']['commands'], 'plan'> = {
  plan: {
    name: 'plan',
    description: 'Plan a meeting: propose 2 to 5 moments in a date poll, then choose the moment.',
  },
};

export const schedulingTexts: Pick<Texts, 'scheduling' | 'calendar'> = {
  scheduling: {
    choose: 'Which broedplaats do you want to plan a meeting for?',
    allPlanned: (p: { count: number }) =>
      `All ${p.count} meetings of this broedplaats are planned or in a date poll. Move or cancel them on the meeting's card.`,
    form: {
      title: (p: { network: string; number: number }) => `Plan meeting ${p.number} – ${p.network}`,
      intro:
        'Propose 2 to 5 possible moments (date, start and end time, Dutch time). Participants say per moment whether they can come. Is the date fixed already? Then fill in just that one moment and choose "Post fixed date".',
      purpose: 'Purpose of the meeting',
      location: 'Location (optional)',
      onlineUrl: 'Online link (optional, https://…)',
      slot: (p: { n: number }) => `Moment ${p.n}`,
      newMoment: 'The new moment',
      date: 'Date',
      start: 'Start',
      end: 'End',
      where: 'Where should the date poll go?',
      joint: 'Joint reflection moment: post the reflection card in the conversation at the end',
      whereOrigin: 'In the conversation where the intake started',
      whereHere: 'In this conversation',
      submit: 'Post date poll',
      submitFixed: 'Post fixed date',
      fixedHint: 'Is the date fixed already? Then choose "Post fixed date" with that one moment.',
    },
    purposes: {
      first: "First meeting: the network's development question and the experiences behind it.",
      second:
        'Second meeting: practical – how to take the development from idea to reality, and which internal and external barriers must be overcome?',
      later: 'Follow-up meeting: agreements and next steps.',
    },
    errors: {
      'slot.incomplete': (p: { label: string }) => `${p.label}: fill in date, start and end time.`,
      'slot.invalid': (p: { label: string }) => `${p.label}: the date or time is not right.`,
      'slot.nonexistent': (p: { label: string }) =>
        `${p.label}: that time does not exist on that day (start of summer time).`,
      'slot.past': (p: { label: string }) => `${p.label} is in the past.`,
      'slot.endBeforeStart': (p: { label: string }) => `${p.label}: the end is not after the start.`,
      'slot.tooLong': (p: { label: string; hours: number }) =>
        `${p.label} lasts longer than ${p.hours} hours.`,
      'slot.tooShort': (p: { label: string; minutes: number }) =>
        `${p.label} lasts less than ${p.minutes} minutes.`,
      'slot.duplicate': (p: { label: string; other: number }) =>
        `${p.label} is the same as moment ${p.other}.`,
      'slots.tooFew': (p: { min: number }) => `Please propose at least ${p.min} moments.`,
      'slots.tooMany': (p: { max: number }) => `Please propose at most ${p.max} moments.`,
      'slots.fixedNone': () => 'Please fill in the moment of the meeting (the date is fixed).',
      'slots.fixedMany': (p: { count: number }) =>
        `For a fixed date, fill in one moment, not ${p.count}. To let the network choose, choose "Post date poll".`,
      purpose: 'Please describe the purpose of the meeting (3 to 300 characters).',
      location: 'The location is too long (at most 200 characters).',
      onlineUrl: 'The online link must be a web address starting with https:// (at most 500 characters).',
    },
    onlyYouHere:
      "Note: this is your personal chat with the bot, so only you can vote here. If the network should vote too, plan in the network's channel or group chat.",
    postedHere: 'The date poll is below; the card keeps the count. Close the poll once the moment is clear.',
    postedThere: 'The date poll is in the conversation where the intake started.',
    fixedHere: (p: { when: string }) =>
      `The meeting is fixed: ${p.when}. Its card with the calendar link is below. Invite people with "invite".`,
    fixedThere: (p: { when: string }) =>
      `The meeting is fixed: ${p.when}. Its card with the calendar link is in the conversation where the intake started. Invite people with "invite".`,
    fixedPostFailed: (p: { when: string }) =>
      `The meeting is fixed: ${p.when}. I couldn't post its card in that conversation (is the bot still installed there?), so I've posted it below.`,
    postFailed:
      "I couldn't post the date poll in that conversation (is the bot still installed there?). I've posted it below.",
    poll: {
      title: (p: { network: string; number: number }) => `Date poll: meeting ${p.number} of ${p.network}`,
      instructions: 'Say per moment whether you can come. You can change your choice later.',
      yes: 'Yes',
      maybe: 'Maybe',
      no: 'No',
      tally: (p: { yes: number; maybe: number; no: number }) =>
        `Yes ${p.yes} · Maybe ${p.maybe} · No ${p.no}`,
      mine: (p: { answer: string }) => `Your choice: ${p.answer}`,
      responders: (p: { n: number }) =>
        p.n === 1 ? '1 person has responded.' : `${p.n} people have responded.`,
      close: 'Close poll',
    },
    closeCard: {
      title: 'Choose the moment',
      intro: 'The moments are in order: most yes, then most maybe. Everyone then sees the chosen moment.',
      choose: 'Choose this moment',
      back: 'Back to the date poll',
    },
    meeting: {
      title: (p: { network: string; number: number }) => `Meeting ${p.number} of ${p.network}`,
      when: 'When',
      where: 'Where',
      online: 'Online',
      ics: 'Add to calendar (.ics)',
      move: 'Move',
      cancel: 'Cancel',
      scheduled: 'The moment is fixed.',
      cancelled: 'This meeting has been cancelled.',
      moved: (p: { from: string }) => `Moved (was: ${p.from}).`,
      scheduledNotice: (p: { when: string }) =>
        `The moment has been chosen: **${p.when}**. Add it to your calendar from the card.`,
    },
    move: {
      title: 'Move meeting',
      intro:
        'Choose the new moment (Dutch time). Everyone who voted on the moments, and every invitee who has not declined, is told.',
      submit: 'Move',
      done: 'The meeting has been moved and everyone who responded has been told.',
    },
    cancel: {
      confirm: 'Are you sure you want to cancel this meeting? Everyone who responded is told.',
      yes: 'Yes, cancel',
      no: 'No, keep it',
    },
    pollClosed: 'The poll is closed; voting is no longer possible.',
    notPolling: 'There is no open poll for this meeting any more.',
    notScheduled: 'This meeting has no fixed moment (yet).',
  },
  calendar: {
    title: (p: { network: string; number: number }) => `Broedplaats ${p.network}: meeting ${p.number}`,
    question: 'Development question',
    fileName: (p: { number: number }) => `broedplaats-meeting-${p.number}.ics`,
  },
};
