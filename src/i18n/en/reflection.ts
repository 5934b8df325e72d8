// The English of nl/reflection.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/reflection/index.ts. */
export const reflectionCommands: Pick<Texts['help']['commands'], 'reflections'> = {
  reflections: {
    name: 'reflections',
    description: 'The results of the reflections after a meeting (for contacts and the project lead).',
  },
};

export const reflectionTexts: Pick<Texts, 'reflection'> = {
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
};
