/** Lists in words: "A", "A and B", "A, B and C" (the last pair joined as the locale joins it). */
import { DEFAULT_LOCALE, type Locale } from './config.ts';
import { useTranslations } from './translate.ts';

export function listInWords(names: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  if (names.length <= 1) return names.join('');
  const t = useTranslations(locale);
  return t('list.pair', { first: names.slice(0, -1).join(t('list.separator')), last: names.at(-1)! });
}
