// Dutch texts of giving and taking back roles (project lead only).

/** Help card lines (help.commands.*); the words users type are in features/roles/index.ts. */
export const rolesCommands = {
  roles: { name: 'rol', description: 'Geef of ontneem iemand een rol (alleen projectleiding).' },
} as const;

export const rolesTexts = {
  roles: {
    leadsOnly: 'Rollen beheren kan alleen de projectleiding.',
    form: {
      title: 'Rollen beheren',
      intro: 'Geef of ontneem iemand een rol. Elke wijziging wordt vastgelegd (wie, wanneer).',
      person: 'Persoon (in Teams)',
      role: 'Rol',
      broedplaats: 'Broedplaats (voor contactpersoon of procesbegeleider)',
      grant: 'Rol geven',
      revoke: 'Rol ontnemen',
      current: 'Huidige rollen',
      log: 'Laatste wijzigingen',
    },
    names: { lead: 'projectleiding', contact: 'contactpersoon', facilitator: 'procesbegeleider' },
    errors: {
      person: 'Kies een persoon in Teams.',
      broedplaats: 'Kies de broedplaats voor deze rol.',
      role: 'Kies een rol.',
    },
    granted: (p: { name: string; role: string; where: string }) => `${p.name} is nu ${p.role}${p.where}.`,
    revoked: (p: { name: string; role: string; where: string }) =>
      `${p.name} is geen ${p.role}${p.where} meer.`,
    notHeld: (p: { name: string; role: string }) =>
      `${p.name} had die rol (${p.role}) niet via een toekenning; er is niets veranderd.`,
    at: (p: { network: string }) => ` bij ${p.network}`,
    logLine: (p: { when: string; by: string; action: string; name: string; role: string; where: string }) =>
      `${p.when}: ${p.by} ${p.action} ${p.name} ${p.role}${p.where}`,
    actions: { grant: 'gaf', revoke: 'ontnam' },
    none: 'geen',
    fromSettings: ' (in de instellingen)',
    fromIntake: ' (uit de intake)',
    you: 'jij',
    more: (p: { n: number }) => `en nog ${p.n}`,
  },
} as const;
