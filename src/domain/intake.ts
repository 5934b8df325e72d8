// The intake of a development question: its steps as data, how each answer is read and checked, what comes next.
import { z } from 'zod';
import {
  FACILITATOR_HALF_DAYS,
  facilitatorSchema,
  LIMITS,
  MEETINGS,
  NETWORK_KINDS,
  networkKey,
  networkSchema,
  RESEARCH_WISHES,
  STAKEHOLDERS,
  SYSTEM_BARRIERS,
  THEMES,
  type Broedplaats,
  type Network,
  type NetworkKind,
  type PersonRef,
  type ResearchWish,
  type Stakeholder,
  type SystemBarrier,
  type Theme,
} from './broedplaats';
import { findMentioned, parseChoice, parseYesNo, SEPARATORS, simplify, type Option } from './choices';
import { cleanText, hasContent, textLength } from './text';

export { FACILITATOR_HALF_DAYS };

/** The steps in the order they are asked. */
export const INTAKE_STEPS = [
  'network',
  'networkKind',
  'schoolCount',
  'question',
  'tried',
  'system',
  'systemFit',
  'theme',
  'stakeholders',
  'research',
  'facilitator',
  'meetings',
  'sharing',
] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];
export type IntakePosition = IntakeStep | 'summary';

/** Fields of the summary card that can be edited, each returning to its step. */
export const EDITABLE_FIELDS = [
  'network',
  'networkKind',
  'schoolCount',
  'question',
  'tried',
  'system',
  'theme',
  'stakeholders',
  'research',
  'facilitator',
  'meetings',
  'sharing',
] as const satisfies readonly IntakeStep[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const intakeAnswersSchema = z.object({
  networkName: z.string().optional(),
  /** Set when the contact picked a network the bot already knows; kind and school count come from it. */
  knownNetwork: networkSchema.optional(),
  networkKind: z.enum(NETWORK_KINDS).optional(),
  schoolCount: z.number().int().optional(),
  question: z.string().optional(),
  tried: z.string().optional(),
  systemBarriers: z.array(z.enum(SYSTEM_BARRIERS)).optional(),
  systemNowhere: z.boolean().optional(),
  systemNote: z.string().optional(),
  systemFitContinue: z.boolean().optional(),
  theme: z.enum(THEMES).optional(),
  themeOther: z.string().optional(),
  stakeholders: z.array(z.enum(STAKEHOLDERS)).optional(),
  stakeholderOther: z.string().optional(),
  research: z.object({ wish: z.enum(RESEARCH_WISHES), topic: z.string().optional() }).optional(),
  facilitator: facilitatorSchema.optional(),
  meetings: z.object({ count: z.number().int(), period: z.string() }).optional(),
  /** May other networks with a related question see this one's name, question and contact? */
  shareWithNetworks: z.boolean().optional(),
});
export type IntakeAnswers = z.infer<typeof intakeAnswersSchema>;

/** An intake in progress, saved after every answer (plain JSON, versioned, so it survives a deploy). */
export const intakeDraftSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  position: z.union([z.enum(INTAKE_STEPS), z.literal('summary')]),
  /** Steps answered on the way here, for `terug`. */
  history: z.array(z.enum(INTAKE_STEPS)),
  answers: intakeAnswersSchema,
  /** `annuleer` was typed; the next answer confirms or withdraws it. */
  confirmingCancel: z.boolean(),
  /** `stop` was typed (or the contact chose not to go on); `intake` resumes. */
  paused: z.boolean(),
  /** The current step was opened from the summary ("Wijzig"): answering it returns to the summary. */
  editing: z.boolean().default(false),
  startedAt: z.string(),
  updatedAt: z.string(),
});
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;

/** The option codes ticked on a card, comma-separated as its choice set sends them ('' when none). */
interface Ticked {
  choice: string;
}

/**
 * What each step's card sends back, as its schema (features/intake/steps.ts) read it: every input as text, '' when
 * left empty. A step without a card is answered by typing only.
 */
export interface CardValues {
  /** `known`: the id of a known network picked; `name`: a name typed instead. */
  network: { known: string; name: string };
  networkKind: Ticked;
  system: Ticked & { note: string };
  /** `choice`: the button clicked, read as a typed "ja" or "nee". */
  systemFit: Ticked;
  theme: Ticked & { other: string };
  stakeholders: Ticked & { other: string };
  research: Ticked & { topic: string };
  facilitator: { name: string; email: string; notChosen: boolean };
  /** `choice`: the number of meetings ticked. */
  meetings: Ticked & { period: string };
  sharing: Ticked;
}
export type CardStep = keyof CardValues;
/** A step's card values; `never` for a step without a card. */
export type CardValuesOf<S extends IntakeStep> = S extends CardStep ? CardValues[S] : never;

/** An answer as it arrives: typed text, or the values sent back by the step's card. */
export type StepInput<S extends IntakeStep = IntakeStep> =
  { kind: 'text'; text: string } | { kind: 'card'; step: S; values: CardValuesOf<S> };

export type IntakeErrorKey =
  | 'text.empty'
  | 'text.tooShort'
  | 'text.tooLong'
  | 'number.invalid'
  | 'number.whole'
  | 'number.range'
  | 'choice.required'
  | 'choice.unknown'
  | 'choice.number'
  | 'choice.single'
  | 'choice.otherMissing'
  | 'system.none'
  | 'system.contradiction'
  | 'yesNo.invalid'
  | 'facilitator.format'
  | 'facilitator.email'
  | 'meetings.count'
  | 'meetings.countMissing'
  | 'meetings.single'
  | 'meetings.period'
  | 'network.taken';

