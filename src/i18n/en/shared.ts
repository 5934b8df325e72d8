// The English of nl/shared.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

export const sharedTexts: Pick<
  Texts,
  'common' | 'facilitatorClaim' | 'mail' | 'web' | 'notDelivered' | 'choice' | 'errors'
> = {
  /** Refusals and meeting news several flows use, so no flow borrows another's texts. */
  common: {
    notContact:
      "You're not (yet) a contact of a broedplaats, so you can't plan a meeting here. Start one with **intake**.",
    notContactFor: {
      invite:
        "You're not (yet) a contact of a broedplaats, so you can't invite anyone. Start one with **intake**.",
      followUp:
        "You're not (yet) a contact or the facilitator of a broedplaats, so you can't record a follow-up agreement.",
      halfDay: "You're not (yet) the facilitator or a contact of a broedplaats, so you can't log a half-day.",
      results:
        "The results of the reflections are for the contacts, the facilitator and the project lead; you're none of them for any broedplaats.",
    },
    noSuchNetwork: (p: { name: string }) => `I can't find a broedplaats "${p.name}" you are a contact of.`,
    notAllowed: 'Only a contact of this broedplaats or the project lead can do this.',
    notFound: "I don't know this meeting (any more); nothing was changed.",
    over: 'This meeting is over or cancelled; nothing was changed.',
    wrongConversation: "This card doesn't belong to this conversation; nothing was changed.",
    meetingMoved: (p: { title: string; from: string; to: string }) =>
      `${p.title} has moved from ${p.from} to **${p.to}**.`,
    meetingCancelled: (p: { title: string; when: string }) =>
      `${p.title} (${p.when}) will not take place: the meeting has been cancelled.`,
  },
  facilitatorClaim: {
    waiting:
      "Your e-mail address is that of the process facilitator named at the intake. A contact of the broedplaats still confirms that it is you; after that you can plan, invite and log half-days. You'll hear as soon as they have.",
    title: (p: { network: string }) => `Confirm the process facilitator: ${p.network}`,
    ask: (p: { name: string; email: string; facilitator: string }) =>
      `**${p.name}** uses the bot from a Teams account with the e-mail address ${p.email}, given at the intake for process facilitator ${p.facilitator}. Is this your facilitator? Only after you confirm does this account get the facilitator's rights.`,
    yes: 'Yes, this is our facilitator',
    no: 'No, unknown',
    accepted: (p: { name: string }) => `Confirmed: ${p.name} is now the facilitator of this broedplaats.`,
    rejected: (p: { name: string }) => `Refused: ${p.name} gets no facilitator rights.`,
    handled: 'This request has been dealt with already.',
    superseded:
      'Another account has claimed to be the facilitator since this message; decide on that newest request.',
    notYours: 'Only a contact of this broedplaats or the project lead can confirm this.',
    confirmed: (p: { network: string; by: string }) =>
      `${p.by} confirmed that you are the process facilitator of the broedplaats of **${p.network}**. You can now plan, invite and log half-days.`,
    refused: (p: { network: string }) =>
      `A contact of the broedplaats of **${p.network}** did not confirm that you are its process facilitator. If that is wrong, please get in touch with the contact.`,
  },
  mail: {
    reminderIntro: (p: { names: string }) =>
      `${p.names} hasn't answered yet and can't be reached in Teams. Pass on this reminder with their personal link; send the link to this person only.`,
    reminderSubject: 'Reminder',
    title: (p: { network: string; number: number }) =>
      `Invitations to e-mail: meeting ${p.number} of ${p.network}`,
    openMailIn: { nl: 'Open as e-mail (Dutch)', en: 'Open as e-mail (English)' },
    intro: (p: { count: number }) =>
      p.count === 1
        ? 'Invitation text to copy into an e-mail, with a personal link. Send the link to this person only: whoever has it can answer on their behalf.'
        : `Invitation texts to copy into an e-mail, each with a personal link (${p.count}). Send each link to that person only: whoever has it can answer on their behalf.`,
    forWhom: (p: { name: string; email: string }) =>
      p.email ? `For ${p.name} (${p.email})` : `For ${p.name}`,
    dutch: 'Dutch',
    english: 'English',
    subject: (p: { network: string; number: number }) =>
      `Invitation: broedplaats ${p.network}, meeting ${p.number}`,
    greeting: (p: { name: string }) => `Dear ${p.name},`,
    opening: (p: { invitedBy: string; number: number; network: string }) =>
      `${p.invitedBy} invites you to meeting ${p.number} of the broedplaats of ${p.network}, a network of Dutch secondary-school leaders working on a development question together with people from the education system.`,
    labels: {
      question: "The network's question",
      purpose: 'Purpose of the meeting',
      when: 'When',
      where: 'Where',
      why: 'Why you',
    },
    answerBy:
      'Please let us know through this personal link whether you will come, or whom you send instead:',
    closing: 'Kind regards,',
    whenPolling: 'the date is still being chosen; the link lets you say which moments suit you',
  },
  web: {
    title: (p: { network: string }) => `Invitation: broedplaats ${p.network}`,
    language: 'Nederlands',
    invitedBy: (p: { name: string; number: number; invitee: string }) =>
      `${p.invitee}, ${p.name} invites you to meeting ${p.number}.`,
    yourAnswer: 'Will you come?',
    answers: {
      accepted: "I'll come",
      tentative: 'Maybe',
      declined: "I can't come",
      delegated: "I'll send someone else",
    },
    current: (p: { answer: string; at: string }) => `Your answer: ${p.answer} (${p.at}).`,
    delegate: 'Whom do you send? (only with "I\'ll send someone else")',
    delegateName: 'Name',
    delegateEmail: 'E-mail address',
    note: 'Note (optional, at most 500 characters)',
    slots: 'Which moments suit you? The date has not been chosen yet.',
    slotAnswers: { yes: 'Suits me', maybe: 'Maybe', no: "Doesn't suit me" },
    submit: 'Save my answer',
    saved: 'Thank you, your answer has been saved. You can change it here until the meeting starts.',
    chooseAnswer: 'Choose whether you will come, or say which moments suit you.',
    calendar: 'Add the meeting to your calendar (.ics)',
    closed: 'Answers are closed: the meeting has started or was cancelled.',
    cancelled: 'This meeting has been cancelled.',
    expiredTitle: 'This link has expired',
    expired:
      'This invitation has expired: the meeting is over. If you have a question, contact whoever invited you.',
    invalidTitle: 'This link does not work',
    removed:
      'This link no longer works: the data of the person it was for were removed at their request. Nothing was saved.',
    invalid: 'This link is incomplete or wrong. Check that you used the whole link from the e-mail.',
    csrfTitle: 'Please try again',
    csrf: 'Your answer was not saved because the page was out of date. Open the page again and send your answer once more.',
    busyTitle: 'One moment',
    busy: 'Too many requests are coming in right now. Please try again in a minute.',
    errorTitle: 'Something went wrong',
    error: 'Something went wrong on our side; nothing was lost. Please try again in a few minutes.',
    badForm: 'This form is not valid (any more). Open the page again and try once more.',
    storageDown: 'The data cannot be reached right now; nothing was lost. Please try again in a minute.',
    back: 'Back to the invitation',
    footer: 'Broedplaats-bot: this page is for you only. Do not share the link.',
  },
  notDelivered: {
    notReachable: 'the app is not installed for them and they share no team or chat with the bot',
    notFound:
      'Teams does not find them for the bot (the app is not installed for them, or the account belongs to another organisation)',
    blocked: 'they have blocked the bot in Teams',
    disabled: 'an administrator has turned the bot off for them',
    busy: 'Teams took nothing for a while (too many messages at once)',
    outage: 'Teams had an outage',
    mail: 'the e-mail could not be sent',
    other: 'Teams did not take the message',
  },
  choice: { label: 'Choose', submit: 'Continue' },
  errors: {
    tryAgain: 'Something went wrong on my side; nothing was lost. Please try again in a few seconds.',
    storageDown: "I can't reach my data right now. Nothing was lost; please try again in a minute.",
    conflict: 'Someone else changed this at the same moment. Nothing was lost; please try again.',
    tenantRefused:
      'This bot is not available for your organisation. Please contact the project lead if you think this is wrong.',
    tooLong: (p: { max: number }) =>
      `Your message is too long (more than ${p.max} characters). Please shorten it and send it again.`,
    alreadyHandled: 'I had already handled this; nothing was done twice.',
    badAction: "This button belongs to a card I don't recognise (any more). Type **help** to continue.",
  },
};
