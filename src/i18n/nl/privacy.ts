// Dutch texts of what the bot keeps about you ('mijn gegevens') and removing it.

/** Help card lines (help.commands.*); the words users type are in features/privacy/index.ts. */
export const privacyCommands = {
  myData: { name: 'mijn gegevens', description: 'Wat de bot over jou bewaart.' },
  deleteData: {
    name: 'verwijder mijn gegevens',
    description: 'Laat je gegevens verwijderen of pseudonimiseren.',
  },
} as const;

export const privacyTexts = {
  privacy: {
    title: 'Wat Broedplaats-bot over jou bewaart',
    intro:
      'Dit staat er over jou opgeslagen. Met **verwijder mijn gegevens** laat je het verwijderen of pseudonimiseren.',
    nothing: 'Er staat niets over jou opgeslagen.',
    groups: {
      conversations: 'Gesprekken',
      intakes: 'Intakes in bewerking',
      roles: 'Je rollen',
      invitationsToYou: 'Uitnodigingen aan jou',
      invitationsByYou: 'Uitnodigingen die jij verstuurde',
      meetings: 'Bijeenkomsten die jij plande',
      votes: 'Datumprikkers',
      reflections: 'Je reflecties',
      followUpsOwned: 'Vervolgafspraken op jouw naam',
      followUpsRecorded: 'Vervolgafspraken die jij vastlegde voor een ander',
      halfDays: 'Dagdelen die jij registreerde',
    },
    personalChat: 'Je persoonlijke gesprek met de bot (het adres om je berichten te sturen)',
    noNameYet: 'nog zonder netwerknaam',
    leadFromSettings: 'projectleiding (in de instellingen van de bot)',
    contactOf: (p: { network: string }) => `contactpersoon van ${p.network}`,
    facilitatorOf: (p: { network: string }) => `procesbegeleider van ${p.network}`,
    granted: (p: { role: string; where: string }) => `${p.role}${p.where} (toegekend)`,
    meeting: (p: { number: number; network: string; when: string }) =>
      `bijeenkomst ${p.number} van ${p.network}${p.when}`,
    unknownMeeting: 'een bijeenkomst die er niet meer is',
    cancelledMeeting: ' (afgezegd)',
    invitationToYou: (p: { meeting: string; answer: string }) => `${p.meeting} — je antwoord: ${p.answer}`,
    noAnswer: 'nog geen',
    answers: {
      accepted: 'ik kom',
      tentative: 'misschien',
      declined: 'ik kom niet',
      delegated: 'iemand anders gaat',
    },
    invitationByYou: (p: { name: string; meeting: string }) => `${p.name}, voor ${p.meeting}`,
    votes: (p: { n: number }) => `${p.n} ${p.n === 1 ? 'stem' : 'stemmen'} op momenten`,
    followUp: (p: { what: string; due: string }) => `${p.what} (uiterlijk ${p.due})`,
    followUpFor: (p: { what: string; owner: string }) => `${p.what} (voor ${p.owner})`,
    halfDay: (p: { date: string; what: string }) => `${p.date}: ${p.what}`,
    more: (p: { n: number }) => `en nog ${p.n}`,
    download: 'Alles downloaden (JSON)',
    downloadNote:
      'De download bevat alle opgeslagen records waarin je voorkomt; de link werkt één uur en alleen voor jou.',
    confirm:
      'Weet je het zeker? Je gesprekken, intakes, stemmen en rollen worden verwijderd. Waar het onderzoek de gegevens nodig heeft (reflecties, antwoorden op uitnodigingen, afspraken), wordt je naam vervangen door een pseudoniem. Dit kan niet ongedaan worden gemaakt.',
    yes: 'Ja, verwijder mijn gegevens',
    no: 'Nee',
    done: 'Je gegevens zijn verwijderd of gepseudonimiseerd. Als je de bot weer gebruikt, begint hij opnieuw.',
    kept: 'Er is niets verwijderd.',
    removedName: 'verwijderd',
    tooOften: (p: { minutes: number }) =>
      `Je hebt dit net al een paar keer gevraagd; daarvoor doorzoekt de bot alle gegevens. Probeer het over ${p.minutes} ${p.minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  },
} as const;