export interface StepError {
  key: IntakeErrorKey;
  params?: Record<string, string | number>;
}

export type StepResult =
  { ok: true; answers: IntakeAnswers; declined?: boolean } | { ok: false; error: StepError };

/** What a step may look up while reading an answer. */
export interface StepContext {
  /** The networks the contact may pick (see domain/visibility). */
  knownNetworks: readonly Network[];
  /** Networks of the contact's tenant they may not join: their names are refused, never shown. */
  takenNetworks?: readonly Network[];
}

/** One step's rules: whether it is answered or skipped, and how an answer to it is read and checked. */
interface StepDef<S extends IntakeStep> {
  answered(a: IntakeAnswers): boolean;
  skip?(a: IntakeAnswers): boolean;
  read(a: IntakeAnswers, input: StepInput<S>, ctx: StepContext): StepResult;
}

// Words that select an option when typed, in Dutch and English. Order = the numbers shown on cards.
export const NETWORK_KIND_OPTIONS: Option<NetworkKind>[] = [
  {
    code: 'informeel',
    words: ['informeel', 'leernetwerk', 'informeel leernetwerk', 'informal', 'learning network'],
  },
  {
    code: 'formeel',
    words: ['formeel', 'samenwerkingsverband', 'formeel samenwerkingsverband', 'formal', 'partnership'],
  },
  { code: 'regionaal', words: ['regionaal', 'regio', 'regionaal netwerk', 'regional'] },
];
export const SYSTEM_OPTIONS: Option<SystemBarrier>[] = [
  {
    code: 'wetgeving',
    words: [
      'wet',
      'wetgeving',
      'wet- en regelgeving',
      'regelgeving',
      'law',
      'legislation',
      'regulations',
      'wettelijk',
    ],
  },
  {
    code: 'examenregels',
    words: [
      'examen',
      'examens',
      'examenregels',
      'examinering',
      'exam',
      'exams',
      'examination',
      'examination rules',
      'eindexamen',
      'schoolexamen',
    ],
  },
  { code: 'bekostiging', words: ['bekostiging', 'financiering', 'geld', 'funding', 'money', 'budget'] },
  { code: 'toezicht', words: ['toezicht', 'inspectie', 'inspection', 'supervision', 'oversight'] },
  {
    code: 'traditionele-inrichting',
    words: [
      'traditie',
      'traditioneel',
      'traditionele inrichting',
      'inrichting',
      'tradition',
      'traditional',
      'traditional design',
      'jaarklassen',
      'rooster',
    ],
  },
];
const NOWHERE = /^(nergens|geen|niet|nee|nowhere|none|no|n v t|nvt|n a)$/;
/** "Nergens" is the option after the barriers on the card, so typing its number picks it. */
export const SYSTEM_NOWHERE_NUMBER = SYSTEM_OPTIONS.length + 1;
export const THEME_OPTIONS: Option<Theme>[] = [
  {
    code: 'aansluiting-vo-ho',
    words: [
      'aansluiting',
      'vo-ho',
      'vo ho',
      'vwo-wo',
      'hoger onderwijs',
      'universiteit',
      'higher education',
      'university',
      'transition to higher education',
    ],
  },
  {
    code: 'overgang-po-vo',
    words: [
      'overgang',
      'po-vo',
      'po vo',
      'basisschool',
      'basisonderwijs',
      '10-14',
      'primary',
      'primary to secondary',
    ],
  },
  {
    code: 'gepersonaliseerd-leren-ict',
    words: [
      'gepersonaliseerd',
      'gepersonaliseerd leren',
      'ict',
      'digitaal',
      'personalised',
      'personalized',
      'personalised learning',
      'digital',
    ],
  },
  {
    code: 'examinering',
    words: ['examinering', 'examen', 'examens', 'exam', 'exams', 'examination', 'assessment'],
  },
  { code: 'curriculum', words: ['curriculum', 'leerplan', 'kerncurriculum', 'core curriculum'] },
  { code: 'anders', words: ['anders', 'overig', 'other'] },
];
export const STAKEHOLDER_OPTIONS: Option<Stakeholder>[] = [
  { code: 'ocw', words: ['ocw', 'ministerie', 'ministry', 'ministerie van ocw'] },
  { code: 'inspectie', words: ['inspectie', 'onderwijsinspectie', 'inspectorate', 'inspection'] },
  { code: 'vo-raad', words: ['vo-raad', 'vo raad', 'voraad', 'sectorraad', 'sector council'] },
  { code: 'schoolinfo', words: ['schoolinfo'] },
  { code: 'kennisnet', words: ['kennisnet'] },
  {
    code: 'onderzoek',
    words: [
      'onderzoek',
      'onderzoekers',
      'wetenschap',
      'wetenschappers',
      'universiteit',
      'research',
      'researchers',
      'science',
    ],
  },
  {
    code: 'andere-netwerken',
    words: ['andere netwerken', 'netwerken', 'ander netwerk', 'other networks', 'networks'],
  },
  { code: 'anders', words: ['anders', 'overig', 'other'] },
];
export const RESEARCH_OPTIONS: Option<ResearchWish>[] = [
  { code: 'ja', words: ['ja', 'yes', 'graag', 'zeker'] },
  { code: 'misschien', words: ['misschien', 'weet niet', 'weet nog niet', 'maybe', 'perhaps', 'not sure'] },
  { code: 'nee', words: ['nee', 'no', 'niet', 'geen'] },
];
const NOT_CHOSEN =
  /^(nog niet gekozen|nog niet|niet gekozen|nog geen|geen|nee|not chosen|not yet|not chosen yet|none|no)$/;
