// The broedplaats and its network: codes, limits and the stored shape (zod), from the report's approach.
import { z } from 'zod';

/** Kinds of network the report distinguishes (section 2.1; Hooge et al. 2017). */
export const NETWORK_KINDS = ['informeel', 'formeel', 'regionaal'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** Themes of the report's broedplaatsen (section 2.2), plus "other". */
export const THEMES = [
  'aansluiting-vo-ho',
  'overgang-po-vo',
  'gepersonaliseerd-leren-ict',
  'examinering',
  'curriculum',
  'anders',
] as const;
export type Theme = (typeof THEMES)[number];

/** Where a development question meets "het stelsel" (sections 1.1, 4.2). */
export const SYSTEM_BARRIERS = [
  'wetgeving',
  'examenregels',
  'bekostiging',
  'toezicht',
  'traditionele-inrichting',
] as const;
export type SystemBarrier = (typeof SYSTEM_BARRIERS)[number];

/** Parties a network may want at the table (sections 1.2, 3.1). */
export const STAKEHOLDERS = [
  'ocw',
  'inspectie',
  'vo-raad',
  'schoolinfo',
  'kennisnet',
  'onderzoek',
  'andere-netwerken',
  'anders',
] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

/** Does the network want research input at the table (section 3.2)? */
export const RESEARCH_WISHES = ['ja', 'misschien', 'nee'] as const;
export type ResearchWish = (typeof RESEARCH_WISHES)[number];

/** Limits of the approach: in principle two meetings (1–3), six half-days of process support. */
export const MEETINGS = { min: 1, max: 3, default: 2 } as const;
export const FACILITATOR_HALF_DAYS = 6;

/** Text limits of the intake answers, in characters. */
export const LIMITS = {
  networkName: { min: 2, max: 100 },
  schoolCount: { min: 1, max: 500 },
  question: { min: 20, max: 2000 },
  tried: { min: 3, max: 2000 },
  note: { max: 500 },
  other: { min: 2, max: 100 },
  personName: { min: 2, max: 100 },
  email: { max: 254 },
  period: { min: 2, max: 100 },
} as const;

export const facilitatorSchema = z.discriminatedUnion('chosen', [
  z.object({
    chosen: z.literal(true),
    name: z.string(),
    email: z.string(),
    /** Known once the facilitator used the bot from the Teams account with this e-mail address. */
    aadObjectId: z.string().optional(),
    /**
     * A Teams account whose e-mail address matched, waiting for a contact to confirm it as the facilitator (or
     * refused by one: that account is not asked about again).
     */
    claim: z
      .object({
        aadObjectId: z.string(),
        name: z.string(),
        at: z.string(),
        refusedAt: z.string().optional(),
      })
      .optional(),
    /** Accounts a contact refused as the facilitator: never asked about again, whoever claims after them. */
    refusedClaimants: z.array(z.string()).optional(),
  }),
  z.object({ chosen: z.literal(false) }),
]);
export type Facilitator = z.infer<typeof facilitatorSchema>;

export const personRefSchema = z.object({ aadObjectId: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** A network of schools, known by its name (case-insensitive). */
export const networkSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(NETWORK_KINDS),
  schoolCount: z.number().int(),
  createdAt: z.string(),
  /** The tenant it was started in; a network stored before this was recorded is known by its broedplaatsen' tenant. */
  tenantId: z.string().optional(),
});
export type Network = z.infer<typeof networkSchema>;

/** One trajectory of one network, as confirmed at the end of the intake. */
export const broedplaatsSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  network: networkSchema,
  question: z.string(),
  tried: z.string(),
  systemBarriers: z.array(z.enum(SYSTEM_BARRIERS)),
  /** True when the contact said the question meets the system nowhere, and chose to go on anyway. */
  systemNowhere: z.boolean(),
  systemNote: z.string().optional(),
  theme: z.enum(THEMES),
  themeOther: z.string().optional(),
  stakeholders: z.array(z.enum(STAKEHOLDERS)),
  stakeholderOther: z.string().optional(),
  research: z.object({ wish: z.enum(RESEARCH_WISHES), topic: z.string().optional() }),
  facilitator: facilitatorSchema,
  meetings: z.object({ count: z.number().int().min(MEETINGS.min).max(MEETINGS.max), period: z.string() }),
  contacts: z.array(personRefSchema),
  createdBy: personRefSchema,
  createdAt: z.string(),
  /** The conversation the intake ran in: where meeting polls go by default. */
  origin: z.object({
    conversationId: z.string(),
    kind: z.enum(['personal', 'groupChat', 'channel']),
    tenantId: z.string().optional(),
  }),
  /**
   * Whether other networks with a related question may see this one's name, question and contact; asked at the
   * intake, changed with `delen`. Absent (stored before it was asked) counts as no.
   */
  shareWithNetworks: z.object({ allowed: z.boolean(), at: z.string(), by: personRefSchema }).optional(),
});
export type Broedplaats = z.infer<typeof broedplaatsSchema>;

/** Whether its contacts said other networks may see its name, question and contact. */
export function sharesWithNetworks(b: Broedplaats): boolean {
  return b.shareWithNetworks?.allowed === true;
}

/** The key a network is known by: its name, case- and space-insensitive. */
export function networkKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
