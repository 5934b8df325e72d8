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
  intake: {
    started: (p: { total: number }) =>
      `Great that you want to start a broedplaats! I'll ask you ${p.total} short questions about your network's development question. ` +
      'Type **back** at any time for the previous question, **stop** to pause (your answers are kept) ' +
      'or **cancel** to stop without keeping anything.',
    resumed: (p: { current: number; total: number }) =>
      `Let's continue where you left off (question ${p.current} of ${p.total}). Your earlier answers are kept.`,
    resumedSummary: 'All questions are answered. Here is the summary to check.',
    progress: (p: { current: number; total: number }) => `Question ${p.current} of ${p.total}`,
    keepHintText: (p: { answer: string }) =>
      `Your earlier answer: “${p.answer}”. Type a new answer, or **next** to keep it.`,
    keepHintCard: 'Your earlier answer is filled in: change it, or click Next to keep it.',
    nothingToKeep: 'This question has no answer yet.',
    paused: 'Paused. Your answers are kept; type **intake** to continue later.',
    pausedForCommand: (p: { typed: string }) =>
      'Your intake is paused and your answers are kept; type **intake** to continue later. ' +
      `Was “${p.typed}” your answer to the question? Then give it again there.`,
    pausedStray:
      'Your intake is paused and your answers are kept. Type **intake** to continue, or **cancel** to delete it.',
    backAtStart: "This is the first question; there's nothing before it.",
    summaryHelp:
      "You're at the summary. Type **confirm** to record the broedplaats, the name of a part to change it (for " +
      'instance **theme** or **facilitator**), or **cancel** to delete the intake.',
    summaryUnknown: (p: { typed: string }) => `I don't understand “${p.typed}” here.`,
    summaryNotEditable: (p: { field: string }) =>
      `${p.field} comes with the known network you picked; change the **network** to change it.`,
    inFlowHelp: (p: { current: number; total: number }) =>
      `You're in the intake (question ${p.current} of ${p.total}). Answer the question, or type **back** (previous question), ` +
      '**stop** (pause) or **cancel** (delete).',
    cancelConfirm:
      'Are you sure you want to delete this intake? Everything you entered will be lost. ' +
      'Type **yes** to delete or **no** to continue.',
    cancelYesNo: 'Type **yes** to delete the intake, or **no** to continue.',
    cancelled: 'The intake has been deleted. Type **intake** if you want to start again.',
    cancelWithdrawn: "Fine, let's continue.",
    nothingToCancel: 'There is no intake of yours here to cancel.',
    nothingToStop:
      'Nothing is running here to stop. Type **intake** to start a broedplaats, or **help** for what I can do.',
    staleCard:
      'This card belongs to an earlier question or a finished intake. Type **intake** to see where you are.',
    notYours: "This card belongs to someone else's intake. Type **intake** to start your own.",
    declined:
      "Understood. I'll keep what you entered: type **intake** if you want to continue later, or **cancel** to delete it. " +
      'A tip from the research: a question often gets sharper by talking it through with others, for instance a process facilitator.',
    submit: 'Next',
    answeredPrefix: 'Answered',
    confirmed: (p: { network: string }) => `The broedplaats of **${p.network}** has been recorded.`,
    leadsInformed: 'The project lead has been informed.',
    nextSteps:
      'Next step: planning the first meeting. The first meeting centres on your development question and the experiences ' +
      'behind it; a second one is more practical: which internal and external barriers must be overcome?',
    nextStepsPlan: 'Type **plan** to schedule the first meeting.',
    sharedYes:
      "Other networks with a related question see your network's name, your development question and the contact. " +
      'Type **share** to change that.',
    sharedNo:
      'Other networks with a related question see only your theme, not your name, question or contact. ' +
      'Type **share** to change that.',
    alreadyConfirmed: (p: { network: string }) =>
      `The broedplaats of **${p.network}** had already been recorded; nothing was created twice.`,
    incomplete: "An answer is still missing; I'll ask that question first.",
    related: {
      intro: 'Good to know: other networks already worked on something similar.',
      sameTheme: (p: { theme: string }) => `same theme (${p.theme})`,
      sharedBarriers: (p: { barriers: string }) => `also meets ${p.barriers}`,
      sharedWords: (p: { words: string }) => `shared words: ${p.words}`,
      contact: (p: { name: string }) => `Contact: ${p.name}`,
      hiddenNetwork: 'Another network',
      hidden:
        "This network doesn't share its name, question and contact with other networks. The project lead can put you in touch.",
    },
    leadNotice: {
      title: (p: { network: string }) => `New broedplaats: ${p.network}`,
      intro: (p: { name: string }) => `${p.name} has completed the intake.`,
    },
    summary: {
      title: 'Summary of the broedplaats',
      intro: 'Is everything right? Change what is not, then confirm.',
      edit: 'Change',
      confirm: 'Confirm',
      cancel: 'Cancel',
      notChosen: 'not chosen yet',
      none: '—',
      schools: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'school' : 'schools'}`,
      meetings: (p: { count: number; period: string }) =>
        `${p.count} ${p.count === 1 ? 'meeting' : 'meetings'}, ${p.period}`,
      nowhere: 'nowhere (going on anyway)',
      nowhereOpen: 'nowhere',
      sharingYes: 'yes: name, development question and contact',
      sharingNo: 'no: only the theme',
    },
    fields: {
      network: 'Network',
      networkKind: 'Kind of network',
      schoolCount: 'Number of schools',
      question: 'Development question',
      tried: 'Tried and learned',
      system: 'Meets the system',
      theme: 'Theme',
      stakeholders: 'Parties wanted',
      research: 'Research input',
      facilitator: 'Process facilitator',
      meetings: 'Meetings',
      sharing: 'Visible to other networks',
    },
    steps: {
      network: {
        prompt: 'What is the name of the network you are starting this broedplaats for?',
        known: 'Pick a network I already know, or type a new name below.',
        knownPlaceholder: 'Known network…',
        namePlaceholder: 'Name of the network',
      },
      networkKind: { prompt: (p: { network: string }) => `What kind of network is ${p.network}?` },
      schoolCount: {
        prompt: (p: { network: string }) => `How many schools take part in ${p.network}? Type a number.`,
      },
      question: {
        prompt:
          "What is the network's development question? Describe in your own words what you are working on and what you run " +
          'into (20 to 2,000 characters). An example from earlier broedplaatsen: _How far may a school go in offering exams ' +
          'flexibly and at different levels?_',
      },
      tried: {
        prompt:
          'What have you tried so far, and what did you learn from it? Short is fine; "nothing yet" is an answer too.',
      },
      system: {
        prompt:
          'Where does your question meet the system? Pick what applies, or explain in your own words. ' +
          'If it meets the system nowhere, pick "nowhere".',
        notePlaceholder: 'Explanation (optional)',
        nowhere: 'Nowhere',
      },
      systemFit: {
        prompt:
          'A broedplaats works best for a question that meets the system: legislation, examination rules, funding, ' +
          'inspection or the traditional design of education. In the research, networks without such a question found the ' +
          'approach less fitting. Do you want to go on anyway?',
        yes: 'Yes, go on',
        no: 'No, not now',
      },
      theme: {
        prompt: 'Which theme fits your question best?',
        otherPlaceholder: 'Other theme (with "other")',
      },
      stakeholders: {
        prompt: 'Which parties do you want at the table? Pick one or more.',
        otherPlaceholder: 'Other party (with "other")',
      },
      research: {
        prompt:
          'Do you want research or knowledge brought in, for instance a researcher presenting results? Participants valued ' +
          "this most when the research really matched the network's question. Type for instance: " +
          '"yes, research on school exams".',
        topicPlaceholder: 'On what topic? (optional)',
      },
      facilitator: {
        prompt:
          'Each network chooses its own process facilitator, with a budget of six half-days for preparing and guiding the ' +
          'broedplaats. Who will be your process facilitator? Type name and e-mail address, or "not chosen yet".',
        namePlaceholder: 'Name',
        emailPlaceholder: 'E-mail address',
        notChosen: 'Not chosen yet',
      },
      meetings: {
        prompt:
          'How many meetings do you want (1 to 3), and roughly when? Usually two: first the question and experiences, then ' +
          'the practical side. Type for instance: "2, spring 2027".',
        countLabel: 'Number of meetings',
        periodPlaceholder: 'Period, for instance spring 2027',
      },
      sharing: {
        prompt:
          'Other networks sometimes work on something similar. When another network has a related question, may I show them ' +
          "your network's name, your development question and the contact's name? Without your yes they see only the theme, " +
          'and the project lead can put you in touch. You can change this later with **share**.',
        yes: "Yes, that's fine",
        no: 'No, only the theme',
      },
    },
    options: {
      networkKind: {
        informeel: 'Informal learning network of school leaders',
        formeel: 'Formal partnership',
        regionaal: 'Regional network',
      },
      system: {
        wetgeving: 'Legislation and regulations',
        examenregels: 'Examination rules',
        bekostiging: 'Funding',
        toezicht: 'Inspection',
        'traditionele-inrichting': 'The traditional design of education',
      },
      theme: {
        'aansluiting-vo-ho': 'Transition to higher education',
        'overgang-po-vo': 'Transition from primary to secondary',
        'gepersonaliseerd-leren-ict': 'Personalised learning and ICT',
        examinering: 'Examination',
        curriculum: 'Curriculum',
        anders: 'Other',
      },
      stakeholders: {
        ocw: 'Ministry of Education (OCW)',
        inspectie: 'Inspectorate of Education',
        'vo-raad': 'VO-raad (sector council)',
        schoolinfo: 'Schoolinfo',
        kennisnet: 'Kennisnet',
        onderzoek: 'Researchers / science',
        'andere-netwerken': 'Other networks',
        anders: 'Other',
      },
      research: { ja: 'Yes', misschien: 'Maybe', nee: 'No' },
    },
    errors: {
      'text.empty': "I didn't see an answer.",
      'text.tooShort': (p: { min: number; actual: number }) =>
        `That's a bit short (${p.actual} ${p.actual === 1 ? 'character' : 'characters'}). Please write at least ${p.min} characters, so others understand what it is about.`,
      'text.tooLong': (p: { max: number; actual: number }) =>
        `That's too long (${p.actual} characters, at most ${p.max}). Please shorten it; your earlier answers are kept.`,
      'number.invalid': 'Please type the number, for instance 5 or five.',
      'number.whole':
        'Please type a whole number, for instance 2; a number with a fraction does not fit here.',
      'number.range': (p: { min: number; max: number; n?: number }) =>
        `${p.n === undefined ? 'T' : `${p.n.toLocaleString('en-GB')} is not possible: t`}he number must be between ${p.min} and ${p.max}.`,
      'choice.required': 'Please pick at least one of the options.',
      'choice.unknown': (p: { unknown: string }) =>
        `I don't recognise "${p.unknown}" as a choice. Type the number or the name of an option.`,
      'choice.number': (p: { unknown: string; max: number }) =>
        `There is no option ${p.unknown}. Type a number from 1 to ${p.max}, or the name of an option.`,
      'choice.single': 'Please pick one option here.',
      'choice.otherMissing': 'You picked "other": please add what, for instance "other: citizenship".',
      'system.none':
        'I see no point where this meets the system. Pick from the options (type for instance "examination rules, funding") or type "nowhere".',
      'system.contradiction':
        'You picked "nowhere" as well as a point where it meets the system; it cannot be both. Pick the points that apply, or only "nowhere".',
      'yesNo.invalid': 'Please answer yes or no.',
      'facilitator.format':
        'Please type the name of the process facilitator with the e-mail address, for instance "Jan Jansen, jan@example.org", or "not chosen yet".',
      'facilitator.email':
        'That e-mail address is not right. Type name and e-mail address, for instance "Jan Jansen, jan@example.org".',
      'meetings.count': (p: { min: number; max: number; n?: number }) =>
        `${p.n === undefined ? '' : `${p.n.toLocaleString('en-GB')} ${p.n === 1 ? 'meeting is' : 'meetings are'} not possible. `}Please choose ${p.min} to ${p.max} meetings.`,
      'meetings.countMissing': (p: { min: number; max: number }) =>
        `How many meetings (${p.min} to ${p.max})? Put the number before the period, for instance "2, spring 2027".`,
      'meetings.single': (p: { min: number; max: number }) =>
        `Please choose one number of meetings (${p.min} to ${p.max}), for instance "2, spring 2027".`,
      'meetings.period': 'Please also name the period, for instance "2, spring 2027".',
      'network.taken':
        "There's already a network with this name, and you're not one of its contacts. Type another name for a network of " +
        'your own. Do you belong to that network? Ask the project lead to make you a contact; then you can pick it here.',
    },
  },
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
      purpose: 'Purpose',
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
      kept: 'The meeting stays as it is.',
    },
    wrongConversation: "This card doesn't belong to this conversation; nothing was changed.",
    pollClosed: 'The poll is closed; voting is no longer possible.',
    notPolling: 'There is no open poll for this meeting any more.',
    notScheduled: 'This meeting has no fixed moment (yet).',
  },
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
  reflection: {
    card: {
      title: (p: { network: string; number: number }) => `Reflection: meeting ${p.number} of ${p.network}`,
      intro:
        'How was the meeting? Your answers help the network move forward and are research data. It takes a few minutes; you can change them until the reflection closes.',
      jointIntro: 'Joint reflection moment: everyone fills in the card for themselves.',
      usefulness: 'How useful was the meeting for you? (1 = not, 5 = very)',
      perspectives: 'What new perspectives or insights did you gain?',
      newContacts: 'Did you make new contacts?',
      systemValue:
        'How valuable was the connection with system parties such as the ministry, inspectorate or VO-raad? (1–5)',
      researchValue: 'How valuable was the research input? (1–5)',
      notApplicable: 'n/a',
      followUps: 'Which follow-up agreements do you know of (who picks up what)?',
      followUpWish: 'Would you like a follow-up?',
      remarks: 'Remarks',
      showName: 'My name may appear with my answers in the results',
      pickScale: 'Choose 1 to 5',
      scalePoint: (p: { n: number }) => (p.n === 1 ? '1 – little' : p.n === 5 ? '5 – a lot' : String(p.n)),
      submit: 'Send',
      saved: (p: { closes: string }) =>
        `Thank you! Your reflection has been saved; you can change it until ${p.closes}.`,
      closed: 'The reflection on this meeting is closed.',
      notYet: "The reflection on this meeting isn't open yet: the meeting hasn't ended.",
      reminder: "Reminder: we'd like to hear how you found the meeting.",
      required: (p: { fields: string }) => `Please still fill in: ${p.fields}.`,
      tooLong: (p: { max: number }) =>
        `One of your answers is too long (at most ${p.max} characters per question).`,
    },
    options: {
      newContacts: { none: 'None', some: 'Some', many: 'Many' },
      followUpWish: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
    },
    fieldNames: {
      usefulness: 'usefulness',
      newContacts: 'new contacts',
      systemValue: 'connection with system parties',
      researchValue: 'research input',
      followUpWish: 'wish for a follow-up',
    },
    notForYou: "This reflection wasn't asked of you; nothing was saved.",
    notFound: "I don't know this meeting (any more); nothing was saved.",
    results: {
      title: (p: { network: string; number: number }) =>
        `Reflection results: meeting ${p.number} of ${p.network}`,
      response: (p: { answered: number; asked: number; pct: number }) =>
        `${p.answered} of ${p.asked} responded (${p.pct}%)`,
      usefulness: 'Usefulness (average, 1–5)',
      systemValue: 'Connection with system parties (average, 1–5)',
      researchValue: 'Research input (average, 1–5)',
      newContacts: 'New contacts',
      followUpWish: 'Wish for a follow-up',
      perspectives: 'New perspectives and insights',
      followUps: 'Follow-up agreements mentioned',
      remarks: 'Remarks',
      anonymous: 'anonymous',
      none: '—',
      noAnswers: 'No reflections received yet.',
      closedIntro: 'The reflection is closed. These are the results.',
      choose: 'Of which meeting do you want to see the results?',
      noMeetings: "There's no finished meeting with a reflection yet.",
      recordFollowUp: 'Record as a follow-up (the form comes below):',
    },
    mail: {
      title: (p: { network: string; number: number }) =>
        `Reflection links to e-mail: meeting ${p.number} of ${p.network}`,
      intro: (p: { count: number }) =>
        p.count === 1
          ? "This participant can't be reached in Teams. Pass on the text with their personal link to the reflection; send the link to this person only: whoever has it can answer for them."
          : `These participants (${p.count}) can't be reached in Teams. Pass on to each the text with their personal link to the reflection; send each link to that person only: whoever has it can answer for them.`,
      reminderIntro: (p: { count: number }) =>
        p.count === 1
          ? "This participant outside Teams hasn't reflected yet. Pass on this reminder with their personal link; send the link to this person only."
          : `These participants outside Teams (${p.count}) haven't reflected yet. Pass on to each this reminder with their personal link; send each link to that person only.`,
      subject: (p: { network: string; number: number }) =>
        `Reflection: broedplaats ${p.network}, meeting ${p.number}`,
      opening: (p: { number: number; network: string; when: string }) =>
        `Thank you for taking part in meeting ${p.number} of the broedplaats of ${p.network} (${p.when}). We'd like to hear how you found the meeting: your answers help the network move forward and are data for the research into this approach. It takes a few minutes.`,
      answerBy: (p: { closes: string }) =>
        `Reflect through this personal link; you can change your answers until ${p.closes}:`,
    },
    page: {
      greeting: (p: { name: string; number: number; when: string }) =>
        `${p.name}, you took part in meeting ${p.number} (${p.when}).`,
      current: (p: { at: string }) => `Your reflection has been saved (${p.at}).`,
      yourAnswers: 'Your answers',
      scale: (p: { value: number }) => `${p.value} out of 5`,
      none: '—',
      expired:
        'This link has expired: the reflection on this meeting is closed. If you have a question, contact whoever sent you the link.',
      back: 'Back to the reflection',
      stale:
        "Your answers haven't been saved yet because the page was out of date. Check them below and send them again.",
    },
  },
  status: {
    notAllowed:
      "The overview is for the project lead, and for contacts and process facilitators about their own broedplaats. You're neither (yet); start a broedplaats with **intake**.",
    noBroedplaatsen: 'There are no broedplaatsen yet. Start one with **intake**.',
    noSuchNetwork: (p: { name: string }) => `I can't find a broedplaats "${p.name}" you may see.`,
    title: (p: { count: number }) => `Overview of broedplaatsen (${p.count})`,
    titleOwn: 'Your broedplaatsen',
    page: (p: { page: number; pages: number }) => `Page ${p.page} of ${p.pages}`,
    previous: 'Previous',
    next: 'Next',
    details: 'Details',
    attentionFirst: 'What needs attention comes first.',
    phases: {
      intake: 'intake',
      planning: 'choosing a date',
      scheduled: 'scheduled',
      held: 'held',
      reflecting: 'reflection open',
      'follow-up': 'follow-up',
      closed: 'closed',
    },
    attention: {
      fewAccepted: 'meeting within 7 days, few acceptances',
      overdueFollowUps: 'follow-up overdue',
      stalledIntake: 'quiet for 14 days after the intake',
      undelivered: 'messages not delivered',
    },
    labels: {
      phase: 'Phase',
      theme: 'Theme',
      next: 'Next meeting',
      rsvp: 'Invitations',
      reflection: 'Reflection',
      followUps: 'Follow-ups',
      halfDays: 'Half-days',
      undelivered: 'Not delivered',
      attention: 'Attention',
    },
    values: {
      none: '—',
      polling: 'date poll open',
      rsvp: (p: { accepted: number; tentative: number; declined: number; open: number }) =>
        `${p.accepted} coming · ${p.tentative} maybe · ${p.declined} not · ${p.open} open`,
      reflection: (p: { pct: number; usefulness: string }) =>
        `${p.pct}% responded · usefulness ${p.usefulness}`,
      followUps: (p: { open: number; overdue: number }) =>
        `${p.open} open${p.overdue ? ` · ${p.overdue} overdue` : ''}`,
      halfDays: (p: { used: number; budget: number }) => `${p.used} of ${p.budget}`,
    },
    detail: {
      question: 'Development question',
      contacts: 'Contacts',
      facilitator: 'Process facilitator',
      meetings: 'Meetings',
      meeting: (p: { number: number; when: string; status: string }) =>
        `Meeting ${p.number}: ${p.when} (${p.status})`,
      meetingStatus: { polling: 'date poll', scheduled: 'scheduled', held: 'held', cancelled: 'cancelled' },
      invitees: 'Invitees',
      reflections: 'Reflections',
      followUps: 'Follow-ups',
      followUp: (p: { what: string; owner: string; due: string; status: string }) =>
        `${p.what} — ${p.owner}, ${p.due} (${p.status})`,
      followUpStatus: { open: 'open', done: 'done', dropped: 'dropped', overdue: 'overdue' },
      halfDays: 'Process facilitation half-days',
      undelivered: 'Not delivered',
      undeliveredLine: (p: { when: string; recipient: string; reason: string }) =>
        `${p.when} · ${p.recipient}: ${p.reason}`,
      undeliveredMore: (p: { count: number }) => `and ${p.count} more`,
      mailCap: {
        perContact: "today's mail limit per contact reached; the contact got the text to pass on",
        perBroedplaats:
          "today's mail limit for this broedplaats reached; the contact got the text to pass on",
        perDay: "today's mail limit reached; the contact got the text to pass on",
      },
      someone: 'someone',
      seen: 'Seen – no longer under Attention',
      overview: 'Back to the overview',
      previousOne: 'Previous broedplaats',
      nextOne: 'Next broedplaats',
      none: 'nothing yet',
    },
  },
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
  halfDays: {
    choose: 'For which broedplaats do you want to log a half-day?',
    form: {
      title: (p: { network: string }) => `Process facilitation half-day – ${p.network}`,
      budget: (p: { used: number; budget: number }) => `Used: ${p.used} of ${p.budget} half-days.`,
      date: 'Date',
      what: 'What was done?',
      submit: 'Log',
    },
    errors: {
      what: 'Please describe what was done (3 to 300 characters).',
      date: 'Please pick a date (not in the future).',
    },
    overBudget: (p: { n: number; budget: number }) =>
      `This would be half-day ${p.n}, over the budget of ${p.budget}. Log it anyway? The project lead is then told.`,
    confirmOver: 'Yes, log it anyway',
    saved: (p: { used: number; budget: number }) => `Logged. Used: ${p.used} of ${p.budget} half-days.`,
    leadNotice: (p: { network: string; used: number; budget: number; name: string }) =>
      `Note: the process facilitation budget of **${p.network}** has been exceeded (${p.used} of ${p.budget} half-days, logged by ${p.name}).`,
  },
  roles: {
    leadsOnly: 'Only the project lead can manage roles.',
    form: {
      title: 'Manage roles',
      intro: 'Give someone a role or take it back. Every change is recorded (who, when).',
      person: 'Person (in Teams)',
      role: 'Role',
      broedplaats: 'Broedplaats (for contact or process facilitator)',
      grant: 'Give role',
      revoke: 'Take back role',
      current: 'Current roles',
      log: 'Latest changes',
    },
    names: { lead: 'project lead', contact: 'contact', facilitator: 'process facilitator' },
    errors: {
      person: 'Please pick a person in Teams.',
      broedplaats: 'Please pick the broedplaats for this role.',
      role: 'Please choose a role.',
    },
    granted: (p: { name: string; role: string; where: string }) => `${p.name} is now ${p.role}${p.where}.`,
    revoked: (p: { name: string; role: string; where: string }) =>
      `${p.name} is no longer ${p.role}${p.where}.`,
    notHeld: (p: { name: string; role: string }) =>
      `${p.name} did not have that role (${p.role}) through a grant; nothing was changed.`,
    at: (p: { network: string }) => ` of ${p.network}`,
    logLine: (p: { when: string; by: string; action: string; name: string; role: string; where: string }) =>
      `${p.when}: ${p.by} ${p.action} ${p.name} ${p.role}${p.where}`,
    actions: { grant: 'gave', revoke: 'took from' },
    none: 'none',
    fromSettings: ' (in the settings)',
    fromIntake: ' (from the intake)',
    you: 'you',
    more: (p: { n: number }) => `and ${p.n} more`,
  },
  export: {
    leadsOnly: 'The export for the researchers is for the project lead only.',
    title: 'Export for the researchers',
    intro:
      'Participants are pseudonymised (P-…), with one pseudonym per person across all files; e-mail addresses are not in it. Names of participants the bot knows are replaced by their pseudonym in the free text too; other names someone typed (of people the bot does not know) and descriptions of people may still be there: read the free text before you share it. The files use ; as the separator (so Dutch Excel opens them in columns). The links work for one hour.',
    files: {
      broedplaatsen: 'Broedplaatsen (CSV)',
      meetings: 'Meetings (CSV)',
      rsvps: 'Invitations and answers (CSV)',
      followups: 'Follow-ups (CSV)',
      reflections: 'Reflections (CSV)',
    },
  },
  sharing: {
    notContact:
      "You're not (yet) a contact of a broedplaats, so there's nothing to share. Start one with **intake**.",
    title: (p: { network: string }) => `Visible to other networks – ${p.network}`,
    shown:
      "Other networks with a related question see your network's name, your development question and the contact.",
    hidden:
      'Other networks with a related question see only your theme, not your name, question or contact; the project lead ' +
      'can put you in touch.',
    yes: 'Yes, show them',
    no: 'No, only the theme',
    notYours: 'Only the contacts of this broedplaats can change this.',
    choose: 'For which broedplaats do you want to choose what other networks see?',
    notice: {
      title: (p: { network: string }) => `${p.network} was suggested to another network`,
      byNamed: (p: { network: string; name: string; reasons: string }) =>
        `At the intake of **${p.network}** (contact: ${p.name}) I mentioned your broedplaats as related` +
        `${p.reasons ? `: ${p.reasons}` : ''}.`,
      byOther: (p: { reasons: string }) =>
        `At the intake of another network I mentioned your broedplaats as related${p.reasons ? `: ${p.reasons}` : ''}. ` +
        "That network doesn't share its name and contact; the project lead can put you in touch.",
      sawDetails: "They saw your network's name, your development question and the contact.",
      sawTheme:
        'They saw only the theme, not your name, question or contact. May other networks see those from now on? ' +
        'Click below, or type **share** later.',
    },
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
  calendar: {
    title: (p: { network: string; number: number }) => `Broedplaats ${p.network}: meeting ${p.number}`,
    question: 'Development question',
    fileName: (p: { number: number }) => `broedplaats-meeting-${p.number}.ics`,
  },
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
    languageHref: 'nl',
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
  /** Words several flows use: not a contact, not allowed, a meeting gone, over, moved or cancelled. */
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
    meetingMoved: (p: { title: string; from: string; to: string }) =>
      `${p.title} has moved from ${p.from} to **${p.to}**.`,
    meetingCancelled: (p: { title: string; when: string }) =>
      `${p.title} (${p.when}) will not take place: the meeting has been cancelled.`,
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
