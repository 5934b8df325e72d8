// Language choice: Dutch by default, English when the Teams client's locale is English.
import { en } from './en';
import { nl, type Texts } from './nl';

export type { Texts } from './nl';
export type Locale = 'nl' | 'en';

/** The language to answer in for a client locale such as "nl-NL" or "en-US" (anything else: Dutch). */
export function localeOf(clientLocale: unknown): Locale {
  return typeof clientLocale === 'string' && clientLocale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** All texts of one language. */
export function textsFor(locale: Locale): Texts {
  return locale === 'en' ? en : nl;
}
