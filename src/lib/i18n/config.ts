/**
 * The site's locales: one record each, read by the layouts (`<html lang>`, og:locale, JSON-LD
 * inLanguage) and by the date and number formatters. A second language is one more record here
 * plus its dictionary (`<locale>.json` beside en.json, registered in ./translate.ts).
 */
export interface LocaleConfig {
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  lang: string;
  /** Open Graph's language_TERRITORY form, for og:locale. */
  ogLocale: string;
  /** schema.org inLanguage in the JSON-LD. */
  inLanguage: string;
  /** The Intl locale behind every number, date and plural choice. */
  intl: string;
}

export const LOCALES = {
  en: { lang: 'en', ogLocale: 'en_GB', inLanguage: 'en', intl: 'en-GB' },
} as const satisfies Record<string, LocaleConfig>;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

export const localeConfig = (locale: Locale = DEFAULT_LOCALE): LocaleConfig => LOCALES[locale];

/** The Intl locale of a site locale: what the formatters take. */
export const intlLocale = (locale: Locale = DEFAULT_LOCALE) => LOCALES[locale].intl;
