// Dutch texts of the pseudonymised export for the research (project lead only).

/** Help card lines (help.commands.*); the words users type are in features/export/index.ts. */
export const exportCommands = {
  export: {
    name: 'export',
    description: 'CSV-export voor het onderzoek, gepseudonimiseerd (alleen projectleiding).',
  },
} as const;

export const exportTexts = {
  export: {
    leadsOnly: 'De export voor het onderzoek is alleen voor de projectleiding.',
    title: 'Export voor het onderzoek',
    intro:
      'Deelnemers zijn gepseudonimiseerd (P-…), met één pseudoniem per persoon in alle bestanden; e-mailadressen staan er niet in. Namen van deelnemers die de bot kent, zijn ook in de vrije tekst vervangen door hun pseudoniem; andere namen die iemand typte (van mensen die de bot niet kent) en beschrijvingen van personen kunnen er nog in staan: lees de vrije tekst na voor je hem deelt. De bestanden gebruiken ; als scheidingsteken (zo opent Excel ze in het Nederlands in kolommen). De links werken één uur.',
    files: {
      broedplaatsen: 'Broedplaatsen (CSV)',
      meetings: 'Bijeenkomsten (CSV)',
      rsvps: 'Uitnodigingen en antwoorden (CSV)',
      followups: 'Vervolgafspraken (CSV)',
      reflections: 'Reflecties (CSV)',
    },
  },
} as const;
