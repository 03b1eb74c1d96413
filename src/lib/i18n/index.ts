export { DEFAULT_LOCALE, LOCALES, intlLocale, localeConfig, type Locale, type LocaleConfig } from './config.ts';
export { defaultT, useTranslations, type Translate, type UIKey } from './translate.ts';
