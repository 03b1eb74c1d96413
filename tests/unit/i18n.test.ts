import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en.json' with { type: 'json' };
import { DEFAULT_LOCALE, LOCALES, localeConfig } from '../../src/lib/i18n/config.ts';
import { fillMessage, PLURAL_CATEGORIES } from '../../src/lib/i18n/messages.ts';
import { defaultT as t, useTranslations } from '../../src/lib/i18n/translate.ts';
import { listInWords } from '../../src/lib/i18n/lists.ts';
import { aroundSlot, SLOT } from '../../src/lib/i18n/slots.ts';
import { formatDay, formatMonthSpan, formatRange, monthNames } from '../../src/lib/format/dates.ts';
import { countFormatter, formatCount } from '../../src/lib/format/numbers.ts';

describe('t(key, vars)', () => {
  it('fills {name} placeholders', () => {
    expect(t('cite.evidence', { number: 3 })).toBe('Evidence 3');
    expect(t('embed.codeLabel', { title: 'The map' })).toBe('Embed code for “The map”');
    expect(fillMessage('{a} and {b}, {a}', { a: 'x', b: 2 })).toBe('x and 2, x');
  });

  it('picks the plural form for the count through Intl.PluralRules', () => {
    expect(t('date.monthCount', { count: 1 })).toBe('1 month');
    expect(t('date.monthCount', { count: 26 })).toBe('26 months');
    expect(t('date.monthCount', { count: 0 })).toBe('0 months');
    expect(t('sources.label', { count: 1 })).toBe('Source');
    expect(t('sources.label', { count: 2 })).toBe('Sources');
  });

  it('refuses a placeholder left without a value, rather than print a brace', () => {
    expect(() => fillMessage('Showing {shown} of {count}', { count: 3 }, 'k')).toThrow(
      'message "k" needs a value for {shown}',
    );
    // The call type cannot see which placeholders a string has; the runtime does.
    expect(() => t('cite.evidence')).toThrow('needs a value for {number}');
  });

  it('refuses a plural key without a count, and a key the dictionary lacks', () => {
    // @ts-expect-error -- a plural key needs a count
    expect(() => t('date.monthCount')).toThrow('a plural key needs a numeric count');
    // @ts-expect-error -- not a key of en.json: a compile error, and a runtime one
    expect(() => t('no.such.key')).toThrow('no UI string "no.such.key"');
  });

  it('uses one translator per locale', () => {
    expect(useTranslations(DEFAULT_LOCALE)).toBe(t);
  });
});

describe('the locale config', () => {
  it('gives the layouts and formatters what they print today', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(localeConfig()).toEqual({ lang: 'en', ogLocale: 'en_GB', inLanguage: 'en', intl: 'en-GB' });
    expect(Object.keys(LOCALES)).toEqual(['en']);
  });
});

describe('formats that take a locale', () => {
  it('prints "Sep", not ICU’s en-GB "Sept" (the table of what the site prints where Intl differs)', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 8, 1));
    expect(intl).toBe('Sept'); // if ICU ever changes, the override may go
    expect(monthNames('short')[8]).toBe('Sep');
    expect(formatRange('2024-09-28', '2024-10-02')).toBe('28 Sep – 2 Oct 2024');
  });

  it('takes long month names from Intl', () => {
    expect(monthNames('long')).toHaveLength(12);
    expect(monthNames('long')[0]).toBe('January');
    expect(formatDay('2024-10-18')).toBe('18 October 2024');
    expect(formatMonthSpan('2024-10', '2024-11')).toBe('October to November 2024');
    expect(formatMonthSpan('2022-03', '2024-04')).toBe('March 2022 to April 2024');
  });

  it('groups digits as the locale does', () => {
    expect(formatCount(12000)).toBe('12,000');
    expect(countFormatter('en')(1500)).toBe('1,500');
    expect([1000, 2000].map(formatCount)).toEqual(['1,000', '2,000']);
  });

  it('lists names as the locale joins them', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('puts the joiner the gap note splits at between the ends of every month span', () => {
    const joiner = t('date.monthSpan.joiner');
    expect(formatMonthSpan('2024-03', '2024-04').split(joiner)).toEqual(['March', 'April 2024']);
    expect(formatMonthSpan('2022-03', '2024-04').split(joiner)).toEqual(['March 2022', 'April 2024']);
  });

  it('splits a sentence around the place its element goes', () => {
    expect(aroundSlot(t('pageHistory.lastUpdated', { date: SLOT }))).toEqual(['Last updated ', '.']);
    expect(() => aroundSlot('no slot')).toThrow('has no place for its element');
  });
});

/**
 * The dictionary never rots: every key a t('…') call names exists, and every key is used
 * somewhere in src/ or scripts/ (a plural key through its base name). A key may be named in a
 * ternary (t(x ? 'a' : 'b')), so "used" means the key appears as a quoted string in the code.
 */
describe('en.json and the code agree', () => {
  const root = join(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
    });
  const code = ['src', 'scripts'].flatMap((dir) => files(join(root, dir))).map((f) => readFileSync(f, 'utf8'));
  const quoted = new Set(code.flatMap((text) => [...text.matchAll(/['"`]([\w.-]+)['"`]/g)].map((m) => m[1]!)));
  const called = new Set(code.flatMap((text) => [...text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!)));
  const keys = Object.keys(en);
  const pluralSuffix = new RegExp(`\\.(${PLURAL_CATEGORIES.join('|')})$`);
  const callable = new Set(keys.map((k) => k.replace(pluralSuffix, '')));

  it('finds the t() calls (the scan itself works)', () => {
    expect(called.size).toBeGreaterThan(40);
    expect(called).toContain('nav.overview');
  });

  it('has every key a t() call names', () => {
    expect([...called].filter((k) => !callable.has(k))).toEqual([]);
  });

  it('has no key that no code uses', () => {
    expect([...callable].filter((k) => !quoted.has(k))).toEqual([]);
  });

  it('gives every plural key its "other" form, which every locale has', () => {
    const bases = keys.filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, ''));
    expect(bases.filter((b) => !keys.includes(`${b}.other`))).toEqual([]);
  });
});
