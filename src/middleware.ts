/**
 * Gives every page (prerendered ones too: middleware runs for them at build time) its locale and
 * UI-string function, as Starlight does, so components call Astro.locals.t(key) and never
 * import a dictionary. English-only today; a second locale comes from the URL once Astro's i18n
 * routing is configured (context.currentLocale).
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './lib/i18n/config.ts';
import { useTranslations } from './lib/i18n/translate.ts';

const isLocale = (value: string | undefined): value is Locale => value !== undefined && Object.hasOwn(LOCALES, value);

export const onRequest = defineMiddleware((context, next) => {
  const locale = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