const EMAIL = /[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}/i;
const EMAIL_EXACT = new RegExp(`^${EMAIL.source}$`, 'i');

function simple(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.!?,]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The answer to a step without a card: only ever typed (its card values are `never`). */
function typed(input: StepInput<Exclude<IntakeStep, CardStep>>): string {
  return input.kind === 'text' ? input.text : input.values;
}

// Numbers as people type them: digits (with a Dutch or English thousands separator), or words in Dutch or English.
const NL_UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const NL_TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const NL_TENS = [
  '',
  '',
  'twintig',
  'dertig',
  'veertig',
  'vijftig',
  'zestig',
  'zeventig',
  'tachtig',
  'negentig',
];
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Dutch number words below a hundred ("vier", "veertien", "tweeëntwintig" without its diaeresis) and their values. */
const DUTCH_BELOW_100: ReadonlyMap<string, number> = new Map([
  ...NL_UNITS.map((w, n) => [w, n] as const),
  ...NL_TEENS.map((w, n) => [w, 10 + n] as const),
  ...NL_TENS.flatMap((tens, t) =>
    t < 2
      ? []
      : [
          [tens, 10 * t] as const,
          ...NL_UNITS.slice(1).map((u, n) => [`${u}en${tens}`, 10 * t + n + 1] as const),
        ],
  ),
]);
const dutchBelow100 = (w: string): number | undefined => DUTCH_BELOW_100.get(w);

/** A Dutch number word below a million, written as one word ("honderdtwintig", "tweeduizend"). */
function dutchNumber(w: string): number | undefined {
  const split = (word: string, scale: string, unit: number, below: (s: string) => number | undefined) => {
    const at = word.indexOf(scale);
    if (at < 0) return below(word);
    const head = word.slice(0, at);
    const tail = word.slice(at + scale.length).replace(/^en(?=[a-z])/, '');
    const times = head ? below(head) : 1;
    const rest = tail ? below(tail) : 0;
    return times === undefined || times === 0 || rest === undefined ? undefined : times * unit + rest;
  };
  const below1000 = (s: string) => split(s, 'honderd', 100, dutchBelow100);
  return split(w, 'duizend', 1000, below1000);
}

/** English number words below a million ("four", "twenty-five", "a hundred and twelve"). */
function englishNumber(words: string[]): number | undefined {
  let total = 0;
  let current: number | undefined;
  let last: 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | undefined;
  for (const [i, w] of words.entries()) {
    const unit = EN_UNITS.indexOf(w);
    const teen = EN_TEENS.indexOf(w);
    const tens = EN_TENS.indexOf(w);
    if (w === 'and' && (last === 'hundred' || last === 'thousand')) continue;
    if (w === 'a' && i === 0 && (words[1] === 'hundred' || words[1] === 'thousand')) current = 1;
    else if (unit >= 0 && last !== 'unit' && last !== 'teen') current = (current ?? 0) + unit;
    else if (teen >= 0 && last !== 'unit' && last !== 'teen' && last !== 'tens')
      current = (current ?? 0) + 10 + teen;
    else if (tens > 1 && last !== 'unit' && last !== 'teen' && last !== 'tens')
      current = (current ?? 0) + 10 * tens;
    else if (w === 'hundred' && last !== 'hundred' && (current ?? 1) < 10) current = (current ?? 1) * 100;
    else if (w === 'thousand' && total === 0 && (current ?? 1) > 0) {
      total = (current ?? 1) * 1000;
      current = undefined;
    } else return undefined;
    if (w !== 'a')
      last = unit >= 0 ? 'unit' : teen >= 0 ? 'teen' : tens > 1 ? 'tens' : (w as 'hundred' | 'thousand');
  }
  return current === undefined && total === 0 ? undefined : total + (current ?? 0);
}

/** What a typed number turned out to be. */
export type NumberReading = { kind: 'number'; value: number } | { kind: 'fraction' } | { kind: 'none' };

/**
 * Reads a whole typed text as a number: digits with an optional sign and thousands separator ("1.000", "1 000",
 * "1,000"), or number words in Dutch or English ("vier", "veertien", "twenty-five"). "1,5" and "1.5" are fractions.
 */
export function readNumber(raw: string): NumberReading {
  const s = raw
    .trim()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/^[−–]/, '-');
  const grouped = /^([-+]?)(\d{1,3}(?:([. ])\d{3})(?:\3\d{3})*|\d{1,3}(?:,\d{3})+)$/.exec(s);
  const digits = grouped ?? /^([-+]?)(\d+)$/.exec(s);
  if (digits) {
    // `+ 0` turns a typed "-0" into 0.
    return { kind: 'number', value: Number(`${digits[1]}${(digits[2] ?? '').replace(/\D/g, '')}`) + 0 };
  }
  if (/^[-+]?\d+[.,]\d+$/.test(s)) return { kind: 'fraction' };
  const words = s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return { kind: 'none' };
  const value = dutchNumber(words.join('')) ?? englishNumber(words);
  return value === undefined ? { kind: 'none' } : { kind: 'number', value };
}

