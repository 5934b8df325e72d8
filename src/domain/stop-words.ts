// Words that say nothing about what a development question is about, so sharing them makes no two questions related.

/**
 * The Snowball stop-word lists for Dutch and English (snowballstem.org/algorithms/dutch/stop.txt and
 * english/stop.txt, BSD licence): articles, pronouns, conjunctions such as "maar" / "but", prepositions,
 * auxiliaries. Lower case, without accents, as `terms` compares them; English contractions are left out because
 * words are split at the apostrophe and the parts are shorter than the three letters compared.
 */
const SNOWBALL_DUTCH =
  'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat ' +
  'mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog ' +
  'zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ' +
  'ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere';
const SNOWBALL_ENGLISH =
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
  'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
  'been being have has had having do does did doing would should could ought cannot a an the and but if or because ' +
  'as until while of at by for with about against between into through during before after above below to from up ' +
  'down in out on off over under again further then once here there when where why how all any both each few more ' +
  'most other some such no nor not only own same so than too very';
/**
 * Beyond Snowball: how development questions are phrased in both languages ("hoe kunnen we…", "how can
 * schools…"): question words, modal and light verbs and vague quantifiers that every question uses.
 */
const QUESTION_PHRASING =
  'wij onze waar waarom welke moeten mag mogen willen zouden elk elke toe tussen jij jullie ' +
  'ver gaan gaat doet maken maakt komen komt zorgen krijgen laten wel goed beter ander alle ' +
  'can will also many';

/** Every stop word, Dutch and English. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${SNOWBALL_DUTCH} ${SNOWBALL_ENGLISH} ${QUESTION_PHRASING}`.split(' ').filter(Boolean),
);
