/**
 * The compact timeline's words, worked out from the data: the one sentence a key moment shows,
 * and the page headline's finding (how much of the record falls in how few days).
 */
import type { DateSpec } from '../schemas/common.ts';

/** Abbreviations whose full stop does not end a sentence (the same list the event schema counts with). */
const ABBREVIATION = /\b(?:U\.S|U\.K|U\.N|e\.g|i\.e|Mr|Ms|Dr|St|No)\.$/;

/** The description's first sentence, whole, with its own punctuation. */
export function firstSentence(prose: string): string {
  const text = prose.trim();
  const ends = /[.!?]+(?=\s|$)/g;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const upTo = text.slice(0, m.index + m[0].length);
    if (!ABBREVIATION.test(upTo)) return upTo;
  }
  return text;
}

const DAY_MS = 86_400_000;

/** Days from the first day of the first date to the last day of the last date, both counted. */
export function daysSpanned(dates: readonly DateSpec[]): number {
  if (dates.length === 0) return 0;
  const start = Math.min(...dates.map((d) => Date.parse(`${d.start}T00:00:00Z`)));
  const end = Math.max(...dates.map((d) => Date.parse(`${d.end}T00:00:00Z`)));
  return Math.round((end - start) / DAY_MS) + 1;
}

/** The events a reader sees in full on /timeline/: those the content flags `key: true`. */
export const isKeyMoment = (event: { key?: boolean | undefined }) => event.key === true;