/** A count outside its limits, naming the number read when it can be shown. */
function outOfRange(
  key: 'number.range' | 'meetings.count',
  limits: { min: number; max: number },
  value: number,
): StepError {
  const params = { min: limits.min, max: limits.max };
  return { key, params: Number.isSafeInteger(value) ? { ...params, n: value } : params };
}

/** Reads a typed count ("14", "veertien scholen", "1.000") within its limits. */
function readCount(
  raw: string,
  limits: { min: number; max: number },
): { ok: true; n: number } | { ok: false; error: StepError } {
  const text = cleanText(raw, false)
    .replace(/[!?]+$|\.+$/, '')
    .replace(/\s*\b(?:scholen|school|schools)$/i, '');
  const r = readNumber(text);
  if (r.kind === 'fraction') return { ok: false, error: { key: 'number.whole' } };
  if (r.kind === 'none') return { ok: false, error: { key: 'number.invalid' } };
  if (r.value < limits.min || r.value > limits.max)
    return { ok: false, error: outOfRange('number.range', limits, r.value) };
  return { ok: true, n: r.value };
}

const MEETING_WORD = /^\s*(?:bijeenkomsten|bijeenkomst|keer|meetings|meeting|x)(?!\p{L})/iu;
const LEADING_DIGITS = /^([-+−]?(?:\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d+)?))(?!\d)(.*)$/s;
const LEADING_WORD = /^(\p{L}+(?:-\p{L}+)*)(.*)$/su;
const COUNT_RANGE = /^\s*(?:-|–|tot|à|a|of|or|to)\s*([\d\p{L}]+)/iu;

/**
 * Splits a typed meetings answer ("2, voorjaar 2027", "drie bijeenkomsten in het najaar") into the count it
 * starts with and the period after it; "2 of 3" is an error, and a count is never assumed when none is typed.
 */
function readMeetingsText(raw: string): { count: NumberReading; period: string } | { error: StepError } {
  const text = cleanText(raw, false);
  const digits = LEADING_DIGITS.exec(text);
  const word = digits ? undefined : LEADING_WORD.exec(text);
  const head = digits?.[1] ?? word?.[1] ?? '';
  let rest = digits?.[2] ?? word?.[2] ?? text;
  let count = head ? readNumber(head) : ({ kind: 'none' } as NumberReading);
  // "een" is also the article ("een paar keer"): a count only when a separator, "keer" or nothing follows.
  if (word && simple(head) === 'een' && !/^\s*(?:[,;:\-–]|$)/.test(rest) && !MEETING_WORD.test(rest))
    count = { kind: 'none' };
  if (count.kind === 'none') return { count, period: text };
  const second = COUNT_RANGE.exec(rest);
  if (second && readNumber(second[1] ?? '').kind !== 'none')
    return { error: { key: 'meetings.single', params: { min: MEETINGS.min, max: MEETINGS.max } } };
  rest = rest.replace(MEETING_WORD, '').replace(/^\s*[,;:\-–]?\s*/, '');
  return { count, period: rest };
}

// The same separators as a typed list of choices (choices.ts), to find a "nergens" among the parts.

function isNowhere(part: string): boolean {
  const p = simplify(part);
  return NOWHERE.test(p) || p === String(SYSTEM_NOWHERE_NUMBER);
}

const CONTRADICTION: StepError = { key: 'system.contradiction' };

/**
 * Reads a typed answer to "where does it meet the system": options by name or number, "nergens" (also as its
 * number), or a sentence naming them. "Nergens" together with a barrier is refused, never one of them chosen.
 */
function readSystemText(base: IntakeAnswers, raw: string): StepResult {
  const text = cleanText(raw);
  const parts = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  const badNumber = parts.find(
    (p) => /^\d+$/.test(p) && (Number(p) < 1 || Number(p) > SYSTEM_NOWHERE_NUMBER),
  );
  if (badNumber)
    return {
      ok: false,
      error: { key: 'choice.number', params: { unknown: badNumber, max: SYSTEM_NOWHERE_NUMBER } },
    };
  const nowhere = isNowhere(text) || parts.some(isNowhere);
  // Without a "nergens" the text is read whole, so a sentence keeps its own words.
  const rest = nowhere ? parts.filter((p) => !isNowhere(p)).join(', ') : text;
  const chosen = rest ? parseChoice(SYSTEM_OPTIONS, rest, { multi: true }) : undefined;
  const codes = chosen?.ok ? chosen.codes : findMentioned(SYSTEM_OPTIONS, rest);
  if (nowhere && codes.length > 0) return { ok: false, error: CONTRADICTION };
  const pure = !rest || chosen?.ok === true;
  const note = pure ? undefined : readText(text, { max: LIMITS.note.max });
  if (note && !note.ok) return note;
  if (nowhere)
    return {
      ok: true,
      answers: { ...base, systemBarriers: [], systemNowhere: true, systemNote: note?.text },
    };
  if (codes.length === 0) return { ok: false, error: { key: 'system.none' } };
  return {
    ok: true,
    answers: { ...base, systemBarriers: codes, systemNowhere: false, systemNote: note?.text },
  };
}

