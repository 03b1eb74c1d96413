/**
 * useTranslations(locale) → t(key, vars?): every reader-facing UI string goes through here
 * (Starlight's model). Keys come from en.json, so a key that does not exist is a compile error.
 * A key whose string counts something has plural forms ("x.one", "x.other", and whatever other
 * categories the locale's Intl.PluralRules uses) and is called by its base name with a `count`.
 * Build-time only: client scripts get the strings they need from the markup, never from here.
 */
import en from './en.json' with { type: 'json' };
import { DEFAULT_LOCALE, intlLocale, type Locale } from './config.ts';
import { fillMessage, type MessageVars } from './messages.ts';

type Dictionary = typeof en;
type RawKey = keyof Dictionary;
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** "timeline.eventCount.other" → "timeline.eventCount". */
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
type Plural = PluralBase<RawKey>;
/** Keys called as they are: every key that is not one plural form of a base. */
type SimpleKey = Exclude<RawKey, `${Plural}.${PluralSuffix}`>;

export type UIKey = SimpleKey | Plural;

/** Plural keys need a count to choose a form; the others take only their placeholders. */
export interface Translate {
  <K extends Plural>(key: K, vars: MessageVars & { count: number }): string;
  <K extends SimpleKey>(key: K, vars?: MessageVars): string;
}

/**
 * Every locale's dictionary. Another language's file may leave keys out while it is being
 * translated: those fall back to English, as Starlight's do.
 */
const DICTIONARIES: Record<Locale, Partial<Record<RawKey, string>>> = { en };

const translators = new Map<Locale, Translate>();

/** The t of a locale (made once per locale: formatters call this for every date they print). */
export function useTranslations(locale: Locale = DEFAULT_LOCALE): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslate(locale)));
  return t;
}

function makeTranslate(locale: Locale): Translate {
  const strings = DICTIONARIES[locale];
  const rules = new Intl.PluralRules(intlLocale(locale));
  const lookup = (key: string): string | undefined =>
    (strings as Record<string, string | undefined>)[key] ?? (en as Record<string, string | undefined>)[key];
  return (key: string, vars?: MessageVars) => {
    const direct = lookup(key);
    if (direct !== undefined) return fillMessage(direct, vars, key);
    const count = vars?.['count'];
    if (typeof count !== 'number') throw new Error(`no UI string "${key}" (a plural key needs a numeric count)`);
    const form = lookup(`${key}.${rules.select(count)}`) ?? lookup(`${key}.other`);
    if (form === undefined) throw new Error(`no UI string "${key}"`);
    return fillMessage(form, vars, key);
  };
}

/** The default locale's t, for build-time modules called without a page (post-build steps, tests). */
export const defaultT: Translate = useTranslations(DEFAULT_LOCALE);
