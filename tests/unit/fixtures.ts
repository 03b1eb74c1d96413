/**
 * A minimal valid content set, built in memory, that tests mutate one field at a time.
 * TODAY pins the schemas' upper date bound so no test depends on the clock.
 */
import type { RawContent } from '../../src/lib/content/validate.ts';
import type { RawEntry } from '../../src/lib/content/files.ts';

export const TODAY = '2026-01-01';

// Filler words without digits: a digit in prose is a figure, which the figure guard checks against the evidence.
const letters = (i: number): string =>
  i < 26 ? String.fromCharCode(97 + i) : letters(Math.floor(i / 26) - 1) + letters(i % 26);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${letters(i)}`).join(' ');

export const validReport = () => ({
  headline: 'A headline',
  outlet: 'An outlet',
  author: 'not stated',
  published: '2024-10-22',
  publishedNote: 'From the URL.',
  url: 'https://example.com/article',
  language: 'English',
  sourceFile: '000_abc.txt',
  standfirst: 'One sentence in our words.',
  keyPoints: ['First point.', 'Second point.', 'Third point.'],
  claims: [{ id: 'nis-1500', evidence: '1,500 North Korean troops had already moved to Russia' }],
});

export const validBody = () =>
  `## Heading\n\n${words(150)} <Cite id="nis-1500">a claim in our words</Cite> ${words(200)}\n`;

export const validEvent = () => ({
  date: '2024-10-18',
  dateInferred: 'The report says "the 18th".',
  title: 'Intelligence service discloses the deployment',
  description: 'South Korea said troops had moved. It gave a total.',
  category: 'intelligence-claim',
  places: ['vladivostok'],
  sources: [{ report: 'report-a', evidence: 'troops had already moved to Russia' }],
});

export const validEstimate = () => ({
  asOf: '2024-10-18',
  asOfKind: 'stated',
  count: 1500,
  asStated: '1,500',
  qualifier: 'exact',
  status: 'in-russia',
  claimant: { name: 'NIS', kind: 'intelligence' },
  via: 'not stated',
  sources: [{ report: 'report-a', evidence: '1,500 North Korean troops' }],
});

export const validPlace = () => ({
  name: 'Vladivostok',
  country: 'Russia',
  coordinates: { lat: 43.1155, lon: 131.8855 },
  kind: 'city',
  role: 'arrival',
  summary: 'Where the troops landed.',
  sources: [{ report: 'report-a', evidence: 'transported to Vladivostok' }],
});

export const validSite = () => ({ published: '2025-06-01', added: { '/corrections/': '2025-07-01' } });

export const validCorrection = () => ({
  date: '2025-08-01',
  title: 'A figure was misdated',
  pages: ['/timeline/', '/reports/report-a/', 'events/nis-disclosure', 'estimates/nis-1500', 'places/vladivostok'],
  wrong: 'The page said 19 October.',
  now: 'It says 18 October.',
  reports: ['report-a'],
});

const entry = (dir: string, id: string, data: unknown, ext = 'yaml', body = ''): RawEntry => ({
  file: `content/${dir}/${id}.${ext}`,
  id,
  data,
  body,
  bodyLine: 1,
});

export function validContent(): RawContent {
  return {
    reports: [entry('reports', 'report-a', validReport(), 'mdx', validBody())],
    events: [entry('events', 'nis-disclosure', validEvent())],
    estimates: [entry('estimates', 'nis-1500', validEstimate())],
    places: [entry('places', 'vladivostok', validPlace())],
    corrections: [entry('corrections', 'misdated-figure', validCorrection())],
    site: [{ file: 'content/site.yaml', id: 'site', data: validSite(), body: '' }],
  };
}