/** Checks a cleaned text against a length range; `multiline` keeps line breaks. */
export function readText(
  raw: string,
  limits: { min?: number; max: number },
  multiline = true,
): { ok: true; text: string } | { ok: false; error: StepError } {
  const text = cleanText(raw, multiline);
  const length = textLength(text);
  if (length === 0 || !hasContent(text)) return { ok: false, error: { key: 'text.empty' } };
  if (limits.min && length < limits.min)
    return { ok: false, error: { key: 'text.tooShort', params: { min: limits.min, actual: length } } };
  if (length > limits.max)
    return { ok: false, error: { key: 'text.tooLong', params: { max: limits.max, actual: length } } };
  return { ok: true, text };
}

function readOther(raw: string | undefined): { ok: true; text?: string } | { ok: false; error: StepError } {
  if (raw === undefined || cleanText(raw) === '') return { ok: true };
  const r = readText(raw, LIMITS.other, false);
  return r.ok ? { ok: true, text: r.text } : r;
}

/** Reads a choice from a card value ("a,b") or typed text, with an optional "other" text. */
function readChoice<C extends string>(
  options: Option<C>[],
  input: { kind: 'text'; text: string } | { kind: 'card'; values: Ticked & { other?: string } },
  multi: boolean,
  otherCode?: C,
): { ok: true; codes: C[]; other?: string } | { ok: false; error: StepError } {
  if (input.kind === 'card') {
    const codes = input.values.choice
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (codes.length === 0) return { ok: false, error: { key: 'choice.required' } };
    const unknown = codes.find((c) => !options.some((o) => o.code === c));
    if (unknown) return { ok: false, error: { key: 'choice.unknown', params: { unknown } } };
    if (!multi && codes.length > 1) return { ok: false, error: { key: 'choice.single' } };
    const other = readOther(input.values.other);
    if (!other.ok) return other;
    if (otherCode && codes.includes(otherCode as C) && !other.text)
      return { ok: false, error: { key: 'choice.otherMissing' } };
    return {
      ok: true,
      codes: codes as C[],
      other: otherCode && codes.includes(otherCode as C) ? other.text : undefined,
    };
  }
  const parsed = parseChoice(options, cleanText(input.text, false), { multi, otherCode });
  if (!parsed.ok && parsed.unknown && /^\d+$/.test(parsed.unknown.trim()))
    return {
      ok: false,
      error: { key: 'choice.number', params: { unknown: parsed.unknown.trim(), max: options.length } },
    };
  if (!parsed.ok)
    return {
      ok: false,
      error: { key: parsed.error, params: parsed.unknown ? { unknown: parsed.unknown } : undefined },
    };
  const other = readOther(parsed.other);
  if (!other.ok) return other;
  return { ok: true, codes: parsed.codes, other: other.text };
}

