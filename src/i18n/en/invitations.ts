// The English of nl/invitations.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/invitations/index.ts. */
export const invitationsCommands: Pick<Texts['help']['commands'], 'invite'> = {
  invite: {
    name: 'invite',
    description:
      'Invite people to a meeting (ministry, inspectorate, sector council, researchers, …) and see who is coming.',
  },
};

export const invitationsTexts: Pick<Texts, 'invitations'> = {
  invitations: {
    noMeeting: "There's no meeting to invite people to yet. Plan one first with **plan**.",
    chooseBroedplaats: 'Which broedplaats do you want to invite people for?',
    chooseMeeting: 'For which meeting do you want to invite people?',
    meetingOption: (p: { number: number; when: string }) => `Meeting ${p.number} – ${p.when}`,
    whenPolling: 'date still being chosen',
    form: {
      title: (p: { network: string; number: number }) => `Invite to meeting ${p.number} of ${p.network}`,
      intro:
        'Invite people through Teams (from your own organisation), or by name, organisation and e-mail address. They get an invitation they can answer.',
      wanted: (p: { list: string }) => `At the intake the network wanted at the table: ${p.list}.`,
      people: 'People in Teams (your own organisation)',
      peoplePlaceholder: 'Search by name…',
      peopleCategory: 'On behalf of which party do they come?',
      person: (p: { n: number }) => `Person ${p.n}`,
      name: 'Name',
      organisation: 'Organisation',
      category: 'Party',
      categoryPlaceholder: 'Choose a party',
      email: 'E-mail address',
      reason: 'Why are you inviting them? (optional, shown on the invitation)',
      submit: 'Send invitations',
      linksForAll:
        'Also give me an invitation text with a personal link for people in Teams (to send by e-mail)',
    },
    categories: {
      ocw: 'Ministry of Education (OCW)',
      inspectie: 'Inspectorate of Education',
      'vo-raad': 'VO-raad (sector council)',
      schoolinfo: 'Schoolinfo',
      kennisnet: 'Kennisnet',
      onderzoek: 'Research / science',
      'ander-netwerk': 'Another network',
      anders: 'Other',
    },
    errors: {
      nobody: 'Please fill in at least one person, or pick someone in Teams.',
      name: (p: { n: number }) => `Person ${p.n}: please fill in a name (2 to 100 characters).`,
      email: (p: { n: number }) => `Person ${p.n}: that e-mail address is not right.`,
      category: (p: { n: number }) => `Person ${p.n}: please pick a party.`,
      organisation: (p: { n: number }) =>
        `Person ${p.n}: the organisation is too long (at most 100 characters).`,
      reason: 'The explanation is too long (at most 500 characters).',
      people: "I don't recognise one of the people picked; please pick again.",
      unknownPeople: (p: { count: number; why: string }) =>
        `I cannot invite ${p.count === 1 ? 'one of the people' : `${p.count} of the people`} picked through Teams: ${p.why}; nor does Teams tell me who ${p.count === 1 ? 'it is' : 'they are'}. I took ${p.count === 1 ? 'that person' : 'them'} out of the choice. Fill in name and e-mail address under Person 1 to 3: the invitation then goes by e-mail, with a personal link to answer.`,
      peopleCategory: 'Please pick on behalf of which party the people picked come.',
    },
    sent: {
      oneToOne: (p: { names: string }) => `Sent personally in Teams to: ${p.names}.`,
      inConversation: (p: { names: string }) => `Posted in the network's conversation for: ${p.names}.`,
      queued: (p: { names: string }) => `Will be delivered as soon as possible to: ${p.names}.`,
      already: (p: { names: string }) => `Invited before (not again): ${p.names}.`,
      outside: (p: { names: string }) =>
        `Not reachable in Teams: ${p.names}. They answer through a personal link; I'll give you an invitation text with that link to e-mail.`,
      mailed: (p: { names: string }) => `Invited by e-mail (with a personal link): ${p.names}.`,
      outsideBecause: (p: { names: string; why: string }) =>
        `Not reachable in Teams: ${p.names}, because ${p.why}. They answer through a personal link; I'll give you an invitation text with that link to e-mail.`,
      mailedBecause: (p: { names: string; why: string }) =>
        `Not reachable in Teams, because ${p.why}; so invited by e-mail (with a personal link): ${p.names}.`,
      textsSent: 'The invitation texts with personal links are in our personal chat.',
      tallyBelow: "Below you see who is coming; I'll keep that overview up to date.",
    },
    card: {
      title: (p: { network: string }) => `Invitation: broedplaats ${p.network}`,
      invitedBy: (p: { name: string; number: number }) => `${p.name} invites you to meeting ${p.number}.`,
      question: "The network's question",
      purpose: 'Purpose',
      when: 'When',
      where: 'Where',
      online: 'Online',
      others: 'Who is coming',
      why: 'Why you',
      noOthers: 'Nobody else has accepted yet.',
      yourAnswer: (p: { answer: string }) => `Your answer: ${p.answer}`,
      note: 'Note (optional)',
      delegateName: 'Name of who you send',
      delegateEmail: 'E-mail address of who you send',
      accept: "I'll come",
      tentative: 'Maybe',
      decline: "I can't come",
      delegate: "I'll send someone else",
      delegateSubmit: 'Pass on',
      moments:
        "Which moments suit you? The date is still being chosen; your choice counts in the network's date poll.",
      marks: { yes: 'Suits me', maybe: 'Maybe', no: "Doesn't suit me" },
      markMine: (p: { answer: string }) => `Your choice: ${p.answer}`,
      readOnly: (p: { name: string }) => `This invitation is for ${p.name}; only they can answer it.`,
      reminder: "Reminder: you haven't said yet whether you're coming.",
      whyDefault: {
        ocw: 'The network would like to think along with the Ministry of Education: what room do laws and rules leave?',
        inspectie: "The network would like to hear the inspectorate's perspective.",
        'vo-raad': 'The network would like the VO-raad at the table as the sector council.',
        schoolinfo: "The network would like Schoolinfo's knowledge at the table.",
        kennisnet: "The network would like Kennisnet's knowledge at the table.",
        onderzoek: 'The network would like research brought in that matches its question.',
        'ander-netwerk':
          'The network would like to hear how other networks with a similar question deal with it.',
        anders: 'The network thinks your contribution helps it move on with its question.',
      },
    },
    answers: {
      accepted: 'is coming',
      tentative: 'maybe',
      declined: "can't come",
      delegated: 'sends someone else',
    },
    delegate: {
      title: (p: { network: string; number: number }) =>
        `Message for whoever comes instead: meeting ${p.number} of ${p.network}`,
      intro: (p: { invitee: string; delegate: string }) =>
        `${p.invitee} sends ${p.delegate} instead. Pass on this text, so ${p.delegate} knows where and when.`,
      tooMany: (p: { invitee: string; delegate: string; max: number }) =>
        `${p.invitee} now names ${p.delegate} to come instead, after ${p.max} others; the bot mails no one else for this invitation. Check that this is right, then pass on the text yourself.`,
      subject: (p: { network: string; number: number }) =>
        `Coming instead of an invitee: broedplaats ${p.network}, meeting ${p.number}`,
      opening: (p: { invitee: string; number: number; network: string }) =>
        `${p.invitee} asks you to come in their place to meeting ${p.number} of the broedplaats of ${p.network}, a network of secondary-school leaders working on a development question together with people from the education system.`,
      calendar: 'Add the meeting to your calendar:',
    },
    change: {
      fixedNotice: (p: { title: string; when: string }) =>
        `The date of ${p.title} has been chosen: **${p.when}**. Your invitation shows it.`,
      title: (p: { network: string; number: number }) =>
        `Message to e-mail: meeting ${p.number} of ${p.network}`,
      intro: (p: { count: number }) =>
        p.count === 1
          ? "This person can't be reached in Teams. Pass on this message; if it holds a personal link, send it to this person only."
          : `These people (${p.count}) can't be reached in Teams. Pass on to each this message; if it holds a personal link, send it to that person only.`,
      subject: {
        fixed: (p: { network: string; number: number }) =>
          `Date chosen: broedplaats ${p.network}, meeting ${p.number}`,
        moved: (p: { network: string; number: number }) =>
          `Moved: broedplaats ${p.network}, meeting ${p.number}`,
        cancelled: (p: { network: string; number: number }) =>
          `Cancelled: broedplaats ${p.network}, meeting ${p.number}`,
      },
      fixed: (p: { number: number; network: string; when: string }) =>
        `The date of meeting ${p.number} of the broedplaats of ${p.network} has been chosen: ${p.when}.`,
      moved: (p: { number: number; network: string; from: string; to: string }) =>
        `Meeting ${p.number} of the broedplaats of ${p.network} has moved from ${p.from} to ${p.to}.`,
      cancelled: (p: { number: number; network: string; when: string }) =>
        `Meeting ${p.number} of the broedplaats of ${p.network} (${p.when}) will not take place: it has been cancelled. You need not do anything.`,
      byLink:
        'Through your personal link you can see everything about the meeting, add it to your calendar and say whether you will come (or change your answer):',
    },
    tally: {
      title: (p: { network: string; number: number }) => `Who is coming: meeting ${p.number} of ${p.network}`,
      counts: (p: {
        accepted: number;
        tentative: number;
        declined: number;
        delegated: number;
        open: number;
      }) =>
        `Coming ${p.accepted} · Maybe ${p.tentative} · Can't ${p.declined} · Sends someone ${p.delegated} · No answer yet ${p.open}`,
      noAnswer: 'no answer yet',
      delegate: (p: { name: string }) => `sends ${p.name}`,
      texts: 'Invitation texts with personal links',
    },
    unknownName: 'Teams user (name follows with the answer)',
    notInvitee: 'This invitation is not for you; nothing was changed.',
    marked:
      'Your choice has been saved and counts in the date poll. You can change it until the date is chosen.',
    marksClosed: 'The date has been chosen; marking moments is no longer possible.',
    badSlot: "This moment is not one of this meeting's; nothing was changed.",
    notFound: "I don't know this invitation (any more); nothing was changed.",
    closed: 'Answering is no longer possible: the meeting has started, is over or was cancelled.',
    saved: 'Your answer has been saved. You can change it until the meeting starts.',
    delegateMissing: 'Please fill in the name and e-mail address of who you send.',
    delegateEmail: 'The e-mail address of who you send is not right.',
    noteTooLong: 'The note is too long (at most 500 characters).',
    lateAlert: (p: { name: string; answer: string; title: string; when: string }) =>
      `Note: **${p.name}** ${p.answer} for ${p.title} (${p.when}).`,
    lateDelegate: (p: { name: string }) => ` Coming instead: ${p.name}.`,
  },
};
