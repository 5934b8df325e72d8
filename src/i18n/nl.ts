// Every user-facing text in Dutch (the default language), keyed; en.ts has the same keys.

export const nl = {
  language: 'nl',
  help: {
    title: 'Broedplaats-bot',
    intro:
      'Ik help netwerken van schoolleiders met hun broedplaats: de ontwikkelvraag van het netwerk centraal, ' +
      'met de juiste partijen aan tafel. Typ een van deze opdrachten:',
    commandsHeading: 'Opdrachten',
    footer:
      'Je kunt opdrachten in het Nederlands of Engels typen. In een kanaal of groepschat: noem mij eerst (@Broedplaats-bot).',
    commands: {
      help: { name: 'hulp', description: 'Dit overzicht van wat ik kan.' },
    },
  },
  unknown: {
    text: (p: { command: string }) =>
      `Dat begrijp ik niet${p.command ? ` ("${p.command}")` : ''}. Typ **hulp** voor een overzicht van wat ik kan.`,
    empty: 'Ik zag geen tekst in je bericht. Typ **hulp** voor een overzicht van wat ik kan.',
  },
  welcome: {
    personal:
      'Welkom bij Broedplaats-bot! Ik help je netwerk met een broedplaats rond jullie ontwikkelvraag.',
    team: 'Hallo allemaal! Ik ben Broedplaats-bot. Noem mij (@Broedplaats-bot) met **hulp** om te zien wat ik kan.',
  },
  errors: {
    tryAgain:
      'Er ging iets mis aan mijn kant, er is niets verloren. Probeer het over een paar seconden opnieuw.',
    storageDown:
      'Ik kan mijn gegevens op dit moment niet bereiken. Er is niets verloren; probeer het over een minuut opnieuw.',
    conflict: 'Iemand anders wijzigde dit net tegelijk met jou. Er is niets verloren; probeer het opnieuw.',
    tenantRefused:
      'Deze bot is niet beschikbaar voor jouw organisatie. Neem contact op met de projectleiding als je denkt dat dit niet klopt.',
    tooLong: (p: { max: number }) =>
      `Je bericht is te lang (meer dan ${p.max} tekens). Maak het korter en stuur het opnieuw.`,
    badAction: 'Deze knop hoort bij een kaart die ik niet (meer) herken. Typ **hulp** om verder te gaan.',
  },
} as const;

/** The shape every language must fill: the same keys, texts as strings or functions of the same parameters. */
export type Texts = Widen<typeof nl>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