/** The rules of every step, by id; how each is asked and shown is its record in features/intake/steps.ts. */
const STEPS: { [S in IntakeStep]: StepDef<S> } = {
  network: {
    answered: (a) => Boolean(a.networkName),
    read(a, input, ctx) {
      const picked = input.kind === 'card' ? input.values.known : '';
      const typed = input.kind === 'card' ? input.values.name : input.text;
      const known = ctx.knownNetworks.find(
        (n) =>
          (picked && n.id === picked) ||
          (!picked && networkKey(n.name) === networkKey(cleanText(typed, false))),
      );
      if (
        known &&
        (picked || !typed.trim() || networkKey(known.name) === networkKey(cleanText(typed, false)))
      ) {
        return {
          ok: true,
          answers: {
            ...a,
            networkName: known.name,
            knownNetwork: known,
            networkKind: known.kind,
            schoolCount: known.schoolCount,
          },
        };
      }
      const r = readText(typed, LIMITS.networkName, false);
      if (!r.ok) return r;
      // Someone else's network of this tenant: a broedplaats for it is started by its own contacts.
      if (ctx.takenNetworks?.some((n) => networkKey(n.name) === networkKey(r.text)))
        return { ok: false, error: { key: 'network.taken' } };
      const { knownNetwork: _dropped, ...rest } = a;
      const wasKnown = Boolean(a.knownNetwork);
      return {
        ok: true,
        answers: {
          ...rest,
          networkName: r.text,
          ...(wasKnown ? { networkKind: undefined, schoolCount: undefined } : {}),
        },
      };
    },
  },
  networkKind: {
    answered: (a) => Boolean(a.networkKind),
    skip: (a) => Boolean(a.knownNetwork),
    read(a, input) {
      const r = readChoice(NETWORK_KIND_OPTIONS, input, false);
      return r.ok ? { ok: true, answers: { ...a, networkKind: r.codes[0] } } : r;
    },
  },
  schoolCount: {
    answered: (a) => a.schoolCount !== undefined,
    skip: (a) => Boolean(a.knownNetwork),
    read(a, input) {
      const r = readCount(typed(input), LIMITS.schoolCount);
      return r.ok ? { ok: true, answers: { ...a, schoolCount: r.n } } : r;
    },
  },
  question: {
    answered: (a) => Boolean(a.question),
    read(a, input) {
      const r = readText(typed(input), LIMITS.question);
      return r.ok ? { ok: true, answers: { ...a, question: r.text } } : r;
    },
  },
  tried: {
    answered: (a) => Boolean(a.tried),
    read(a, input) {
      const r = readText(typed(input), LIMITS.tried);
      return r.ok ? { ok: true, answers: { ...a, tried: r.text } } : r;
    },
  },
  system: {
    answered: (a) => (a.systemBarriers?.length ?? 0) > 0 || a.systemNowhere === true,
    read(a, input) {
      const base = {
        ...a,
        systemBarriers: undefined,
        systemNowhere: undefined,
        systemNote: undefined,
        systemFitContinue: undefined,
      };
      if (input.kind === 'card') {
        const choice = input.values.choice;
        const note = readOther(input.values.note);
        if (!note.ok) return note;
        const codes = choice.split(',').map((c) => c.trim());
        if (codes.includes('nergens') && codes.some((c) => c && c !== 'nergens'))
          return { ok: false, error: CONTRADICTION };
        if (codes.includes('nergens'))
          return {
            ok: true,
            answers: { ...base, systemBarriers: [], systemNowhere: true, systemNote: note.text },
          };
        const r = readChoice(SYSTEM_OPTIONS, input, true);
        return r.ok
          ? {
              ok: true,
              answers: { ...base, systemBarriers: r.codes, systemNowhere: false, systemNote: note.text },
            }
          : r;
      }
      return readSystemText(base, input.text);
    },
  },
  systemFit: {
    answered: (a) => a.systemFitContinue === true,
    skip: (a) => a.systemNowhere !== true,
    read(a, input) {
      const yes = parseYesNo(input.kind === 'card' ? input.values.choice : input.text);
      if (yes === undefined) return { ok: false, error: { key: 'yesNo.invalid' } };
      return yes
        ? { ok: true, answers: { ...a, systemFitContinue: true } }
        : { ok: true, answers: a, declined: true };
    },
  },
  theme: {
    answered: (a) => Boolean(a.theme),
    read(a, input) {
      const r = readChoice(THEME_OPTIONS, input, false, 'anders');
      return r.ok ? { ok: true, answers: { ...a, theme: r.codes[0], themeOther: r.other } } : r;
    },
  },
  stakeholders: {
    answered: (a) => (a.stakeholders?.length ?? 0) > 0,
    read(a, input) {
      const r = readChoice(STAKEHOLDER_OPTIONS, input, true, 'anders');
      return r.ok ? { ok: true, answers: { ...a, stakeholders: r.codes, stakeholderOther: r.other } } : r;
    },
  },
  research: {
    answered: (a) => Boolean(a.research),
    read(a, input) {
      let wishText: string;
      let topicText: string;
      if (input.kind === 'card') {
        wishText = input.values.choice;
        topicText = input.values.topic;
      } else {
        const m = /^\s*([^,:;\-–]+?)\s*(?:[,:;\-–]\s*(.*))?$/s.exec(cleanText(input.text, false)) ?? [];
        wishText = m[1] ?? '';
        topicText = m[2] ?? '';
      }
      const wish = readChoice(
        RESEARCH_OPTIONS,
        input.kind === 'card' ? input : { kind: 'text', text: wishText },
        false,
      );
      if (!wish.ok) return wish;
      const topic = readOther(topicText);
      if (!topic.ok) return topic;
      return {
        ok: true,
        answers: {
          ...a,
          research: { wish: wish.codes[0] ?? 'nee', topic: wish.codes[0] === 'nee' ? undefined : topic.text },
        },
      };
    },
  },
  facilitator: {
    answered: (a) => Boolean(a.facilitator),
    read(a, input) {
      if (input.kind === 'card' && input.values.notChosen)
        return { ok: true, answers: { ...a, facilitator: { chosen: false } } };
      const raw = input.kind === 'card' ? `${input.values.name} ${input.values.email}` : input.text;
      const text = cleanText(raw, false);
      if (input.kind === 'text' && NOT_CHOSEN.test(simple(text)))
        return { ok: true, answers: { ...a, facilitator: { chosen: false } } };
      const emailMatch = EMAIL.exec(text);
      if (!emailMatch)
        return { ok: false, error: { key: text.includes('@') ? 'facilitator.email' : 'facilitator.format' } };
      const name = cleanText(text.replace(EMAIL, ' ').replace(/[<>(),;:]+/g, ' '), false);
      const nameCheck = readText(name, LIMITS.personName, false);
      if (!nameCheck.ok) return { ok: false, error: { key: 'facilitator.format' } };
      const email = emailMatch?.[0]?.toLowerCase() ?? '';
      if (!EMAIL_EXACT.test(email) || email.length > LIMITS.email.max)
        return { ok: false, error: { key: 'facilitator.email' } };
      return { ok: true, answers: { ...a, facilitator: { chosen: true, name: nameCheck.text, email } } };
    },
  },
  meetings: {
    answered: (a) => Boolean(a.meetings),
    read(a, input) {
      const typed =
        input.kind === 'card'
          ? {
              count: readNumber(input.values.choice || String(MEETINGS.default)),
              period: input.values.period,
            }
          : readMeetingsText(input.text);
      if ('error' in typed) return { ok: false, error: typed.error };
      const { count } = typed;
      if (count.kind === 'none')
        return {
          ok: false,
          error: { key: 'meetings.countMissing', params: { min: MEETINGS.min, max: MEETINGS.max } },
        };
      if (count.kind === 'fraction') return { ok: false, error: { key: 'number.whole' } };
      if (count.value < MEETINGS.min || count.value > MEETINGS.max)
        return { ok: false, error: outOfRange('meetings.count', MEETINGS, count.value) };
      const period = readText(typed.period, LIMITS.period, false);
      if (!period.ok)
        return {
          ok: false,
          error: period.error.key === 'text.tooLong' ? period.error : { key: 'meetings.period' },
        };
      return { ok: true, answers: { ...a, meetings: { count: count.value, period: period.text } } };
    },
  },
  sharing: {
    answered: (a) => a.shareWithNetworks !== undefined,
    read(a, input) {
      const yes = parseYesNo(input.kind === 'card' ? input.values.choice : input.text);
      if (yes === undefined) return { ok: false, error: { key: 'yesNo.invalid' } };
      return { ok: true, answers: { ...a, shareWithNetworks: yes } };
    },
  },
};

