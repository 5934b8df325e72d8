// The English of nl/intake.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/intake/index.ts. */
export const intakeCommands: Pick<Texts['help']['commands'], 'intake' | 'cancel' | 'share'> = {
  intake: {
    name: 'intake',
    description: "Start (or resume) the intake of your network's development question. Also: new.",
  },
  cancel: { name: 'cancel', description: 'Delete an intake you have not confirmed yet.' },
  share: {
    name: 'share',
    description:
      "Choose whether other networks with a related question see your broedplaats's name, development question and contact.",
  },
};

export const intakeTexts: Pick<Texts, 'intake' | 'sharing'> = {
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
};
