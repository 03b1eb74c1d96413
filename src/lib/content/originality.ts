/**
 * Our prose must be our own: finds runs of N or more consecutive words that a text of ours
 * shares with a source report. Quoted passages are left out, since short attributed quotes
 * are allowed and checked separately as evidence.
 */
import { normaliseForMatch } from './evidence.ts';

const words = (text: string) =>
  normaliseForMatch(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Removes "…" quotations (straight or curly) so quoted words are not counted as copying. */
export const withoutQuotations = (text: string) => normaliseForMatch(text).replace(/"[^"]*"/g, ' … ');

export function sharedRuns(ours: string, source: string, n: number): string[] {
  const sourceWords = words(source);
  const grams = new Set<string>();
  for (let i = 0; i + n <= sourceWords.length; i++) grams.add(sourceWords.slice(i, i + n).join(' '));
  const mine = words(withoutQuotations(ours));
  const hits: string[] = [];
  for (let i = 0; i + n <= mine.length; i++) {
    const gram = mine.slice(i, i + n).join(' ');
    if (grams.has(gram)) hits.push(gram);
  }
  return hits;
}