/** Whether a step is left out for these answers. */
function skipped(step: IntakeStep, answers: IntakeAnswers): boolean {
  return STEPS[step].skip?.(answers) === true;
}

/** Reads an answer with the rules of its own step. */
function readAnswer<S extends IntakeStep>(
  step: S,
  a: IntakeAnswers,
  input: StepInput<S>,
  ctx: StepContext,
): StepResult {
  return STEPS[step].read(a, input, ctx);
}

/** The first step still to answer (skipped steps left out), or the summary when all are answered. */
export function nextPosition(answers: IntakeAnswers): IntakePosition {
  for (const step of INTAKE_STEPS) {
    if (skipped(step, answers)) continue;
    if (!STEPS[step].answered(answers)) return step;
  }
  return 'summary';
}

/**
 * The step after `step` in the order of the intake (skipped steps left out), so going back and answering
 * again walks forward through the later answers; past the last step, the first open one or the summary.
 */
export function stepAfter(step: IntakeStep, answers: IntakeAnswers): IntakePosition {
  const index = INTAKE_STEPS.indexOf(step);
  const next = INTAKE_STEPS.slice(index + 1).find((s) => !skipped(s, answers));
  return next ?? nextPosition(answers);
}

/** Whether the current step already has an answer (asked again after `terug`: `verder` keeps it). */
export function isAnswered(draft: IntakeDraft): boolean {
  return draft.position !== 'summary' && STEPS[draft.position].answered(draft.answers);
}

/** A new, empty intake. */
export function startIntake(id: string, nowIso: string): IntakeDraft {
  return {
    version: 1,
    id,
    position: 'network',
    history: [],
    answers: {},
    confirmingCancel: false,
    paused: false,
    editing: false,
    startedAt: nowIso,
    updatedAt: nowIso,
  };
}

/** Where to go once `step` is answered: back to the summary after an edit, else the next step in order. */
function moveOn(draft: IntakeDraft, step: IntakeStep, answers: IntakeAnswers): IntakeDraft {
  const history = [...draft.history.filter((h) => h !== step), step];
  const position = draft.editing ? nextPosition(answers) : stepAfter(step, answers);
  return { ...draft, answers, history, position, editing: draft.editing && position !== 'summary' };
}

/** `verder`: keeps the current step's earlier answer and moves on (undefined when it has none yet). */
export function keepAnswer(draft: IntakeDraft, nowIso: string): IntakeDraft | undefined {
  if (draft.position === 'summary' || !isAnswered(draft)) return undefined;
  return { ...moveOn(draft, draft.position, draft.answers), updatedAt: nowIso };
}

export type AnswerOutcome =
  | { kind: 'next'; draft: IntakeDraft }
  | { kind: 'retry'; draft: IntakeDraft; error: StepError }
  | { kind: 'declined'; draft: IntakeDraft };

/**
 * Reads an answer to the current step. On success the draft moves on (the next step, or the summary after
 * an edit); on a wrong answer it stays, with the reason; answers given before are never lost.
 */
export function answerStep(
  draft: IntakeDraft,
  input: StepInput,
  ctx: StepContext,
  nowIso: string,
): AnswerOutcome {
  if (draft.position === 'summary') return { kind: 'next', draft };
  const step = draft.position;
  // The flow answers a card of another step as stale before it gets here.
  if (input.kind === 'card' && input.step !== step)
    throw new Error(`A card of step ${input.step} read at step ${step}`);
  const result = readAnswer(step, draft.answers, input, ctx);
  if (!result.ok) return { kind: 'retry', draft, error: result.error };
  if (result.declined) return { kind: 'declined', draft: { ...draft, paused: true, updatedAt: nowIso } };
  return { kind: 'next', draft: { ...moveOn(draft, step, result.answers), updatedAt: nowIso } };
}

/** `terug`: back to the step answered last (answers kept). Undefined when already at the first step. */
export function stepBack(draft: IntakeDraft, nowIso: string): IntakeDraft | undefined {
  const history = [...draft.history];
  let previous = history.pop();
  while (previous && skipped(previous, draft.answers)) previous = history.pop();
  if (!previous) return undefined;
  return { ...draft, position: previous, history, editing: false, updatedAt: nowIso };
}

/** From the summary, back to one field's step; answering it returns to the summary. */
export function editField(draft: IntakeDraft, field: EditableField, nowIso: string): IntakeDraft {
  const history = draft.history.filter((h) => h !== field);
  return { ...draft, position: field, history, confirmingCancel: false, editing: true, updatedAt: nowIso };
}

/** Whether an editable field applies to this draft (kind and school count come with a known network). */
export function isEditable(draft: IntakeDraft, field: EditableField): boolean {
  return !skipped(field, draft.answers);
}

/**
 * Number of steps asked in this draft (skipped ones left out, "toch doorgaan?" counted once it applies), and the
 * 1-based number of the current one (for "vraag 3 van 10"); at the summary, the last.
 */
export function progress(draft: IntakeDraft): { current: number; total: number } {
  const asked = (s: IntakeStep) => !skipped(s, draft.answers);
  const total = INTAKE_STEPS.filter(asked).length;
  if (draft.position === 'summary') return { current: total, total };
  const at = INTAKE_STEPS.indexOf(draft.position);
  const before = INTAKE_STEPS.slice(0, at).filter(asked).length;
  // A step shown although its skip rule holds (a draft saved that way) still counts, so no number repeats.
  const extra = asked(draft.position) ? 0 : 1;
  return { current: before + 1, total: total + extra };
}

/** Words (Dutch and English) that name a field of the summary, to edit it by typing. */
const FIELD_OPTIONS: Option<EditableField>[] = [
  { code: 'network', words: ['netwerk', 'naam', 'netwerknaam', 'naam van het netwerk', 'network', 'name'] },
  {
    code: 'networkKind',
    words: ['soort netwerk', 'soort', 'type netwerk', 'kind of network', 'network kind', 'kind', 'type'],
  },
  { code: 'schoolCount', words: ['aantal scholen', 'scholen', 'number of schools', 'schools'] },
  { code: 'question', words: ['ontwikkelvraag', 'vraag', 'development question', 'question'] },
  {
    code: 'tried',
    words: ['geprobeerd en geleerd', 'geprobeerd', 'geleerd', 'tried and learned', 'tried', 'learned'],
  },
  {
    code: 'system',
    words: ['raakt aan het stelsel', 'stelsel', 'raakvlak', 'meets the system', 'system'],
  },
  { code: 'theme', words: ['thema', 'theme'] },
  {
    code: 'stakeholders',
    words: ['gewenste partijen', 'partijen', 'parties wanted', 'parties', 'stakeholders'],
  },
  {
    code: 'research',
    words: ['inbreng van onderzoek', 'onderzoek', 'research input', 'research'],
  },
  {
    code: 'facilitator',
    words: ['procesbegeleider', 'begeleider', 'process facilitator', 'facilitator'],
  },
  { code: 'meetings', words: ['bijeenkomsten', 'bijeenkomst', 'periode', 'meetings', 'meeting', 'period'] },
  {
    code: 'sharing',
    words: [
      'zichtbaar voor andere netwerken',
      'zichtbaarheid',
      'zichtbaar',
      'visible to other networks',
      'visibility',
      'visible',
    ],
  },
];
const EDIT_VERB =
  /^(?:wijzig|wijzigen|verander|veranderen|aanpassen|pas|edit|change)\s+|\s+(?:aanpassen|wijzigen|veranderen|aan)$/g;

/**
 * The summary field a typed text names exactly ("thema", "wijzig de procesbegeleider", "edit theme"), or
 * undefined; a sentence that merely contains a field's word ("ik heb een vraag") names none.
 */
export function fieldNamed(typed: string): EditableField | undefined {
  const name = simplify(cleanText(typed, false))
    .replace(EDIT_VERB, '')
    .replace(/^(?:het|de|the)\s+/, '');
  return FIELD_OPTIONS.find((o) => o.words.includes(name))?.code;
}

/** Everything needed to store the broedplaats at confirm. */
export interface ConfirmContext {
  id: string;
  /** The stored network: the one picked, or the one made (or found) for the typed name. */
  network: Network;
  nowIso: string;
  contact: PersonRef;
  origin: Broedplaats['origin'];
}

/** Turns a complete draft into a broedplaats; undefined when a required answer is missing. */
export function toBroedplaats(draft: IntakeDraft, ctx: ConfirmContext): Broedplaats | undefined {
  const a = draft.answers;
  if (nextPosition(a) !== 'summary') return undefined;
  if (!a.networkName || !a.networkKind || a.schoolCount === undefined || !a.question || !a.tried)
    return undefined;
  if (!a.theme || !a.stakeholders || !a.research || !a.facilitator || !a.meetings) return undefined;
  if (a.shareWithNetworks === undefined) return undefined;
  return {
    version: 1,
    id: ctx.id,
    network: ctx.network,
    question: a.question,
    tried: a.tried,
    systemBarriers: a.systemBarriers ?? [],
    systemNowhere: a.systemNowhere === true,
    systemNote: a.systemNote,
    theme: a.theme,
    themeOther: a.themeOther,
    stakeholders: a.stakeholders,
    stakeholderOther: a.stakeholderOther,
    research: a.research,
    facilitator: a.facilitator,
    meetings: { count: a.meetings.count, period: a.meetings.period },
    contacts: [ctx.contact],
    createdBy: ctx.contact,
    createdAt: ctx.nowIso,
    origin: ctx.origin,
    shareWithNetworks: { allowed: a.shareWithNetworks, at: ctx.nowIso, by: ctx.contact },
  };
}
